import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

/** «X был в Москве в апреле»: a stay in the other side's capital told with its time is a visit. */
describe('a person who was in a capital of the two sides', () => {
  it.each([
    ['ru: «уже был в Москве в октябре прошлого года»',
      'date: 2031-03-14\n\nНовый министр энергетики уже был в Москве в октябре прошлого года, когда возглавлял госкомпанию.',
      ['2030-10 past visit «Новый министр»']],
    ['ru: an interviewer\'s «Вы в прошлом месяце были в Бишкеке»',
      'date: 2031-03-14\n\nВы в прошлом месяце были в Бишкеке по делам ведомства.',
      ['2031-02 past visit «Вы в»']],
    // Negative: a capital the person has not been to, and a stay in a third country's capital.
    ['ru: «не был в Москве с 2029 года»', 'date: 2031-03-14\n\nМинистр не был в Москве с 2029 года.', []],
    ['ru: a third country\'s capital', 'date: 2031-03-14\n\nМинистр в четверг был в Праге.', []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
