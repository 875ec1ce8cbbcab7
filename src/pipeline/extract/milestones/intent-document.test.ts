import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// «протокол о намерениях» names a signed document: the word of intent in its name marks no plan.
describe('a document of intent signed is no plan', () => {
  it.each([
    ['ru: протокол о намерениях beside an agreement', 'date: 2030-06-20\n\nСтороны подписали соглашение о сотрудничестве и протокол о намерениях по созданию центра.', ['2030-06-20 past agreement «Стороны подписали»']],
    ['ru: меморандум о намерениях', 'date: 2030-06-20\n\nМинистры подписали меморандум о намерениях.', ['2030-06-20 past agreement «Министры подписали»']],
    ['en: a protocol of intent', 'date: 2030-06-20\n\nThe sides signed a protocol of intent on a data centre.', ['2030-06-20 past agreement «The sides»']],
    // Still a plan: an intention told of a person or the sides.
    ['ru: министр намерен подписать', 'date: 2030-06-20\n\nМинистр намерен подписать протокол.', ['null planned agreement «Министр намерен»']],
    ['ru: выразили намерение подписать', 'date: 2030-06-20\n\nСтороны выразили намерение подписать соглашение.', ['null planned agreement «Стороны выразили»']],
    ['ru: «подписан Протокол о намерениях»',
      'date: 2031-03-12\n\n11 марта министр транспорта России провёл переговоры в Бишкеке. По итогам встречи подписан Протокол о намерениях по развитию сотрудничества.',
      ['2031-03-11 past meeting «11 марта»', '2031-03-11 past agreement «По итогам»']],
    ['ru: «подписали меморандум о намерениях»',
      'date: 2031-03-12\n\nВчера стороны подписали меморандум о намерениях по строительству дороги.',
      ['2031-03-11 past agreement «Вчера стороны»']],
    // Kept: an intention told as such is a plan.
    ['ru: «стороны намерены подписать соглашение»',
      'date: 2031-03-12\n\nСтороны намерены подписать соглашение о строительстве дороги.',
      ['null planned agreement «Стороны намерены»']],
    ['ru: «заявил о намерении посетить»',
      'date: 2031-03-12\n\nПрезидент России заявил о намерении посетить Бишкек.',
      ['null planned visit «Президент России»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
