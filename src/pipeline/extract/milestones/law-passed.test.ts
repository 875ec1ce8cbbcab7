import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// A law passed by a legislature, as official releases and the press tell it: the law «принят
// Государственной Думой <date>», «одобрен Советом Федерации», «Жогорку Кенеш одобрил закон в трех
// чтениях», "The Legislative Assembly approved the bill", "the bill was passed by parliament" — a
// step of its own (typed other, as annotators do), dated by its own date or the article's.
describe('a law passed by a legislature', () => {
  it.each([
    ['ru: «закон принят <палатой> <date>»',
      'date: 2018-05-20\n\nЗакон о платных дорогах принят Государственной Думой 11 мая 2018 года.',
      ['2018-05-11 past other «Закон о»']],
    ['ru: «был одобрен Советом Федерации <date>»',
      'date: 2018-05-20\n\nЗакон о платных дорогах был одобрен Советом Федерации 16 мая.',
      ['2018-05-16 past other «Закон о»']],
    ['ru: «<парламент> одобрил закон в трех чтениях <month>»',
      'date: 2018-05-20\n\nЖогорку Кенеш одобрил закон о платных дорогах в трех чтениях еще в апреле.',
      ['2018-04 past other «Жогорку Кенеш»']],
    ['ru: «<комитет>, … одобрил законопроект»',
      'date: 2018-05-20\n\nКомитет по транспорту, связи и дорогам одобрил законопроект о платных дорогах 14 мая.',
      ['2018-05-14 past other «Комитет по»']],
    ['en: "<assembly> approved the bill <when>"',
      'date: 2018-05-20\n\nThe Legislative Assembly approved the bill on toll roads on 9 May.',
      ['2018-05-09 past other «The Legislative»']],
    ['en: "<assembly>, <apposition>, approved the bill"',
      'date: 2018-05-20\n\nThe Legislative Assembly, the lower chamber of parliament, approved the bill on toll roads on 9 May.',
      ['2018-05-09 past other «The Legislative»']],
    ['ru: «<собрание>, <приложение>, одобрило законопроект»',
      'date: 2018-05-20\n\nЗаконодательное собрание, нижняя палата парламента, одобрило законопроект о платных дорогах 9 мая.',
      ['2018-05-09 past other «Законодательное собрание,»']],
    // Negative: a parliament named before a verb of another act.
    ['en: "<parliament>, …, discussed the bill" is no passing',
      'date: 2018-05-20\n\nThe Legislative Assembly, the lower chamber of parliament, discussed the weather on 9 May.',
      []],
    ['en: "the bill … was passed by <parliament>"',
      'date: 2018-05-20\n\nThe bill on toll roads was passed by parliament on 9 May.',
      ['2018-05-09 past other «The bill»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });

  // A decision taken by other bodies, or a law only named, is no law passed.
  it.each([
    ['ru', 'date: 2018-05-20\n\nРешение было принято правительством города 11 мая 2018 года.'],
    ['ru', 'date: 2018-05-20\n\nЗакон о платных дорогах действует с 2016 года.'],
    ['en', 'date: 2018-05-20\n\nThe mayor approved the new bus timetable on 9 May.'],
  ])('%s: %s', (_lang, text) => {
    expect(milestoneLines(text)).toEqual([]);
  });
});

// The official welcoming ceremony told before the talks of a visit («Перед началом переговоров
// состоялась церемония официальной встречи», "Before the talks, an official welcoming ceremony took
// place"): a step of the visit's programme of its own. Told alone it is left to the visit.
// «Документ опубликован на портале правовой информации»: a law's publication after the signing told is no signing again.
describe('a law told as published is no document signed', () => {
  it.each([
    ['ru: «Документ опубликован в понедельник на … портале …»',
      'date: 2019-02-06\n\nПрезидент России подписал закон о ратификации протокола к соглашению с Киргизией. Документ опубликован в понедельник на официальном интернет-портале правовой информации.',
      ['2019-02-06 past agreement «Президент России»']],
    // Negative: the signing told after «Текст закона уже опубликован:» stays, dated as told.
    ['ru: «Текст закона уже опубликован: <date> президент подписал закон …»',
      'date: 2019-02-06\n\nТекст закона уже опубликован: 29 января президент подписал закон о ратификации протокола.',
      ['2019-01-29 past agreement «Текст закона»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});

describe('an official welcoming ceremony before the talks', () => {
  it.each([
    ['ru: «Перед началом переговоров состоялась церемония официальной встречи»',
      'date: 2018-05-20\n\nСегодня президент Иван Петров провел переговоры с президентом Олегом Сидоровым. Перед началом переговоров состоялась церемония официальной встречи гостя.',
      ['2018-05-20 past meeting «Сегодня президент»', '2018-05-20 past other «Перед началом»']],
    ['en: "Before the talks, an official welcoming ceremony took place"',
      'date: 2018-05-20\n\nPresident Ivan Petrov held talks with President Oleg Sidorov today. Before the talks, an official welcoming ceremony took place on the square.',
      ['2018-05-20 past meeting «President Ivan»', '2018-05-20 past other «Before the»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });

  it.each([
    ['ru', 'date: 2018-05-20\n\nПеред началом концерта прошла церемония награждения победителей конкурса.'],
    ['en', 'date: 2018-05-20\n\nThe school held a welcome ceremony for new pupils.'],
  ])('%s: %s', (_lang, text) => {
    expect(milestoneLines(text)).toEqual([]);
  });
});

// A legislature's vote told with "backed" or "endorsed": the same step.
describe('a bill backed by a legislature', () => {
  it.each([
    ['en: "lawmakers backed the bill last month"',
      'date: 2018-05-20\n\nLawmakers in Astana backed the bill on toll roads last month.',
      ['2018-04 past other «Lawmakers in»']],
    ['en: "the committee endorsed the bill"',
      'date: 2018-05-20\n\nThe transport committee endorsed the bill on toll roads on 14 May.',
      ['2018-05-14 past other «The transport»']],
    // Backing a plan is no law passed.
    ['en: "lawmakers backed the plan" is no law', 'date: 2018-05-20\n\nLawmakers in Astana backed the plan on toll roads last month.', []],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});
