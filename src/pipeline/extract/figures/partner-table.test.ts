import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { columnPeriod, partnerTableFigures } from './partner-table';

/** `metric value period` of each figure read from the partner tables of `body`. */
function run(body: string): string[] {
  const { doc } = toDoc('t.txt', body);
  return partnerTableFigures(doc).map((f) => `${f.metric} ${Math.round(f.value)} ${f.period}`);
}

describe('partnerTableFigures', () => {
  it.each([
    ['columns of month ranges, an index column skipped, no header cell over the labels',
      'Таблица 2. Товарооборот по странам, млн. долларов США\n                 январь–июнь 2018   январь–июнь 2019   в % к 2018\nКазахстан             410,2              455,0             110,9\nРоссия                900,5              950,1             105,5\n',
      ['trade_turnover 900500000 2018-6M', 'trade_turnover 950100000 2019-6M']],
    ['en: pipes, year columns, a label header cell',
      'Trade turnover by partner, $ million\n| Country | 2019 | 2020 |\n| China | 700 | 650 |\n| Russian Federation | 2,100 | 1,800 |\n',
      ['trade_turnover 2100000000 2019', 'trade_turnover 1800000000 2020']],
    ['quarter columns', 'Товарооборот, тыс. долларов США\n\tI квартал 2020\tII квартал 2020\nРФ\t300 000\t280 000\n', ['trade_turnover 300000000 2020-Q1', 'trade_turnover 280000000 2020-Q2']],
    ['no turnover in the caption: nothing', 'Экспорт, млн долларов\n\t2019\t2020\nРоссия\t500\t450\n', []],
    ['roubles: nothing', 'Товарооборот, млн рублей\n\t2019\t2020\nРоссия\t500\t450\n', []],
    ['no Russia row: nothing', 'Товарооборот, млн долларов\n\t2019\t2020\nКитай\t500\t450\n', []],
  ])('%s', (_name, body, want) => {
    expect(run(body)).toEqual(want);
  });

  it.each([
    ['январь–сентябрь 2011', '2011-9M'],
    ['2019', '2019'],
    ['2019 г.', '2019'],
    ['в % к 2011', null],
    ['I квартал 2020', '2020-Q1'],
  ])('columnPeriod(%s)', (header, want) => {
    expect(columnPeriod(header)).toBe(want);
  });
});
