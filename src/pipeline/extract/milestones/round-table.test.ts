import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// A round table («круглый стол», 'a round table') is a gathering of experts, as a conference is.
describe('a round table is a conference', () => {
  it.each([
    ['ru: «пройдёт круглый стол» on a day',
      'date: 2030-04-02\n\nВ Оше 15 апреля пройдет круглый стол «Торговля и логистика» с участием экспертов.',
      ['2030-04-15 planned forum «В Оше»']],
    ['en: "held a round table" on a day',
      'date: 2030-04-20\n\nThe embassy held a round table on labour migration in Osh on April 15.',
      ['2030-04-15 past forum «The embassy»']],
    // Kept: furniture, a table that is round, is no gathering.
    ['en: "a round wooden table" is no gathering',
      'date: 2030-04-20\n\nThe delegates sat at a round wooden table in Osh on April 15.',
      []],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});
