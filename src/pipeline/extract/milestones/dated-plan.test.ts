import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('dated plans: a step still to come told with a plan verb and a date, without an event word', () => {
  it.each([
    ['ru: «намечены» with a season of next year',
      'date: 2019-10-14\n\nОсенью будущего года в Оше намечены командно-штабные тренировки.',
      ['2020 planned other «Осенью будущего»']],
    ['ru: a passive future «будут сданы в 2027 году»',
      'date: 2025-06-02\n\nЕщё две поликлиники в Караколе будут сданы в 2027 году.',
      ['2027 planned other «Ещё две»']],
    ['ru: «предполагается» with «до конца года»',
      'date: 2004-03-10\n\nПоследние подразделения, как предполагается, покинут аэродром до конца года.',
      ['2004 planned other «Последние подразделения,»']],
    ['en: "are expected to" before the end of the year',
      'date: 2008-05-20\n\nThe first cargo planes are expected to land at Osh before the end of the year.',
      ['2008 planned other «The first»']],
    ['en: "due to expire" on a day to come',
      'date: 2020-05-20\n\nWith the visa waiver due to expire on July 1, many seasonal workers are uncertain.',
      ['2020-07-01 planned other «With the»']],
    ['en: "should" with a year to come',
      'date: 2011-05-20\n\nThe customs post at Torugart should reopen in 2013.',
      ['2013 planned other «The customs»']],
    ['en: "will be completed" next year',
      'date: 2018-05-20\n\nThe new dormitory of the Slavic University will be completed next year.',
      ['2019 planned other «The new»']],
    ['ru: a quote with the speaker\'s own plan in the first person («Мы рассчитываем сдать … к концу следующего года»)',
      'date: 2018-05-20\n\n«Мы рассчитываем сдать новый корпус общежития к концу следующего года», — сказал ректор.',
      ['2019 planned other ««Мы рассчитываем»']],
    ['en: a quote with "we hope to" finish a step by a year',
      'date: 2018-05-20\n\n"We hope to finish the survey of the dam site by 2020," the head of the company said.',
      ['2020 planned other «"We hope»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('dated plans: what is no step of the timeline', () => {
  it.each([
    ['en: a bare future indicative is not enough',
      'date: 2011-05-20\n\nThe outgoing mayor will step down on June 1.',
      []],
    ['en: a figure expected is read by the figure rules',
      'date: 2011-05-20\n\nBilateral trade is expected to exceed $2 billion next year.',
      []],
    ['ru: a sum planned is a figure too',
      'date: 2011-05-20\n\nВ следующем году на ремонт школ планируется направить 300 млн рублей.',
      []],
    ['en: a step in a third country',
      'date: 2011-05-20\n\nNew border markers are expected to be installed near Tashkent next month.',
      []],
    ['en: a sentence with a quote is colour',
      'date: 2011-05-20\n\n"We cannot wait for the new road, we have waited for ten years already," said a driver who is expected to move to Omsk next spring.',
      []],
    ['ru: a quote with a plan in the third person is colour',
      'date: 2011-05-20\n\n«Дорогу, как ожидается, откроют к следующему лету», — сказал водитель автобуса.',
      []],
    ['ru: a plan told for a date gone by is not planned',
      'date: 2011-05-20\n\nВ 2009 году здание должно было быть сдано.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('dated plans: a vague horizon is no date', () => {
  it.each([
    ['en: "in the coming weeks"',
      'date: 2011-05-20\n\nThe new bypass road is expected to be finished in the coming weeks.',
      []],
    ['ru: «в ближайшие месяцы»',
      'date: 2011-05-20\n\nНовый пункт пропуска, как ожидается, будет построен в ближайшие месяцы.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('dated plans: a sentence whose event words told nothing', () => {
  it.each([
    ["en: a third party's trip still to come",
      'date: 2026-03-20\n\nElsewhere, the Uzbek foreign minister is due in Moscow in April for talks.',
      ['2026-04 planned other «Elsewhere, the»']],
    ['en: a past trip of a third party stays untold',
      'date: 2026-03-20\n\nElsewhere, the Uzbek foreign minister was in Moscow in February for talks.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('dated plans: the clause of the plan verb', () => {
  it.each([
    ['ru: a sum in the clause before «, а» belongs to it, not to the plan',
      'date: 2015-10-21\n\nКомпания направит на ремонт сетей около 2 млрд рублей, а новая схема водоснабжения будет утверждена до конца года.',
      ['2015 planned other «новая схема»']],
    ['ru: a cost after «;» leaves the plan before it',
      'date: 2024-06-21\n\nОбе больницы должны быть сданы к 1 сентября 2025 года; их стоимость оценивается в 5 млрд рублей.',
      ['2025-09-01 planned other «Обе больницы»']],
    ['en: a sum in an aside of the subject',
      'date: 2012-09-21\n\nHe said the depot, which earns the town $3 million a year, should close in 2015.',
      ['2015 planned other «He said»']],
    ['en: the two sides\' trade expected to recover is a figure',
      'date: 2011-03-21\n\nBilateral trade should recover strongly this year; exports are picking up.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('dated plans: a step proposed or ordered for a date to come', () => {
  it.each([
    ['ru: «предложил провести в октябре»',
      'date: 2022-04-12\n\nМинистр предложил провести в октябре в Оше неделю российского кино.',
      ['2022-10 planned other «Министр предложил»']],
    ['ru: «поручил … подготовить к 1 сентября»',
      'date: 1995-04-12\n\nПремьер поручил министерству транспорта подготовить к 1 сентября новые правила перевозок.',
      ['1995-09-01 planned other «Премьер поручил»']],
    ['en: "proposed that … meet … early next year"',
      'date: 1997-11-12\n\nThe Belarusian leader has proposed that the ministers meet in Moscow early next year.',
      ['1998 planned other «The Belarusian»']],
    ['en: "ordered … to publish … starting in January"',
      'date: 2026-03-12\n\nThe premier ordered the statistics office to publish weekly prices starting in June.',
      ['2026-06 planned other «The premier»']],
    ['ru: a promise alone is no step («обещал решить вопрос до конца года»)',
      'date: 2005-11-12\n\nМинистр обещал решить вопрос до конца года.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
