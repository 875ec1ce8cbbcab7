import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// A wish in the first person to open, hold or sign something («Хотим открыть …», "We want to open …") is a plan,
// dated only by a date of its own — not a step taken on the article's day.
describe('a first-person wish to do something is a plan', () => {
  it.each([
    ['ru: «Хотим открыть представительство …» in an interview',
      'date: 2031-04-12\n\n— Хотим открыть торговое представительство Омской области в Оше. Такие уже есть у соседей.',
      ['null planned other «Хотим открыть»']],
    ['ru: «Хотели бы в мае провести ярмарку» takes its own month',
      'date: 2031-04-12\n\nХотели бы в мае провести ярмарку в Оше.',
      ['2031-05 planned forum «Хотели бы»']],
    ['en: "We want to open …" said by a governor',
      'date: 2031-04-12\n\n"We want to open a trade house of our region in Osh," the governor said.',
      ['null planned other «"We want»']],
    // Negative: a wish for something that is no step («хотим видеть …») tells no event.
    ['ru: «Хотим видеть в Оше больше туристов» is no event',
      'date: 2031-04-12\n\nХотим видеть в Оше больше туристов.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
