import { describe, expect, it } from 'vitest';
import { countOf, withCounts } from './count-words';

describe('withCounts', () => {
  it.each([
    ['исполн\\p{L}* {count} лет', 'ru', 'исполнится девять лет', true],
    ['исполн\\p{L}* {count} лет', 'ru', 'исполнится один лет', false],
    ['marks {count} years', 'en', 'marks eleven years', true],
    ['marks {count} years', 'en', 'marks девять years', false],
    ['anniversary', 'en', 'anniversary', true],
  ] as const)('%s (%s) on %s → %s', (pattern, lang, text, matches) => {
    expect(new RegExp(`^(?:${withCounts(pattern, lang)})$`, 'iu').test(text)).toBe(matches);
  });
  it('leaves a pattern without {count} as it is', () => {
    expect(withCounts('визит\\p{L}*', 'ru')).toBe('визит\\p{L}*');
  });
});

describe('countOf', () => {
  it.each([
    ['девять', 'ru', 9],
    ['Eleven', 'en', 11],
    ['nine', 'ru', null],
    ['слово', 'ru', null],
  ] as const)('%s (%s) → %s', (word, lang, n) => {
    expect(countOf(word, lang)).toBe(n);
  });
});
