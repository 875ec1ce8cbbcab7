import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// 'would travel to Moscow "in the coming days"': an English plan of the days after a known day (the clause's, the day
// that dates the telling, or the article's) has no day of its own — that day's month. Every text is invented.
describe('a plan "in the coming days"', () => {
  it.each([
    ['en: told on a day, the plan is of its month',
      'date: 2031-05-16\n\nThe deputy premier told reporters on Tuesday that a delegation would travel to Moscow "in the coming days" to negotiate on fuel duties.',
      ['2031-05 planned visit «The deputy»']],
    ['en: undated, the month of the article',
      'date: 2031-05-16\n\nA Russian government delegation will visit Osh in the coming days to discuss fuel supplies.',
      ['2031-05 planned visit «A Russian»']],
    // Negative: "in the near future" stays a plan with no date; "within days" is not "the coming days".
    ['en: "in the near future" has no date',
      'date: 2031-05-16\n\nA Russian government delegation will visit Osh in the near future to discuss fuel supplies.',
      ['null planned visit «A Russian»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
