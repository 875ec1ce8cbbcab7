import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// The elections' trigger types these clauses (`other`); the point here is the date.
describe('a plan told after an event of a month: the year only', () => {
  it.each([
    ['en: "expected to visit Moscow after the October elections"',
      'date: 2031-07-08\n\nThe Kyrgyz premier is expected to visit Moscow after the October parliamentary elections, his office says.',
      ['2031 planned other «The Kyrgyz»']],
    ['ru: «после октябрьских выборов посетит Ош»',
      'date: 2031-07-08\n\nПремьер-министр Киргизии посетит Москву после октябрьских парламентских выборов.',
      ['2031 planned other «Премьер-министр Киргизии»']],
    // Negatives: a short span after the event stays within its month; a plan in the month itself keeps it.
    ['ru: «через две недели после майских праздников» keeps the month',
      'date: 2031-04-20\n\nСледующее заседание комиссии пройдет через две недели после майских праздников.',
      ['2031-05 planned meeting «Следующее заседание»']],
    ['en: "visit Moscow in October" keeps the month',
      'date: 2031-07-08\n\nThe Kyrgyz premier is expected to visit Moscow in October.',
      ['2031-10 planned visit «The Kyrgyz»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
