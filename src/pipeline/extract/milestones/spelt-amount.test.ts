/** A plan whose clause tells a sum with its magnitude spelt out («миллиарда», «миллионов») is a figure, no step (`amount` markers). Every text is invented. */
import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a sum with a spelt-out magnitude in a plan is a figure', () => {
  it.each([
    ['ru: «дефицит бюджета … запланирован на уровне 3,5 миллиарда сомов»',
      'date: 2031-09-12\n\nПремьер-министр Кыргызстана встретился в Москве с председателем правительства России.\n\nДефицит республиканского бюджета Кыргызстана на 2032 год запланирован на уровне 3,5 миллиарда сомов.',
      ['2031-09-12 past meeting «Премьер-министр Кыргызстана»']],
    ['ru: «в 2032 году планируется направить 40 миллионов рублей»',
      'date: 2031-09-12\n\nНа ремонт школ в Кыргызстане в 2032 году планируется направить 40 миллионов рублей.',
      []],
    // Negative: a plan with a count that is no sum stays a step.
    ['ru: «в 2032 году планируется открыть 3 новые школы» stays',
      'date: 2031-09-12\n\nВ Кыргызстане в 2032 году планируется открыть 3 новые российские школы.',
      ['2032 planned other «В Кыргызстане»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
