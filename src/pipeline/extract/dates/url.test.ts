import { describe, expect, it } from 'vitest';
import { NO_KNOWLEDGE, type DateKnowledge } from './context';
import { codedUrlDate, outletFromHeader } from './url';

describe('outletFromHeader: known domains', () => {
  const kb: DateKnowledge = {
    ...NO_KNOWLEDGE,
    outlets: [{ name: 'Вестник', nameEn: 'Herald', aliases: [], domains: ['Herald.Example.COM'] }],
  };
  it.each([
    ['the domain itself, whatever its case in the list', 'https://herald.example.com/news/1', 'ru', 'Вестник'],
    ['a subdomain, in the English name', 'https://www.herald.example.com/news/1', 'en', 'Herald'],
    ['an unknown domain is named by itself', 'https://other.example.com/news/1', 'ru', 'other.example.com'],
    ['a domain that only ends with the same letters is not the outlet', 'https://myherald.example.com/1', 'ru', 'myherald.example.com'],
  ] as const)('%s', (_name, url, lang, outlet) => {
    expect(outletFromHeader({ url }, kb, lang)).toBe(outlet);
    // Asked again, the answer is the same (the lower-case domains are kept per knowledge base).
    expect(outletFromHeader({ url }, kb, lang)).toBe(outlet);
  });
});

describe('codedUrlDate: a day coded in an outlet\'s page names', () => {
  const kb: DateKnowledge = {
    ...NO_KNOWLEDGE,
    outlets: [
      { name: 'Обзор', aliases: [], domains: ['review.example.org'], addressDate: { prefix: 'rv', order: 'mdy' } },
      { name: 'Вестник', aliases: [], domains: ['herald.example.com'] },
    ],
  };
  it.each([
    ['month first, as the outlet codes it', 'http://www.review.example.org/insight/articles/rv031504.shtml', { year: 2004, month: 3, day: 15, text: 'rv031504' }],
    ['a year of the 1990s', 'http://review.example.org/articles/rv120198.html?print=1', { year: 1998, month: 12, day: 1, text: 'rv120198' }],
    ['an impossible month is no date', 'http://review.example.org/articles/rv150304.shtml', null],
    ['seven digits are a page number', 'http://review.example.org/articles/rv1503041.shtml', null],
    ['another prefix is no code', 'http://review.example.org/articles/node031504.shtml', null],
    ['an outlet without a code', 'https://herald.example.com/articles/rv031504.shtml', null],
  ] as const)('%s', (_name, url, want) => {
    expect(codedUrlDate(url, kb)).toEqual(want);
  });
});
