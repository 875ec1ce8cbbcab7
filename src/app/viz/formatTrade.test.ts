import { describe, expect, it } from 'vitest';
import { formatGrowth, formatPeriod, formatPeriodTag, formatQualifiedUsd, formatUsd, formatUsdNumber, formatUsdRange } from './formatTrade';
import { parsePeriod } from './tradePeriods';

/** Tables are written with plain spaces; the formatter keeps a number and its unit together with no-break spaces. */
const plain = (s: string) => s.replace(/\u00a0/g, ' ');


describe('formatUsd', () => {
  it('never lets a line break part a number from its unit', () => {
    expect(formatUsd(2.5e9, 'en')).toBe('$2.5\u00a0bn');
    expect(formatUsd(2.5e9, 'ru')).toBe('2,5\u00a0млрд\u00a0$');
  });
  it.each([
    [2.5e9, 'en', '$2.5 bn'],
    [2.5e9, 'ru', '2,5 млрд $'],
    [3e9, 'en', '$3 bn'],
    [1.25e9, 'en', '$1.3 bn'],
    [850e6, 'en', '$850 m'],
    [850e6, 'ru', '850 млн $'],
    [45.5e6, 'ru', '45,5 млн $'],
    [0, 'en', '$0'],
  ] as const)('%d in %s is %s', (v, lang, out) => expect(plain(formatUsd(v, lang))).toBe(out));
});

describe('formatUsdRange', () => {
  it.each([
    [2.8e9, 3.1e9, 'en', '$2.8–3.1 bn'],
    [2.8e9, 3.1e9, 'ru', '2,8–3,1 млрд $'],
    [850e6, 1.1e9, 'en', '$850 m – $1.1 bn'],
  ] as const)('%d–%d in %s is %s', (a, b, lang, out) => expect(plain(formatUsdRange(a, b, lang))).toBe(out));
  it('has a numbers-only form for tight labels', () => expect(formatUsdRange(2.8e9, 3.1e9, 'ru', true)).toBe('2,8–3,1'));
  it('gives numbers alone', () => expect(formatUsdNumber(2.5e9, 'ru')).toBe('2,5'));
  it.each([
    [2.8e9, 3.1e9, '2.8–3.1'],
    [495e6, 3.1e9, '0.5–3.1'],
    [400e6, 850e6, '400–850'],
  ])('a tight range %d–%d reads %s, one unit for both ends', (min, max, expected) => expect(formatUsdRange(min, max, 'en', true)).toBe(expected));
});

describe('qualifiers, growth and periods', () => {
  it.each([
    [3.3e9, 'approaching', 'en', 'approaching $3.3 bn'],
    [3.3e9, 'approaching', 'ru', 'приближаясь к 3,3 млрд $'],
    [1.9e9, 'almost', 'ru', 'почти 1,9 млрд $'],
    [3.1e9, 'record', 'en', 'a record $3.1 bn'],
    [2e9, null, 'en', '$2 bn'],
  ] as const)('%d %s in %s', (v, q, lang, out) => expect(plain(formatQualifiedUsd(v, q, lang))).toBe(out));

  it.each([
    [12, '%', 'en', '+12%'],
    [12, '%', 'ru', '+12 %'],
    [-3.5, '%', 'en', '−3.5%'],
    [2.5, 'x', 'ru', '×2,5'],
  ] as const)('growth %d%s in %s is %s', (v, u, lang, out) => expect(plain(formatGrowth(v, u, lang))).toBe(out));

  it.each([
    ['2022-H1', 'en', 'H1 2022 (Jan–Jun)', 'H1'],
    ['2022-H1', 'ru', '1-е полугодие 2022 (январь–июнь)', 'I пол.'],
    ['2024-7M', 'en', 'Jan–Jul 2024 (7 months)', '7M'],
    ['2024-7M', 'ru', 'январь–июль 2024 (7 мес.)', '7 мес.'],
    ['2021-Q3', 'en', 'Q3 2021 (Jul–Sep)', 'Q3'],
    ['2021-Q3', 'ru', 'III квартал 2021', 'III кв.'],
    ['2021', 'en', '2021', '2021'],
    ['2025-03', 'en', 'Mar 2025', 'Mar'],
    ['2025-03', 'ru', 'март 2025', 'март'],
  ] as const)('%s in %s is “%s” (tag %s)', (p, lang, full, tag) => {
    const span = parsePeriod(p)!;
    expect(formatPeriod(span, lang)).toBe(full);
    expect(formatPeriodTag(span, lang)).toBe(tag);
  });
});
