import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

/** Students who began their classes open an institution (lexicon 'opening'), as pupils at their desks do. */
describe('the first students began classes', () => {
  it.each([
    ['ru: «первые студенты начали занятия в октябре прошлого года»',
      'date: 2031-06-16\n\nПервые 80 студентов летного училища начали занятия в октябре прошлого года.',
      ['2030-10 past other «Первые 80»']],
    ['en: "the first students began classes last October"',
      'date: 2031-06-16\n\nThe first 80 students of the flight school began classes last October.',
      ['2030-10 past other «The first»']],
    // Negative: classes only named.
    ['ru: «расписание занятий»', 'date: 2031-06-16\n\nСтуденты обсуждают расписание занятий.', []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
