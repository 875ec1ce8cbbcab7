import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('an event told as not real is no milestone', () => {
  it.each([
    ['ru: «если бы … состоялся», the whole conditional',
      'date: 2016-05-10\n\nЕсли бы переговоры президентов состоялись в марте, соглашение о газе было бы уже подписано.',
      []],
    ['ru: a subjunctive verb «приехал бы» beside a real event',
      'date: 2016-05-10\n\nВ апреле стороны подписали меморандум о торговле. В обычный год в Бишкек приехал бы и премьер-министр.',
      ['2016-04 past agreement «В апреле»']],
    ['ru: «если бы не …» names a real event',
      'date: 2016-05-10\n\nЕсли бы не соглашение, подписанное 3 марта 2016 года, экспорт бы упал.',
      ['2016-03-03 past agreement «Если бы»']],
    ['ru: the author\'s «Не исключено, что …»',
      'date: 2016-05-10\n\nНе исключено, что осенью министр иностранных дел посетит Москву с визитом.',
      []],
    ['ru: speculation ends at «, но …»',
      'date: 2016-05-10\n\nНе исключено, что переговоры затянутся, но 20 мая премьеры подпишут соглашение о таможне.',
      ['2016-05-20 planned agreement «Не исключено,»']],
    ['ru: officials «не исключают» report a plan',
      'date: 2016-05-10\n\nВ Бишкеке не исключают, что осенью министр иностранных дел посетит Москву с визитом.',
      ['2016 planned visit «В Бишкеке»']],
    ['ru: «хотел бы пригласить» stays an invitation',
      'date: 2016-05-10\n\nПрезидент сказал гостю: «Хотел бы пригласить Вас посетить Бишкек с официальным визитом».',
      ['null planned visit ««Хотел бы»']],
    ['ru: the answer to a rhetorical question',
      'date: 2016-05-10\n\nЧто бы мы получили, останься республика вне союза? Скорее всего, новый кредит от Москвы и грант на границу.',
      []],
    ['en: "Had the summit gone ahead"',
      'date: 2016-05-10\n\nHad the planned summit of the two presidents gone ahead in April, a new loan would be on the table.',
      []],
    ['en: "If …, he might sign"',
      'date: 2016-05-10\n\nIf the prime minister keeps his post in June, he might sign the hydropower agreement with Moscow.',
      []],
    ['en: "would never have happened" near the event word',
      'date: 2016-05-10\n\nThe ministers met in Moscow on April 4. Without the new tariffs, that visit would never have happened.',
      ['2016-04-04 past meeting «The ministers»']],
    ['en: "would have to" is an obligation, not a counterfactual',
      'date: 2016-05-10\n\nThe ministers met in Moscow on April 4 and agreed that the airline would have to resume flights by June.',
      ['2016-04-04 past meeting «The ministers»']],
    ['en: "It is possible that …" before a visit',
      'date: 2016-05-10\n\nIt is possible that the Russian foreign minister will visit Bishkek in the autumn.',
      []],
    ['en: "Had it not been for" names a real event',
      'date: 2016-05-10\n\nHad it not been for the loan agreement signed on March 3, the budget would have collapsed.',
      ['2016-03-03 past agreement «Had it»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a document or trip that is no particular one is no milestone', () => {
  it.each([
    ['en: "produced no new agreements"',
      'date: 2016-05-10\n\nThe ministers met in Moscow on April 4. The meeting produced no new agreements.',
      ['2016-04-04 past meeting «The ministers»']],
    ['en: "more than any treaty"',
      'date: 2016-05-10\n\nFor the villages of Chui, remittances matter more than any treaty between the two governments.',
      []],
    ['ru: «никаких новых соглашений»',
      'date: 2016-05-10\n\nПремьеры встретились 4 апреля в Москве. Никаких новых соглашений по итогам встречи подписано не было.',
      ['2016-04-04 past meeting «Премьеры встретились»']],
    ['en: "any agreement" after its verb keeps the ratification told',
      'date: 2016-05-10\n\nOn April 4 the parliament ratified the agreement on the Kant air base.',
      ['2016-04-04 past agreement «On April»']],
    ['en: "These days the minister flies in" tells a habit',
      'date: 2016-05-10\n\nThese days the Russian foreign minister flies in, meets his counterpart and is gone by dinner.',
      []],
    ['ru: «всегда» without a date tells a habit',
      'date: 2016-05-10\n\nПервый визит нового президента за рубеж всегда политический жест.',
      []],
    ['ru: «как обычно» tells a real event',
      'date: 2016-05-10\n\nКак обычно, 4 апреля премьеры провели переговоры в Москве.',
      ['2016-04-04 past meeting «Как обычно,»']],
    ['en: "usually" beside a date of its own stays',
      'date: 2016-05-10\n\nThe two ministers usually meet twice a year; they held talks in Bishkek on April 4.',
      ['2016-04-04 past meeting «they held»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
