import { describe, expect, it } from 'vitest';
import { opensAfterGap, roleAfter, findTitles } from './roles';

/** The role a title after the name at `[0, end)` of `text` gives it, as `NameContext.role` asks `roleAfter`. */
const after = (text: string, end: number) => roleAfter(text, findTitles(text.slice(end).toLowerCase(), end, /[а-я]/i.test(text) ? 'ru' : 'en'), end, text.length)?.role ?? null;

describe('opensAfterGap: the text after a name opens as the gap before a title after it must', () => {
  it.each([
    ['a comma', 'Boris Yeltsin, Russia’s president, said', 13, true],
    ['spaces and a dash', 'Иван Петров – министр экономики', 11, true],
    ['an em dash', 'Иван Петров—министр экономики', 11, true],
    ['a hyphen for a dash', 'Ivan Petrov - the trade minister', 11, true],
    ['a no-break space before the comma', 'Ivan Petrov\u00a0, the trade minister', 11, true],
    // Negative cases: no title after the name can give it a role.
    ['a verb', 'Boris Yeltsin said the president', 13, false],
    ['a bracket', 'Ivan Petrov (the trade minister)', 11, false],
    ['a full stop', 'Ivan Petrov. The trade minister', 11, false],
    ['the end of the text', 'Ivan Petrov', 11, false],
  ])('%s', (_name, text, end, want) => {
    expect(opensAfterGap(text, end)).toBe(want);
  });

  // Where it is false, `roleAfter` finds no role whatever titles follow: the search for them is skipped.
  it.each([
    ['a verb before a title', 'Boris Yeltsin met president Akayev', 13],
    ['a bracket before a title', 'Ivan Petrov (the trade minister)', 11],
    ['a title right after the name', 'Иван Петров министр экономики', 11],
  ])('no role after: %s', (_name, text, end) => {
    expect(opensAfterGap(text, end)).toBe(false);
    expect(after(text, end)).toBeNull();
  });

  it('a role after a comma', () => {
    expect(after('Ivan Petrov, the trade minister, said', 11)).not.toBeNull();
  });
});
