import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// "On the previous evening", "the previous night": the day before the article's, as "the previous day" is.
describe('"the previous evening" is the day before', () => {
  it.each([
    ['en: "On the previous evening" after talks of the day',
      'date: 2031-04-16\n\nToday the mayor held talks with a delegation from Tver.\n\nOn the previous evening, Mayor Ilyin met the delegation for dinner in the old town.',
      ['2031-04-16 past meeting «Today the»', '2031-04-15 past meeting «On the»']],
    ['en: "The previous night" alone',
      'date: 2031-04-16\n\nThe previous night the foreign minister arrived in Osh.',
      ['2031-04-15 past visit «The previous»']],
    // Negative: "that evening" is the day told.
    ['en: "that evening" keeps the day',
      'date: 2031-04-16\n\nThat evening the foreign minister arrived in Osh.',
      ['2031-04-16 past visit «That evening»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
