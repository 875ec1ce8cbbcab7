import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// Consultations offered to migrants or citizens are advice, not a gathering of officials
// (event-lexicon.json, exclude); consultations between ministries stay talks. Every text is invented.
describe('consultations for migrants are advice', () => {
  it.each([
    ['ru', 'date: 2030-05-10\n\nМинистр ранее поручил центрам занятости наладить консультации для мигрантов.'],
    ['en', 'date: 2030-05-10\n\nThe ministry promised consultations for migrants at every border post.'],
  ])('%s: no meeting', (_lang, text) => {
    expect(milestoneLines(text)).toEqual([]);
  });

  it('ru: consultations of two ministries are still talks', () => {
    expect(milestoneLines('date: 2030-05-10\n\nВчера в Оше прошли консультации министерств иностранных дел двух стран.')).toEqual([
      '2030-05-09 past meeting «Вчера в»',
    ]);
  });
});
