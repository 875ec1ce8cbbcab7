import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// Event words standing in a phrase that tells no event of its own (the exclude lists of the event lexicon).
const LEAD_RU = 'date: 2031-04-14\n\nВ пятницу министры провели переговоры в Оше. ';
const LEAD_EN = 'date: 2031-04-14\n\nThe ministers held talks in Osh on Friday. ';
const LEAD_RU_LINE = '2031-04-11 past meeting «В пятницу»';
const LEAD_EN_LINE = '2031-04-11 past meeting «The ministers»';

describe('talks to be sped up are the object of an instruction or agreement, not a gathering', () => {
  it.each([
    ['ru: «поручил правительству ускорить переговоры»',
      LEAD_RU + 'Ранее президент поручил правительству ускорить переговоры о транзите грузов.',
      [LEAD_RU_LINE]],
    ['ru: «договорились активизировать переговоры»',
      LEAD_RU + 'Стороны также договорились активизировать переговоры по тарифам.',
      [LEAD_RU_LINE]],
    ['en: "instructed the government to speed up talks"',
      LEAD_EN + 'Earlier, the president instructed the government to speed up talks on cargo transit.',
      [LEAD_EN_LINE]],
    ['en: "called for stepping up negotiations"',
      LEAD_EN + 'The premier called for stepping up negotiations on tariffs.',
      [LEAD_EN_LINE]],
    // Negative: talks held stay.
    ['ru: «переговоры прошли в Москве» stays',
      'date: 2031-04-14\n\nВ пятницу переговоры о транзите грузов прошли в Москве.',
      ['2031-04-11 past meeting «В пятницу»']],
    ['en: "talks were held in Moscow" stays',
      'date: 2031-04-14\n\nTalks on cargo transit were held in Moscow on Friday.',
      ['2031-04-11 past meeting «Talks on»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('what a correction says was reported wrongly is no event', () => {
  it.each([
    ['ru: «ошибочно сообщалось, что парламент принял закон»',
      'date: 2031-04-14\n\nПрезидент Иван Петров 12 апреля подписал закон о языке. Ранее ошибочно сообщалось, что парламент принял закон 3 апреля.',
      ['2031-04-12 past other «Президент Иван»']],
    ['en: "incorrectly reported that parliament had passed the bill"',
      'date: 2031-04-14\n\nPresident Ivan Petrov signed the language law on 12 April. [Correction: An earlier item incorrectly reported that parliament had passed the bill on 3 April.]',
      ['2031-04-12 past other «President Ivan»']],
    // Negative: the bill passed, told plainly, stays.
    ['en: "parliament passed the bill on 3 April" stays',
      'date: 2031-04-14\n\nParliament passed the language bill on 3 April.',
      ['2031-04-03 past other «Parliament passed»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe("documents or applications accepted are no document and no reception", () => {
  it.each([
    ['ru: «Прием документов осуществляется через представительство»',
      LEAD_RU + 'Прием документов осуществляется через представительство агентства в Бишкеке.',
      [LEAD_RU_LINE]],
    ['en: "Applications are accepted through the office"',
      LEAD_EN + 'Documents are accepted through the agency office in Bishkek.',
      [LEAD_EN_LINE]],
    // Negative: the start of applications on a day is a step of the programme.
    ['ru: «Прием заявок начнется в конце месяца» stays',
      'date: 2031-02-10\n\nПрием заявок через Русский дом в Бишкеке начнется в конце месяца.',
      ['2031-02 planned other «Прием заявок»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe("the funds of a loan put to a use are the loan's purpose, not a step of their own", () => {
  it.each([
    ['ru: «Средства кредита предполагается направить на строительство ГЭС»',
      'date: 2031-04-14\n\nВ пятницу Россия и Киргизия подписали соглашение о кредите. Средства кредита предполагается направить в первую очередь на строительство ГЭС.',
      ['2031-04-11 past agreement «В пятницу»']],
    ['en: "The loan funds will be used for the construction of the dam"',
      'date: 2031-04-14\n\nRussia and Kyrgyzstan signed a loan agreement on Friday. The loan funds will be used mainly for the construction of the dam.',
      ['2031-04-11 past agreement «Russia and»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a change explained by a launch named without a date tells no launch', () => {
  it.each([
    ['en: "was tied to the launch of the customs union"',
      'date: 2031-04-14\n\nRussia began charging the duties on April 1. Officially the change was tied to the launch of the customs union.',
      ['2031-04-01 past other «Russia began»']],
    ['ru: «связали с запуском Таможенного союза»',
      'date: 2031-04-14\n\nРоссия ввела пошлины 1 апреля. Официально изменение связали с запуском Таможенного союза.',
      ['2031-04-01 past other «Россия ввела»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a price that starts at a sum is no start of anything', () => {
  it.each([
    ['en: "fares on the new route will start at 5,999 rubles"',
      LEAD_EN + 'One-way fares on the new route will start at 5,999 rubles.',
      [LEAD_EN_LINE]],
    ['en: "tickets start from $120"',
      LEAD_EN + 'Tickets on the route will start from $120.',
      [LEAD_EN_LINE]],
    ['ru: «цены на билеты начнутся от 5 999 рублей» (no trigger)',
      LEAD_RU + 'Цены на билеты по новому маршруту начнутся от 5 999 рублей.',
      [LEAD_RU_LINE]],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a volume shipped over months is a statistic, no delivery', () => {
  it.each([
    ['en: "shipped about 2.1 million tons of cargo … in the first 11 months"',
      LEAD_EN + 'The railway shipped about 2.1 million tons of cargo to Kyrgyzstan in the first 11 months of this year.',
      [LEAD_EN_LINE]],
    ['en: "delivered 800,000 tons of fuel … in January-September"',
      LEAD_EN + 'Russia delivered 800,000 tons of fuel to Kyrgyzstan in January-September.',
      [LEAD_EN_LINE]],
    ['ru: «за первые 11 месяцев перевезли 2,1 млн тонн» (no trigger)',
      LEAD_RU + 'За первые 11 месяцев года железная дорога перевезла в Киргизию 2,1 млн тонн грузов.',
      [LEAD_RU_LINE]],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('agreeing with someone in a judgement is no talks', () => {
  it.each([
    ['en: "agreed with President X that this was not enough"',
      'date: 2031-04-14\n\nOn April 12, the Russian president said Russia had sent 150 teachers and agreed with President Ivan Petrov that this was not enough.',
      ['2031-04-12 past statement «On April»']],
    ['ru: «согласился с президентом, что этого недостаточно» (no trigger)',
      LEAD_RU + 'Министр согласился с президентом Иваном Петровым, что этого недостаточно.',
      [LEAD_RU_LINE]],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
