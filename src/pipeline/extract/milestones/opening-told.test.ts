import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('an opening told by a future verb or by the school ceremony of its first day is an opening', () => {
  it.each([
    ['ru: «откроются … школ» with a year',
      'date: 2027-03-02\n\nВ этом году в Нарыне и Таласе откроются две новые школы.',
      ['2027 planned other «В этом»']],
    ['ru: «откроет … представительство» on a told day',
      'date: 2027-03-02\n\nВ пятницу, 5 марта, фонд откроет в Оше своё представительство.',
      ['2027-03-05 planned other «В пятницу,»']],
    ['ru: «сели за парты»',
      'date: 2027-09-01\n\nСегодня в новом лицее в Таласе ученики впервые сели за парты.',
      ['2027-09-01 past other «Сегодня в»']],
    ['ru: «торжественная линейка … пройдёт» on a told day',
      'date: 2027-08-28\n\nТоржественная линейка в новой гимназии в Токмоке пройдёт в среду, 1 сентября.',
      ['2027-09-01 planned other «Торжественная линейка»']],
    ['en: "would open in" a year',
      'date: 2027-03-02\n\nThe minister said the new lyceum in Naryn would open in 2028.',
      ['2028 planned other «The minister»']],
    ['ru: a ribbon cut opens the facility',
      'date: 2027-03-02\n\nВчера губернатор и посол перерезали красную ленточку у входа в новый центр в Оше.',
      ['2027-03-01 past other «Вчера губернатор»']],
    ['en: "cut the ribbon" opens the facility',
      'date: 2027-03-02\n\nOn Monday the two ministers cut the ribbon at a new clinic in Osh.',
      ['2027-03-01 past other «On Monday»']],
    // The facility before a verb of intent and the infinitive; English facilities in the plural.
    ['ru: «клинику … планируем открыть к …» in speech',
      'date: 2027-03-02\n\n"Новую клинику в Баткене планируем открыть уже к 15 мая 2028 года", - сказал губернатор.',
      ['2028-05-15 planned other «"Новую клинику»']],
    ['ru: «филиал власти собираются открыть» with a year',
      'date: 2027-03-02\n\nФилиал университета в Караколе власти собираются открыть в 2029 году.',
      ['2029 planned other «Филиал университета»']],
    ['en: "plan to open two schools … by" a day',
      'date: 2027-03-02\n\nThe governor met the mayor. "We plan to open two schools in Batken by May 15, 2028," the governor said.',
      ['2027-03-02 past meeting «The governor»', '2028-05-15 planned other «"We plan»']],
    ['ru: «тему планируем открыть для обсуждения» opens no facility',
      'date: 2027-03-02\n\n"Тему тарифов мы планируем открыть для общественного обсуждения позже", - сказал губернатор.',
      []],
    // Negative: a future «откроет» / 'will open' of no facility opens nothing.
    ['ru: «откроет новые возможности» is no opening',
      'date: 2027-03-02\n\nНовый закон откроет новые возможности для экспортёров.',
      []],
    ['ru: «откроет … кредит» is no opening',
      'date: 2027-03-02\n\nБанк откроет заёмщику кредитную линию.',
      []],
    ['en: "will open up" is no opening',
      'date: 2027-03-02\n\nThe new rules will open up the market for exporters.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
