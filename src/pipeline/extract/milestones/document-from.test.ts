import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// "the … agreement from 2019": "from" right after a document noun tells the year the document was made,
// not the start of a period, as "the treaty of 2021" does.
describe('a document "from" a year is of that year', () => {
  it.each([
    ['en: "agreement from" a year in an answer',
      'date: 2031-04-10\n\nInterview\n\nQ: What about gas?\n\nA: The gas supply agreement from 2019 expires next spring.',
      ['2019 past agreement «A: The»']],
    ['en: "treaty from" a year',
      'date: 2031-04-10\n\nThe water treaty from 2024 between Russia and Kyrgyzstan still holds.',
      ['2024 past agreement «The water»']],
    // Negative: "from" after a verb, the start of a term, stays a limit; the article's day dates the signing.
    ['en: "in force from" a year is a start',
      'date: 2031-04-10\n\nToday Russia and Kyrgyzstan signed an agreement that applies from 2032.',
      ['2031-04-10 past agreement «and Kyrgyzstan»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
