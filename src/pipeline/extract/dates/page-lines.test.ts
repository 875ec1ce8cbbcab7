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
