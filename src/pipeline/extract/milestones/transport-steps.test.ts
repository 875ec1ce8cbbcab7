import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('flights halted, suspended or restored are a step of their own', () => {
  it.each([
    ['en: "halted regular international flights on <day>"',
      'date: 2031-09-18\n\nRussia halted regular international flights on March 27 to curb the epidemic.',
      ['2031-03-27 past other «Russia halted»']],
    ['en: "Flights to A, B and C were restored on <day>"',
      'date: 2031-09-18\n\nFlights to Armenia, Georgia and Serbia were restored on August 1.',
      ['2031-08-01 past other «Flights to»']],
    ['ru: «приостановила полёты … с <дня>»',
      'date: 2031-09-18\n\nКиргизия 27 марта приостановила полёты в Россию из-за эпидемии.',
      ['2031-03-27 past other «Киргизия 27»']],
    ['ru: «рейсы восстановлены»',
      'date: 2031-09-18\n\nРейсы из Оша в Казань восстановлены 1 августа.',
      ['2031-08-01 past other «Рейсы из»']],
    // Negative: a timetable entry (a route, then its flights) is no event.
    ['ru: «— Бишкек — Сургут — рейсы приостановлены с <дня>» in a timetable',
      'date: 2031-03-28\n\nЛетнее расписание.\n\n— Ош — Тюмень — рейсы приостановлены с 15 апреля до особого распоряжения.',
      []],
    ['en: flights that stopped at an airport are no suspension',
      'date: 2031-09-18\n\nThe delegation took a taxi after the shuttle stopped at the airport gate.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('checks stepped up at a border are a step of their own', () => {
  it.each([
    ['en: "stepped up checks at the frontier on <day>"',
      'date: 2031-10-20\n\nKazakhstan stepped up checks at the frontier on October 10.',
      ['2031-10-10 past other «Kazakhstan stepped»']],
    ['ru: «усилил санитарный контроль»',
      'date: 2031-10-20\n\nРоссельхознадзор 10 октября усилил фитосанитарный контроль на границе с Киргизией.',
      ['2031-10-10 past other «Россельхознадзор 10»']],
    // Negative: a stepped-up effort of no checks.
    ['en: "stepped up efforts"',
      'date: 2031-10-20\n\nThe ministry stepped up efforts to train drivers on October 10.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a list of kinds of control lifted at a border is a step', () => {
  it.each([
    ['ru: «был снят таможенный, транспортный … и фитосанитарный контроль»',
      'date: 2031-08-13\n\nНакануне, 12 августа, на границе был снят таможенный, транспортный, ветеринарный и фитосанитарный контроль.',
      ['2031-08-12 past other «Накануне, 12»']],
    // Negative: a control kept, not lifted.
    ['ru: «сохранён таможенный, транспортный контроль»',
      'date: 2031-08-13\n\nНа границе сохранён таможенный, транспортный и санитарный контроль.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('duties that began to be charged are a step', () => {
  it.each([
    ['en: "began charging the duties on <day>"',
      'date: 2031-05-06\n\nRussia began charging the duties on April 1.',
      ['2031-04-01 past other «Russia began»']],
    ['ru: «начала взимать пошлины»',
      'date: 2031-05-06\n\nРоссия 1 апреля начала взимать экспортные пошлины на бензин.',
      ['2031-04-01 past other «Россия 1»']],
    // Negative: a customs post that charges fees every day is no step.
    ['en: "charges fees"',
      'date: 2031-05-06\n\nThe post charges fees for every truck.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('carriage or transit tariffs raised or cut from a day are a step', () => {
  it.each([
    ['ru: «с 1 января снизит на 15% тарифы на перевозку грузов»',
      'date: 2031-10-17\n\nМинистерство путей сообщения с 1 января 2032 года снизит на 15% тарифы на перевозку грузов в Киргизию.',
      ['2032-01-01 planned other «Министерство путей»']],
    ['ru: «с 1 февраля повышает на 8% тарифы на транзит»',
      'date: 2031-01-20\n\nМежду тем с 1 февраля Казахстан повышает на 8% тарифы на транзит грузов.',
      ['2031-02-01 planned other «Между тем»']],
    ['en: "will raise rail transit tariffs from <day>"',
      'date: 2031-01-20\n\nKazakhstan will raise its rail transit tariffs by 8% from February 1.',
      ['2031-02-01 planned other «Kazakhstan will»']],
    // Negative: electricity tariffs are no transport step; a tariff without a date of its own is a state of things.
    ['ru: «повысили тарифы на электроэнергию»',
      'date: 2031-01-20\n\nС 1 февраля власти повысили тарифы на электроэнергию.',
      []],
    ['ru: a transit tariff told without a date',
      'date: 2031-01-20\n\nКазахстан повышает тарифы на транзит грузов, жалуются перевозчики.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('what an earlier version of the story said is no event', () => {
  it.each([
    ['en: "An earlier version of this story said … tightened border controls on <day>"',
      'date: 2031-10-20\n\nCorrection: An earlier version of this story said Kazakhstan tightened border controls on October 1.',
      []],
    ['ru: «В предыдущей версии материала говорилось, что …»',
      'date: 2031-10-20\n\nВ предыдущей версии материала говорилось, что Казахстан ужесточил пограничный контроль 1 октября.',
      []],
    // Kept: the same step told in the body.
    ['en: the step told in the body',
      'date: 2031-10-20\n\nKazakhstan tightened border controls on October 10.',
      ['2031-10-10 past other «Kazakhstan tightened»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a leader telephoning the other is a call', () => {
  it.each([
    ['en: "telephoning on <day> to offer help"',
      'date: 2031-05-06\n\nThe Russian prime minister was the first to reach out to her, telephoning on April 8 to offer help.',
      ['2031-04-08 past meeting «The Russian»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('construction of a line that formally began is a step; years of talks are no meeting', () => {
  it.each([
    ['en: "Construction of the long-awaited highway formally began on Friday"',
      'date: 2031-12-30\n\nConstruction of the long-awaited Osh-Kashgar highway formally began on Friday with a ceremony in Osh.',
      ['2031-12-26 past other «Construction of»']],
    // Negative: how long the talks took is no meeting of its own.
    ['en: "After nearly three decades of talks"',
      'date: 2031-12-30\n\nAfter nearly three decades of talks, the route is still disputed.',
      []],
    ['ru: «После почти 30 лет переговоров»',
      'date: 2031-12-30\n\nПосле почти 30 лет переговоров стороны так и не согласовали маршрут.',
      []],
    // Kept: talks held on a day are a meeting.
    ['en: talks held on Friday',
      'date: 2031-12-30\n\nThe Kyrgyz and Russian ministers held talks in Osh on Friday.',
      ['2031-12-26 past meeting «The Kyrgyz»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
