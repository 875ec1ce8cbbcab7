import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// "The ministers met in Osh last month. … The March 3 meeting was short": a gathering dated by its month takes the day
// that the gathering named with its day, opening one of the next two sentences, is told for.
describe('a gathering of a month takes the day told by "the <day> meeting" after it', () => {
  it.each([
    ['en: across an interviewer\'s question',
      'date: 2031-04-10\n\nQ: The two ministers met in Osh last month. What came of it?\n\nA: The March 3 meeting was short, but useful.',
      '2031-03-03 past meeting «Q: The»'],
    ['ru: «Встреча 3 марта»',
      'date: 2031-04-10\n\nМинистры России и Киргизии встречались в Оше в марте. Встреча 3 марта была короткой, но полезной.',
      '2031-03-03 past meeting «Министры России»'],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toContain(want);
  });

  it.each([
    // Negative: a day of another month names another gathering; the month stays.
    ['en: a meeting day of another month',
      'date: 2031-04-10\n\nThe two ministers met in Osh last month. The April 2 meeting in Moscow will follow it up.',
      '2031-03 past meeting «The two»'],
    // Negative: three sentences on, the day is too far to be the same gathering's.
    ['en: the day told three sentences later',
      'date: 2031-04-10\n\nThe two ministers met in Osh last month. Trade grew. Prices fell. The March 3 meeting of governors was long.',
      '2031-03 past meeting «The two»'],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toContain(want);
  });
});
