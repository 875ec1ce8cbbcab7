import { describe, expect, it } from 'vitest';
import { isLevelNamed } from './annual-aim';
import { figureLines } from './test-run';

// «выйдем на …» told of the running year itself, with no word of aim before it: where the year is heading, a forecast.
describe('coming out at a level in the running year is a forecast', () => {
  it.each([
    ['ru: «по итогам года выйдем на уровень не менее»', '2011-10-14',
      'Товарооборот за полгода составил 640 млн долларов. «Думаю, по итогам года выйдем на уровень не менее 1,3 млрд долларов», — добавил вице-премьер.',
      ['trade_turnover 640000000 null actual', 'trade_turnover 1300000000 2011 forecast']],
    ['ru: «рассчитываем, что … по итогам года выйдет на»', '2011-10-14',
      'Товарооборот за полгода составил 640 млн долларов. «Рассчитываем, что товарооборот по итогам года выйдет на 1,3 млрд долларов», — добавил вице-премьер.',
      ['trade_turnover 640000000 null actual', 'trade_turnover 1300000000 2011 forecast']],
    ['ru: «в этом году, по оценкам, выйдем на» a range', '2018-11-02',
      'Товарооборот в прошлом году составил 2,2 млрд долларов. По оценкам министерства, в этом году выйдем на 2,4-2,6 млрд.',
      ['trade_turnover 2200000000 2017 actual', 'trade_turnover 2400000000 2018 forecast']],
    ['ru: «рассчитывают по итогам года выйти на» (an expectation with the infinitive)', '2019-11-05',
      'Товарооборот за девять месяцев составил 1,9 млрд долларов. В министерстве экономики заявили, что рассчитывают по итогам года выйти на товарооборот не менее 2,5 млрд долларов.',
      ['trade_turnover 1900000000 2019-9M actual', 'trade_turnover 2500000000 2019 forecast']],
    ['negative: «рассчитывает выйти на» with a deadline year keeps a target', '2019-11-05',
      'Товарооборот за девять месяцев составил 1,9 млрд долларов. Правительство рассчитывает выйти на 3 млрд долларов к 2022 году.',
      ['trade_turnover 1900000000 2019-9M actual', 'trade_turnover 3000000000 2022 target']],
    ['negative: an aim\'s noun before it keeps a target', '2018-11-02',
      'Товарооборот в прошлом году составил 2,2 млрд долларов. Наша задача в том, чтобы в этом году мы вышли на 2,6 млрд.',
      ['trade_turnover 2200000000 2017 actual', 'trade_turnover 2600000000 2018 target']],
    ['negative: a word of aim before the future keeps a target', '2018-11-02',
      'Товарооборот в прошлом году составил 2,2 млрд долларов. План такой: в этом году мы выйдем на 2,6 млрд.',
      ['trade_turnover 2200000000 2017 actual', 'trade_turnover 2600000000 2018 target']],
    ['negative: a deadline year keeps a target', '2018-11-02',
      'Товарооборот в прошлом году составил 2,2 млрд долларов. К 2021 году мы выйдем на 3 млрд.',
      ['trade_turnover 2200000000 2017 actual', 'trade_turnover 3000000000 2021 target']],
    ['negative: hope governs its clause', '2018-11-02',
      'Товарооборот в прошлом году составил 2,2 млрд долларов. Надеемся, что в этом году мы выйдем на 2,6 млрд.',
      ['trade_turnover 2200000000 2017 actual', 'trade_turnover 2600000000 2018 target']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });
});

// «выйдем на уровень в …» with no subject after a sentence on another matter: a level of the turnover told before it.
describe('an aim told as a level goes on with the turnover told before an aside', () => {
  it.each([
    ['ru: «выйдем на уровень в» after a long sentence without a subject', '2016-04-07',
      'Объем торговли двух стран в 2015 году снизился на 9% и составил 1,4 миллиарда долларов. «Киргизия была и остается одним из наших самых надежных союзников в Центральной Азии. Надеемся, что в скором времени выйдем на уровень в 2 миллиарда долларов», — заявил министр.',
      ['trade_turnover_growth_pct -9 2015 actual', 'trade_turnover 1400000000 2015 actual', 'trade_turnover 2000000000 null target']],
    ['negative: a bare sum after the same aside stays no turnover', '2016-04-07',
      'Объем торговли двух стран в 2015 году снизился на 9% и составил 1,4 миллиарда долларов. «Киргизия была и остается одним из наших самых надежных союзников в Центральной Азии. Надеемся, что в скором времени выйдем на 2 миллиарда долларов», — заявил министр.',
      ['trade_turnover_growth_pct -9 2015 actual', 'trade_turnover 1400000000 2015 actual']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });
});

describe('isLevelNamed', () => {
  it.each([
    ['выйдем на уровень в ', true],
    ['выйти на уровень не менее ', true],
    ['to reach the level of $', true],
    ['выйдем на ', false],
    ['уровень жизни вырос на ', false],
  ])('%j', (window, want) => {
    expect(isLevelNamed(window)).toBe(want);
  });
});
