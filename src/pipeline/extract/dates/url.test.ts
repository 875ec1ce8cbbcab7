import { describe, expect, it } from 'vitest';
import { NO_KNOWLEDGE, type DateKnowledge } from './context';
import { outletFromHeader } from './url';

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
