import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('duties named with a participle and a date ("duties introduced on May 1") or slapped on were introduced', () => {
  it.each([
    ['en: "the duties on grain introduced on May 1"',
      'date: 2031-05-20\n\nThe farmers asked the minister to lift the duties on grain introduced on May 1.',
      ['2031-05-01 past other «The farmers»']],
    ['en: "slapped duties on … on May 1"',
      'date: 2031-05-20\n\nThe neighbour slapped import duties on cement on May 1.',
      ['2031-05-01 past other «The neighbour»']],
    // Negative: a participle without a date of its own names the duties, not their introduction.
    ['ru: «пошлины, введённые соседями» without a date',
      'date: 2031-05-20\n\nПошлины, введённые соседями, бьют по фермерам.',
      []],
    ['en: "the duties introduced by the neighbour" without a date',
      'date: 2031-05-20\n\nThe duties introduced by the neighbour hurt farmers.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
