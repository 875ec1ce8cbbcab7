import { describe, expect, it } from 'vitest';
import { isYearAlone } from './deadline';

describe('isYearAlone: a year with nothing but «год» after it', () => {
  it.each([
    ['2017', true],
    ['1992', true],
    ['2017 года', true],
    ['2017 г.', true],
    ['2017год', true],
    ['12 марта 2017 года', false],
    ['2017-03-12', false],
    ['1812', false],
    ['в 2017 году', false],
    ['March 2025', false],
    ['', false],
  ])('%s: %s', (text, want) => {
    expect(isYearAlone(`on ${text}.`, 3, 3 + text.length)).toBe(want);
  });
});
