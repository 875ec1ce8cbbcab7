import { describe, expect, it } from 'vitest';
import { findQuantities, parseNumber } from './numbers';

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

describe('findQuantities: sums of two scales', () => {
  it.each([
    ['1 млрд 870 млн долларов', 'ru', [['money', 1.87e9, 'usd']]],
    ['составил 1 млрд. 200 млн. долларов, а в 2013 году — 2 млрд', 'ru', [['money', 1.2e9, 'usd'], ['money', 2e9, null]]],
    ['1 млн 2 млрд долларов', 'ru', [['money', 1e6, null], ['money', 2e9, 'usd']]],
    ['5 100 млрд 200 млн долларов', 'ru', [['money', 5100.2e9, 'usd']]],
    ['2 млрд долларов', 'ru', [['money', 2e9, 'usd']]],
  ] as const)('%s', (text, language, want) => {
    expect(findQuantities(text, language).map((q) => [q.type, q.value, q.currency])).toEqual(want);
  });
});
