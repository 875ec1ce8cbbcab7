import { describe, expect, it } from 'vitest';
import { parseNumber } from './numbers';

describe('parseNumber', () => {
  it.each([
    ['47', 'ru', 47],
    ['2.5', 'en', 2.5],
    ['007', 'ru', 7],
    ['2,5', 'ru', 2.5],
    ['1,234', 'en', 1234],
    ['1,234', 'ru', 1.234],
    ['1 234,5', 'ru', 1234.5],
    [' 12 ', 'ru', 12],
    ['три', 'ru', 3],
    ['два с половиной', 'ru', 2.5],
    ['two and a half', 'en', 2.5],
    ['abc', 'en', null],
  ] as const)('%j (%s) → %s', (raw, language, want) => {
    expect(parseNumber(raw, language)).toBe(want);
  });
});
