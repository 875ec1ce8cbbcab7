import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { findSlashedByline, type SlashedHints } from './page-lines';

describe('findSlashedByline: hints given as a function', () => {
  const hints: SlashedHints = { dayMonth: { month: 3, day: 7 }, url: null, country: null };
  it.each([
    ['an ambiguous date asks them', 'By J. Smith (3/7/2011 issue)\n\nText of the article.', 1],
    ['a date whose order its numbers tell does not', 'By J. Smith (11/29/2006 issue)\n\nText of the article.', 0],
    ['a page without a slashed date does not', 'MOSCOW, May 24 /TASS/ - Text of the article.', 0],
  ])('%s', (_name, text, asked) => {
    const doc = toDoc('t.txt', text).doc;
    let calls = 0;
    const lazy = () => {
      calls++;
      return hints;
    };
    expect(findSlashedByline(doc, lazy)).toEqual(findSlashedByline(doc, hints));
    expect(calls).toBe(asked);
  });
});

describe('findSlashedByline: a hyphenated numeric date with its label or time', () => {
  const ymd = (d: { year: number | null; month: number | null; day: number | null } | null) => (d ? `${d.year}-${d.month}-${d.day}` : null);
  it.each([
    ['en: a publication label and a time', 'Ministers meet in Osh\n\nPosted: 14-03-2021 09:30\n\nThe ministers met.', '2021-3-14'],
    ['ru: a publication label alone, day first', 'Министры встретились в Оше\n\nОпубликовано 03-11-2019\n\nМинистры встретились.', '2019-11-3'],
    ['a time alone', 'Ministers meet in Osh\n\n28-06-2022 11:05\n\nThe ministers met.', '2022-6-28'],
    // Negatives: hyphenated numbers without a label or a time are a code or a range, not the page's date.
    ['en: a reference number', 'Ministers meet in Osh\n\nRef. 12-05-2020\n\nThe ministers met.', null],
    ['ru: a bare hyphenated date in a body line', 'Министры встретились в Оше\n\nДокумент 12-05-2020 утвердили министры.', null],
  ])('%s', (_name, text, want) => {
    expect(ymd(findSlashedByline(toDoc('t.txt', text).doc, null))).toBe(want);
  });
});
