import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { extractArticleDate } from '../dates';
import type { DateKnowledge } from './context';
import { countryOfHeadOutlet } from './url';

// Invented outlets: the order of a slashed byline date follows the country of the outlet heading a page without an address.
const KB: DateKnowledge = {
  outlets: [
    { name: 'Вестник Озёрска', nameEn: 'Ozyorsk Herald', aliases: ['oz.kg'], domains: ['oz.kg'], country: 'KG' },
    { name: 'Lakeside Tribune', nameEn: 'Lakeside Tribune', aliases: [], domains: ['lakeside.com'], country: 'US' },
  ],
  facts: [],
  officials: [],
  places: [],
};

describe('the country of an outlet heading the page', () => {
  it.each([
    ['a domain-like name and a description', 'oz.kg news agency', 'KG'],
    ['a Russian name before a comma', 'Вестник Озёрска, 14.11.2030', 'KG'],
    ['an English name alone', 'Lakeside Tribune', 'US'],
    // Not the outlet: a longer word beginning with its name, a long body line.
    ['a word that only begins with the name', 'Lakeside Tribunes of the world', null],
    ['a body line naming the outlet', 'Lakeside Tribune reporters spoke to many officials about the two countries and their long shared history.', null],
  ])('%s', (_name, line, want) => {
    expect(countryOfHeadOutlet([{ text: line }], KB)).toBe(want);
  });
});

describe('a slashed byline date read in the order of the outlet heading the page', () => {
  it.each([
    ['en: a day-first outlet', 'Plant sold to the state\n\noz.kg news agency\nUpdated 07/12/2030 16:05\n\nThe group said it completed the sale.', '2030-12-07'],
    ['en: a month-first outlet', 'Plant sold to the state\n\nLakeside Tribune\nUpdated 07/12/2030 16:05\n\nThe group said it completed the sale.', '2030-07-12'],
  ])('%s', (_name, text, want) => {
    expect(extractArticleDate(toDoc('t.txt', text).doc, [], KB).date).toBe(want);
  });
});
