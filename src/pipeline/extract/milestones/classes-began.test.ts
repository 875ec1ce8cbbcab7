import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

/** Students who began their classes open an institution (lexicon 'opening'), as pupils at their desks do. */
describe('the first students began classes', () => {
  it.each([
    ['ru: «первые студенты начали занятия в сентябре прошлого года»',
      'date: 2031-06-16\n\nПервые 200 студентов нового колледжа начали занятия в сентябре прошлого года.',
      ['2030-09 past other «Первые 200»']],
    ['en: "the first students began classes last September"',
      'date: 2031-06-16\n\nThe first 200 students of the new college began classes last September.',
      ['2030-09 past other «The first»']],
    // Negative: classes only named.
    ['ru: «расписание занятий»', 'date: 2031-06-16\n\nСтуденты обсуждают расписание занятий.', []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
