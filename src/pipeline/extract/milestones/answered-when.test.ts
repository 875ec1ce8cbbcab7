import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('an interview answer dates the event its "when" question names', () => {
  it.each([
    ['ru: «— Когда …заседание межправкомиссии? — Рассчитываем провести его в октябре»',
      'date: 2021-06-03\n\nИнтервью министра\n\n— Когда соберётся межправительственная комиссия?\n\n— Рассчитываем провести её в октябре в Оше.',
      ['2021-10 planned igc_session «— Рассчитываем»']],
    ['ru: an elliptical answer with a month and a place',
      'date: 2021-06-03\n\nИнтервью министра\n\n— А когда состоится следующее заседание межправкомиссии?\n\n— Думаем, в ноябре, в Бишкеке.',
      ['2021-11 planned igc_session «— Думаем,»']],
    ['en: "Q: When will the commission meet? A: We hope to hold it in October."',
      'date: 2021-06-03\n\nThe minister speaks\n\nQ: When is the next session of the intergovernmental commission?\n\nA: We hope to hold it in October in Osh.',
      ['2021-10 planned igc_session «A: We»']],
    ['ru: a past session asked about is dated past',
      'date: 2021-06-03\n\nИнтервью министра\n\n— Когда прошло последнее заседание межправкомиссии?\n\n— В марте, в Оше.',
      ['2021-03 past igc_session «— В»']],
    ['an answer with no date dates nothing',
      'date: 2021-06-03\n\nИнтервью министра\n\n— Когда соберётся межправительственная комиссия?\n\n— Сроки ещё обсуждаются.',
      []],
    ['en: an answer opening on "Its next meeting" dates the body the question named',
      'date: 2021-06-03\n\nThe minister speaks\n\nQuestion: And the intergovernmental commission?\n\nPavel Orlov: Its next meeting will be held in Osh in the second half of 2022.',
      ['2022 planned igc_session «Pavel Orlov:»']],
    ['a question that asks no "when" lends its event to no answer',
      'date: 2021-06-03\n\nИнтервью министра\n\n— Что обсудит межправительственная комиссия?\n\n— В октябре стороны рассмотрят энергетику.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
