import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('an exhibition already told, described again with no date but its year, is no occasion of its own', () => {
  it.each([
    ['ru: a partner country «в этом году» after a signing at the fair',
      'date: 2033-09-16\n\nЗавод и министерство подписали в среду на выставке "Агроэкспо" соглашение о выпуске тракторов. Страной-партнером выставки в этом году выступает Вьетнам.',
      ['2033-09-14 past agreement «Завод и»']],
    ['ru: «выставка проходит в рамках программы» after its opening',
      'date: 2033-09-16\n\nВ Оше в среду открылась выставка «Товары Поволжья». Консул отметил, что выставка проходит в рамках программы продвижения региональных брендов.',
      ['2033-09-14 past other «В Оше»']],
    ['ru: a count of exhibitors «в этом году»',
      'date: 2033-09-16\n\nВ Оше в среду открылась выставка «Товары Поволжья». В выставке в этом году участвуют 30 фермерских хозяйств.',
      ['2033-09-14 past other «В Оше»']],
    ['en: a count of exhibitors "this year" after a deal at the fair',
      'date: 2033-09-16\n\nThe plant and the ministry signed a tractor deal at the Agroexpo trade fair on Wednesday. The exhibition features 350 firms from 14 countries this year.',
      ['2033-09-14 past forum «The plant»']],
    ['en: "the exhibition is part of a programme" after its opening',
      'date: 2033-09-16\n\nAn exhibition of Volga region goods opened in Osh on Wednesday. The consul said the exhibition is part of a regional brands programme.',
      ['2033-09-14 past other «An exhibition»']],
    // Negative: an exhibition to come, or one with a month of its own, is another occasion.
    ['ru: the exhibition to be held in another city this year is a plan',
      'date: 2033-09-16\n\nВ Оше в среду открылась выставка «Товары Поволжья». В этом году выставка впервые пройдет и в Караколе.',
      ['2033-09-14 past other «В Оше»', '2033 planned forum «В этом»']],
    ['ru: another exhibition in May',
      'date: 2033-09-16\n\nВ Оше в среду открылась выставка «Товары Поволжья». В мае фермеры приняли участие в казанской выставке «Агрокомплекс».',
      ['2033-09-14 past other «В Оше»', '2033-05 past forum «В мае»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
