import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('days of a country\'s education, science, cinema or literature are culture days', () => {
  it.each([
    ['ru: «в апреле пройдут Дни российского образования»',
      'date: 2030-02-10\n\nВ апреле в Оше пройдут Дни российского образования.',
      ['2030-04 planned other «В апреле»']],
    ['en: "Days of Russian Science will be held in May"',
      'date: 2030-02-10\n\nDays of Russian Science will be held in Osh in May.',
      ['2030-05 planned other «Days of»']],
    // Negative: «дни» of another noun, "days of" a span.
    ['ru: «в первые дни учебного года» is no event',
      'date: 2030-02-10\n\nВ первые дни учебного года школы получили учебники.',
      []],
    ['en: "days of science lessons" in lower case is no culture day',
      'date: 2030-02-10\n\nPupils in Osh will enjoy two days of science lessons in May.',
      []],
    ['ru: «дни науки» in lower case is no culture day',
      'date: 2030-02-10\n\nВ мае в школах Оша пройдут дни науки.',
      []],
  ] as const)('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
