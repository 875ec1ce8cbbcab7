import { describe, expect, it } from 'vitest';
import { lowerCase, MARKERS, WordMatcher } from './lexicon';

describe('lowerCase: toLowerCase remembered for the last text', () => {
  it.each([['Визит в Бишкек'], ['визит в бишкек'], [''], ['Визит в Бишкек'], ['ВСТРЕЧА']])('%s', (text) => {
    expect(lowerCase(text)).toBe(text.toLowerCase());
  });
});

describe('WordMatcher.atStart: a match at the very start, as all() would find it', () => {
  const cased = new WordMatcher(['Дн(?:и|ей) \\p{Lu}\\p{L}+', 'визит\\p{L}*']);
  it.each([
    ['Теги: Россия, МПК', MARKERS.pageLabel.ru, true],
    ['По теме: Теги: Россия', MARKERS.pageLabel.ru, false],
    ['Темы: визит', MARKERS.pageLabel.ru, true],
    ['Темыы: визит', MARKERS.pageLabel.ru, false],
    ['Related topics: trade', MARKERS.pageLabel.en, true],
    ['Tags', MARKERS.pageLabel.en, false],
    ['Дни Кыргызстана прошли', cased, true],
    ['дни кыргызстана прошли', cased, false],
    ['Визиты продолжились', cased, true],
    ['Прошли Дни Кыргызстана', cased, false],
    ['İstanbul визит', cased, false],
    ['Визит в İstanbul', cased, true],
  ] as const)('«%s»', (text, m, want) => {
    expect(m.atStart(text)).toBe(want);
    expect(m.all(text)[0]?.start === 0).toBe(want);
  });
});
