import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('an exhibition already told, described again with no date but its year, is no occasion of its own', () => {
  it.each([
    ['ru: a partner country «в этом году» after a signing at the fair',
      'date: 2031-07-11\n\nКомпания и правительство подписали во вторник на выставке "Промэкспо" соглашение о сборке автомобилей. Страной-партнером выставки в этом году выступает Индия.',
      ['2031-07-08 past agreement «Компания и»']],
    ['ru: «выставка проходит в рамках программы» after its opening',
      'date: 2031-07-11\n\nВ Бишкеке во вторник открылась выставка «Сделано в России». Посол отметил, что выставка проходит в рамках программы поддержки экспорта.',
      ['2031-07-08 past other «В Бишкеке»']],
    ['ru: a count of exhibitors «в этом году»',
      'date: 2031-07-11\n\nВ Бишкеке во вторник открылась выставка «Сделано в России». В выставке в этом году участвуют 12 киргизских компаний.',
      ['2031-07-08 past other «В Бишкеке»']],
    ['en: a count of exhibitors "this year" after a deal at the fair',
      'date: 2031-07-11\n\nThe company and the government signed an assembly deal at the Promexpo trade fair on Tuesday. The exhibition features 600 firms from 20 countries this year.',
      ['2031-07-08 past forum «The company»']],
    ['en: "the exhibition is part of a programme" after its opening',
      'date: 2031-07-11\n\nAn exhibition of Russian goods opened in Bishkek on Tuesday. The ambassador said the exhibition is part of an export support programme.',
      ['2031-07-08 past other «An exhibition»']],
    // Negative: an exhibition to come, or one with a month of its own, is another occasion.
    ['ru: the exhibition to be held in another city this year is a plan',
      'date: 2031-07-11\n\nВ Бишкеке во вторник открылась выставка «Сделано в России». В этом году выставка впервые пройдет и в Оше.',
      ['2031-07-08 past other «В Бишкеке»', '2031 planned forum «В этом»']],
    ['ru: another exhibition in September',
      'date: 2031-07-11\n\nВ Бишкеке во вторник открылась выставка «Сделано в России». В сентябре производители приняли участие в московской выставке «Текстильлегпром».',
      ['2031-07-08 past other «В Бишкеке»', '2030-09 past forum «В сентябре»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
