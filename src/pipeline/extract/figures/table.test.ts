import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { mayHoldTable, rowPeriod, TABLE_GATE, tableFigures } from './table';

/** `metric value period «row»` of each figure read from the tables of `body`. */
function run(body: string, articleDate: string | null): string[] {
  const { doc } = toDoc('t.txt', body);
  return tableFigures(doc, articleDate).map((f) => `${f.metric} ${f.unit === '%' ? f.value : Math.round(f.value)} ${f.period} «${f.quote.text.split(/\s/)[0]}»`);
}

describe('tableFigures', () => {
  it.each([
    ['a monthly table in thousands of dollars, year from the line above',
      'Торговля Кыргызстана с Россией в 2023 году.\nДинамика, тыс. долларов США\nМесяц\tЭкспорт\tИмпорт\tТоварооборот\nЯнварь\t10 000,5\t20 000,0\t30 000,5\nФевраль\t11 000,0\t21 000,0\t32 000,0\n',
      '2024-02-01', ['trade_turnover 30000500 2023-01 «Январь»', 'trade_turnover 32000000 2023-02 «Февраль»']],
    ['en: pipes, millions, a cumulative and a quarter row, a total row skipped',
      'Kyrgyz-Russian trade, $ million\n| Period | Exports | Imports | Turnover |\n| Jan-Mar | 120.5 | 300.1 | 420.6 |\n| Q2 | 130 | 310 | 440 |\n| Total | 250.5 | 610.1 | 860.6 |\n',
      '2022-08-10', ['trade_turnover 420600000 2022-Q1 «|»', 'trade_turnover 440000000 2022-Q2 «|»']],
    ['en: year rows and month-range rows, thousands with commas, a change column with signs, an empty cell',
      'Kyrgyz-Russian trade, US$ million\nPeriod | Exports | Imports | Turnover | Change y-o-y, %\n2021 | 400.5 | 1,700.0 | 2,100.5 | +8.0\nJan–Jun 2022 | 210.0 | 900.1 | 1,110.1 | −2.5\nMay 2022 | 40.0 | 150.0 | 190.0 | n/a\n',
      '2022-08-10', ['trade_turnover_growth_pct 8 2021 «2021»', 'trade_turnover 2100500000 2021 «2021»', 'trade_turnover_growth_pct -2.5 2022-H1 «Jan–Jun»', 'trade_turnover 1110100000 2022-H1 «Jan–Jun»', 'trade_turnover 190000000 2022-05 «May»']],
    ['an index column: growth is the index less 100',
      'Товарооборот с Россией, млн долларов США\nПериод\tЭкспорт\tИмпорт\tТоварооборот\tтемп роста, %\n2020\t300,0\t1 500,0\t1 800,0\t92,4\n',
      '2021-03-01', ['trade_turnover_growth_pct -7.6 2020 «2020»', 'trade_turnover 1800000000 2020 «2020»']],
    ['no year above: a month after the article month is last year’s',
      'Товарооборот, млн долларов\nМесяц  Экспорт  Импорт  Товарооборот\nНоябрь  50  70  120\nЯнварь  40  60  100\n',
      '2021-02-15', ['trade_turnover 120000000 2020-11 «Ноябрь»', 'trade_turnover 100000000 2021-01 «Январь»']],
    ['a table of a region is regional turnover',
      'Товарооборот Новосибирской области с Кыргызстаном в 2023 году, тыс. долларов\nМесяц\tЭкспорт\tИмпорт\tТоварооборот\nМарт\t1 000\t2 000\t3 000\n',
      '2024-01-10', ['regional_trade_turnover 3000000 2023-03 «Март»']],
    ['a caption naming Russia names the table, not a bloc told in the paragraph before',
      'The bank reviews trade with EAEU partners.\nKyrgyzstan–Russia trade, US$ million\nPeriod | Exports | Imports | Turnover\nQ1 2023 | 100 | 500 | 600\n',
      '2023-06-01', ['trade_turnover 600000000 2023-Q1 «Q1»']],
    ['ru: the caption from its last word of trade on, after a bloc',
      'По данным статистики взаимной торговли со странами ЕАЭС, товарооборот России с Киргизией вырос, млн долларов США:\nМесяц\tЭкспорт\tИмпорт\tТоварооборот\nМарт 2022\t100\t50\t150\n',
      '2022-06-01', ['trade_turnover 150000000 2022-03 «Март»']],
    ['a caption of the bloc stays the bloc', 'Взаимная торговля стран ЕАЭС, млн долларов США\nМесяц\tЭкспорт\tИмпорт\tТоварооборот\nМарт 2022\t100\t50\t150\n',
      '2022-06-01', ['eaeu_trade_turnover 150000000 2022-03 «Март»']],
    ['no unit: no figures', 'Месяц\tЭкспорт\tИмпорт\tТоварооборот\nМарт\t1 000\t2 000\t3 000\n', '2024-01-10', []],
    ['roubles are not reported', 'Товарооборот, млн рублей\nМесяц\tЭкспорт\tИмпорт\tТоварооборот\nМарт\t1 000\t2 000\t3 000\n', '2024-01-10', []],
    ['no turnover column: no figures', 'Данные, тыс. долларов\nМесяц\tЭкспорт\tИмпорт\nМарт\t1 000\t2 000\n', '2024-01-10', []],
    ['prose with a tab is no table', 'Товарооборот\tвырос на 10%, тыс. долларов.\nЯнварь\tбыл хорошим.\n', '2024-01-10', []],
  ])('%s', (_name, body, date, want) => {
    expect(run(body, date)).toEqual(want);
  });

  it.each([
    ['Март', '03'],
    ['March', '03'],
    ['Sept.', '09'],
    ['январь–июль', '7M'],
    ['янв.–июль 2023', '7M'],
    ['янв.–сент.', '9M'],
    ['дек.', '12'],
    ['January-June 2024', 'H1'],
    ['январь–март', 'Q1'],
    ['январь–апрель', '4M'],
    ['2024', ''],
    ['2024 г.', ''],
    ['II квартал', 'Q2'],
    ['Q4', 'Q4'],
    ['март–май', null],
    ['Итого', null],
  ] as const)('row label «%s» → %s', (label, suffix) => {
    expect(rowPeriod(label)?.suffix ?? null).toBe(suffix);
  });

  it.each([
    ['Месяц\tЭкспорт', true],
    ['| Q2 | 130 |', true],
    ['Март  50  70', true],
    ['Товарооборот вырос на 10%.', false],
    ['a pipe|without spaces', false],
    ['ends with a tab\t', false],
    ['two  ', false],
    ['line one\n| 2 |', true],
  ] as const)('mayHoldTable(%j) → %s, as TABLE_GATE', (text, want) => {
    expect(mayHoldTable(text)).toBe(want);
    expect(TABLE_GATE.test(text)).toBe(want);
  });
});
