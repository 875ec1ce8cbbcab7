import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { extractArticleDate } from '../dates';
import type { DateKnowledge } from './context';
import { findHyphenatedByline } from './hyphen-byline';

const dateOf = (text: string) => {
  const d = findHyphenatedByline(toDoc('t.txt', text).doc);
  return d ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : null;
};

describe('a hyphenated day-month-year on a byline', () => {
  it.each([
    ['en: an issue number and a two-digit year', 'Plant sale questioned\n\nBy A. Writer in Osh (RCA No. 311, 07-Mar-05)\n\nDeputies asked about the deal.', '2005-03-07'],
    ['en: a four-digit year', 'Posted 21-Oct-2008\n\nThe ministers met in Moscow.', '2008-10-21'],
    ['en: a 1990s year', 'By B. Writer (No. 12, 3-Jun-99)\n\nThe envoy arrived.', '1999-06-03'],
    // Not a byline date: a long body line, a code with more parts, a month-looking word.
    ['en: a date inside a long body line', 'News\n\nThe agreement was signed on 07-Mar-05 in Moscow after long talks between the two delegations, which had met several times in the past year.', null],
    ['en: a reference code', 'Ref. 12-Mar-05-3\n\nText.', null],
    ['en: no month abbreviation', 'Item 12-Abc-05\n\nText.', null],
  ])('%s', (_name, text, want) => {
    expect(dateOf(text)).toBe(want);
  });
});

describe('the article date from a hyphenated byline', () => {
  const KB: DateKnowledge = { outlets: [], facts: [], officials: [], places: [] };
  it('is preferred over a day told in the body', () => {
    const doc = toDoc('t.txt', 'Plant sale questioned\n\nBy A. Writer in Osh (RCA No. 311, 07-Mar-05)\n\nThe deal was ratified by parliament on February 10. Deputies now ask about the price.').doc;
    expect(extractArticleDate(doc, [], KB).date).toBe('2005-03-07');
  });
});
