import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { columnPeriod, inlinePartnerFigures, pairTableFigures, partnerListFigures, partnerTableFigures } from './partner-table';

/** `metric value period` of each figure read from the partner tables of `body`. */
function run(body: string): string[] {
  const { doc } = toDoc('t.txt', body);
  return partnerTableFigures(doc).map((f) => `${f.metric} ${f.unit === '%' ? f.value : Math.round(f.value)} ${f.period}`);
}

describe('partnerTableFigures', () => {
  it.each([
    ['columns of month ranges, an index column the growth of the latest, no header cell over the labels',
      'Таблица 2. Товарооборот по странам, млн. долларов США\n                 январь–июнь 2018   январь–июнь 2019   в % к 2018\nКазахстан             410,2              455,0             110,9\nРоссия                900,5              950,1             105,5\n',
      ['trade_turnover 900500000 2018-H1', 'trade_turnover 950100000 2019-H1', 'trade_turnover_growth_pct 5.5 2019-H1']],
    ['indicators by period under a line naming Russia: the turnover row, units in the header, an index column',
      'Торговля России и Кыргызстана.\nПоказатель | январь–март 2021 г., тыс. долл. США | январь–март 2020 г., тыс. долл. США | темп роста, %\nТоварооборот | 400 100,5 | 320 000,0 | 125,0\nЭкспорт | 300 000,0 | 250 000,0 | 120,0\nСальдо | 200 000,0 | 180 000,0 | —\n',
      ['trade_turnover 400100500 2021-Q1', 'trade_turnover 320000000 2020-Q1', 'trade_turnover_growth_pct 25 2021-Q1']],
    ['en: indicators by year, a change column with a sign',
      'Trade with Russia, $ million\n| Indicator | 2020 | 2021 | Change, % |\n| Trade turnover | 1,850.2 | 2,100.0 | +13.5 |\n| Exports | 300 | 350 | +16.7 |\n',
      ['trade_turnover 1850200000 2020', 'trade_turnover 2100000000 2021', 'trade_turnover_growth_pct 13.5 2021']],
    ['indicators by period with no Russia above: nothing',
      'Внешняя торговля Кыргызстана, млн долларов США\nПоказатель\t2020\t2021\nТоварооборот\t5 000\t6 000\n', []],
    ['en: pipes, year columns, a label header cell',
      'Trade turnover by partner, $ million\n| Country | 2019 | 2020 |\n| China | 700 | 650 |\n| Russian Federation | 2,100 | 1,800 |\n',
      ['trade_turnover 2100000000 2019', 'trade_turnover 1800000000 2020']],
    ['quarter columns', 'Товарооборот, тыс. долларов США\n\tI квартал 2020\tII квартал 2020\nРФ\t300 000\t280 000\n', ['trade_turnover 300000000 2020-Q1', 'trade_turnover 280000000 2020-Q2']],
    ['no turnover in the caption: nothing', 'Экспорт, млн долларов\n\t2019\t2020\nРоссия\t500\t450\n', []],
    ['roubles: nothing', 'Товарооборот, млн рублей\n\t2019\t2020\nРоссия\t500\t450\n', []],
    ['abbreviated months in the header; rows of exports to and imports from Russia are no rows of Russia',
      'Товарооборот Кыргызстана с Россией (млн долларов США)\nПоказатель | янв.–июнь 2022 | янв.–июнь 2023 | рост, %\nТоварооборот | 1 200,5 | 1 300,0 | 108,3\nЭкспорт в Россию | 200,0 | 210,0 | 105,0\nИмпорт из России | 1 000,5 | 1 090,0 | 108,9\n',
      ['trade_turnover 1200500000 2022-H1', 'trade_turnover 1300000000 2023-H1']],
    ['no Russia row: nothing', 'Товарооборот, млн долларов\n\t2019\t2020\nКитай\t500\t450\n', []],
    // The country's foreign trade by partner: Russia's row is the pair's own turnover.
    ['a caption of the country’s foreign trade by partner, an index column',
      'Таблица 4. Внешнеторговый оборот по странам-партнерам (млн. долларов США)\nСтрана | Январь–июнь 2030 г. | Январь–июнь 2031 г. | 2031 г. в % к 2030 г.\nТурция | 120,4 | 130,0 | 108,0\nРоссийская Федерация | 800,5 | 880,1 | 109,9\n',
      ['trade_turnover 800500000 2030-H1', 'trade_turnover 880100000 2031-H1', 'trade_turnover_growth_pct 9.9 2031-H1']],
  ])('%s', (_name, body, want) => {
    expect(run(body)).toEqual(want);
  });

  it.each([
    ['январь–сентябрь 2011', '2011-9M'],
    ['2019', '2019'],
    ['2019 г.', '2019'],
    ['в % к 2011', null],
    ['I квартал 2020', '2020-Q1'],
    ['январь–июнь 2018 г., тыс. долл. США', '2018-H1'],
    ['2019, $ million', '2019'],
  ])('columnPeriod(%s)', (header, want) => {
    expect(columnPeriod(header)).toBe(want);
  });
});

