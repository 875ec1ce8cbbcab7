import { describe, expect, it } from 'vitest';
import { charBeforeIs } from './word-start';

describe('charBeforeIs: the character before an offset, as a lookbehind sees it', () => {
  it.each([
    ['СНГ', 0, false],
    [' СНГ', 1, false],
    ['эСНГ', 1, true],
    ['5СНГ', 1, true],
    ['«СНГ', 1, false],
    ['𝐀СНГ', 2, true],
    ['😀СНГ', 2, false],
  ])('«%s» at %i: %s', (text, at, want) => {
    expect(charBeforeIs(text, at)).toBe(want);
    // What the lookbehind gives on the same text.
    const sticky = /(?<![\p{L}\p{N}])/uy;
    sticky.lastIndex = at;
    expect(!sticky.test(text)).toBe(want);
  });

  it('takes another class', () => expect(charBeforeIs('5в', 1, /\p{L}/u)).toBe(false));
});
