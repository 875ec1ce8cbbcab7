import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a speaker who told a gathering, with a date of its own, made a statement on that occasion', () => {
  it.each([
    ['en: a quote, then "told a business forum … last week"',
      'date: 2031-11-17\n\nThe ministers met in Osh on Monday. "Russia needs our goods, and we need jobs," President Nurlan Abdrakhmanov told a business forum in Bishkek last week.',
      ['2031-11-17 past meeting «The ministers»', '2031-11 past statement «"Russia needs»']],
    ['en: "told a business forum … earlier this month that …"',
      'date: 2031-11-17\n\nThe ministers met in Osh on Monday. President Nurlan Abdrakhmanov told a business forum in Bishkek earlier this month that Russia needs Kyrgyz goods.',
      ['2031-11-17 past meeting «The ministers»', '2031-11 past statement «President Nurlan»']],
    // Negative: told a gathering with no date of its own, the telling is not placed.
    ['en: "told a business forum" with no date',
      'date: 2031-11-17\n\nThe ministers met in Osh on Monday. "Russia needs our goods, and we need jobs," President Nurlan Abdrakhmanov told a business forum in Bishkek.',
      ['2031-11-17 past meeting «The ministers»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