describe('partnerListFigures', () => {
  /** `metric value period` of each figure read from the partner lists of `body` (article of June 2023). */
  const list = (body: string) => partnerListFigures(toDoc('t.txt', body).doc, 2023, 6).map((f) => `${f.metric} ${Math.round(f.value)} ${f.period}`);
  it.each([
    ['ru: a heading with unit and period, lines with shares',
      'Крупнейшие торговые партнеры, тыс. долларов США (январь–март 2023 г.):\nКитай — 1 200 000,5 (40,1%)\nРоссия — 700 100,2 (23,4%)\nТурция — 100 000,0 (3,3%)\n',
      ['trade_turnover 700100200 2023-Q1']],
    ['en: a colon, millions, no share', 'Main trading partners in 2022, $ million:\nChina: 1,500.0\nRussian Federation: 2,100.5\n', ['trade_turnover 2100500000 2022']],
    ['a bullet list', 'Товарооборот по странам за январь–апрель 2023 года, млн долларов США\n• Казахстан — 400,0\n• Россия — 800,5\n', ['trade_turnover 800500000 2023-4M']],
    ['no unit in the heading: nothing', 'Основные партнеры в 2022 году:\nРоссия — 2 100\n', []],
    ['no trade in the heading: nothing', 'Денежные переводы в 2022 году, млн долларов США:\nРоссия — 2 100\n', []],
    ['a row of Russia with no list above it: nothing', 'Россия — 2 100\n', []],
  ])('%s', (_name, body, want) => {
    expect(list(body)).toEqual(want);
  });
});

describe('pairTableFigures', () => {
  /** `metric value period` of each figure read from the tables of pairs of `body` (article of August 2031). */
  const pairs = (body: string) => pairTableFigures(toDoc('t.txt', body).doc, 2031, 8).map((f) => `${f.metric} ${f.unit === '%' ? f.value : Math.round(f.value)} ${f.period}`);
  it.each([
    ['a caption with the unit and the base of an index; the row of the pair, either order',
      'Табл. 5. Товарооборот между парами государств, млн. долл. США (в % к январю–июню 2030 г.)\nАрмения – Беларусь | 88,4 | 93,2\nРоссия – Кыргызстан | 517,6 | 108,3\n',
      ['trade_turnover 517600000 2031-H1', 'trade_turnover_growth_pct 8.3 2031-H1']],
    ['the caption’s own period, no index', 'Trade by pairs of member states in 2030, US$ million\nKyrgyzstan – Russia | 2,950.4\n', ['trade_turnover 2950400000 2030']],
    ['another pair only: nothing', 'Таблица 2. Торговля по парам стран (млн. долларов США; в % к 2030 г.)\nКазахстан – Россия | 6 100,0 | 95,0\n', []],
    ['no unit in dollars: nothing', 'Таблица 2. Торговля по парам стран (млрд рублей; в % к 2030 г.)\nКыргызстан – Россия | 210,0 | 105,0\n', []],
  ])('%s', (_name, body, want) => {
    expect(pairs(body)).toEqual(want);
  });
});

describe('inlinePartnerFigures', () => {
  /** `metric value period` of each figure read from the one-line partner lists of `body` (article of August 2031). */
  const inline = (body: string) => inlinePartnerFigures(toDoc('t.txt', body).doc, 2031, 8).map((f) => `${f.metric} ${Math.round(f.value)} ${f.period} «${f.quote.text}»`);
  it.each([
    ['en: a heading with the period and unit, items parted by semicolons',
      'Leading partners, January-June 2031 (US$ million): Turkey 410.2; Russian Federation 1,302.6; India 95.0.\n',
      ['trade_turnover 1302600000 2031-H1 «Russian Federation 1,302.6»']],
    ['ru: dashes and a share in brackets',
      'Основные торговые партнеры за январь–март 2031 года, млн. долларов США: Турция – 210,4; Россия – 650,3 (22,4%); Индия – 48,0.\n',
      ['trade_turnover 650300000 2031-Q1 «Россия – 650,3 (22,4%)»']],
    ['no unit in dollars: nothing', 'Основные торговые партнеры за январь–март 2031 года, млрд сомов: Турция – 21,4; Россия – 65,3.\n', []],
    ['no period: nothing', 'Main trading partners (US$ million): Turkey 410.2; Russian Federation 1,302.6.\n', []],
    ['no word of trade or partners: nothing', 'Remittances, January-June 2031 (US$ million): Russian Federation 1,302.6; Turkey 40.2.\n', []],
  ])('%s', (_name, body, want) => {
    expect(inline(body)).toEqual(want);
  });
});
