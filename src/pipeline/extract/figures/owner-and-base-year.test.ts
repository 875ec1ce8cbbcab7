import { describe, expect, it } from 'vitest';
import { figureLines } from './test-run';
import { blocPartner } from './metric';
import { divergesBy } from './difference';

/** Whose trade a sum is, and of what period, in sentences of the sanctions years' trade news (every metric, not only the pair's). */
describe('the owner and the period of a sum', () => {
  it.each([
    // «объём взаимной торговли ЕАЭС»: the bloc's name in the genitive right after the trade word owns the trade.
    ['a bloc owning the trade word before it', '2023-10-21',
      'На совете обсудили объём взаимной торговли ЕАЭС, который достиг $60 млрд за девять месяцев.',
      ['eaeu_trade_turnover 60000000000 2023-9M actual']],
    ['negative: the pair named before keeps its own trade', '2023-10-21',
      'Товарооборот России и Киргизии в рамках ЕАЭС за девять месяцев вырос до $2,1 млрд.',
      ['trade_turnover 2100000000 2023-9M actual']],
    // "Kazakhstan's total trade": a country's trade with the world, not with Russia.
    ['en: a country\'s total trade', '2024-03-05',
      "Kazakhstan's total trade, meanwhile, grew to $140 billion, led by oil.",
      ['total_foreign_trade_turnover 140000000000 null actual']],
    ['negative: total trade between the two countries', '2024-03-05',
      'Total trade between the two countries rose to $3.6 billion last year.',
      ['trade_turnover 3600000000 2023 actual']],
    // «Россия и Армения … с оборотом около …»: a pair of two other parties named before «с оборотом».
    ['a third pair before «с оборотом»', '2025-02-20',
      'Товарооборот Кыргызстана с Россией вырос на 10%. Крупнее других остаются Россия и Армения с оборотом около $7 млрд.',
      ['trade_turnover_growth_pct 10 null actual', 'third_country_trade_turnover 7000000000 null actual']],
    // «… выйти на $5 млрд товарооборота в год в среднесрочной перспективе»: «в год» before a horizon is still a rate.
    ['«в год» before «в среднесрочной перспективе»', '2023-10-21',
      'Стороны ставят задачу выйти на $4 млрд товарооборота в год в среднесрочной перспективе.',
      ['trade_turnover 4000000000 annual target']],
    // «…, что на 9% больше, чем в 2022 году» told in 2024: the value is of the year between.
    ['a sum compared only with the year two years back', '2024-02-15',
      'Торговля Кыргызстана с Россией составила $3,3 млрд, что на 9% больше, чем в 2022 году.',
      ['trade_turnover 3300000000 2023 actual', 'trade_turnover_growth_pct 9 2023 actual']],
    ['negative: told in the year after the base, the period stays open', '2023-02-15',
      'Торговля Кыргызстана с Россией составила $3,3 млрд, что на 9% больше, чем в 2022 году.',
      ['trade_turnover 3300000000 null actual', 'trade_turnover_growth_pct 9 null actual']],
    ['negative: a period of its own wins', '2024-02-15',
      'За январь товарооборот составил $250 млн, что на 9% больше, чем в 2022 году.',
      ['trade_turnover 250000000 2024-01 actual', 'trade_turnover_growth_pct 9 2024-01 actual']],
    // «данные расходятся почти на $1 млрд»: the gap between two figures.
    ['the gap two sets of data diverge by', '2024-05-20',
      'Данные двух стран о товарообороте в 2023 году расходятся почти на $900 млн.',
      []],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date, false)).toEqual(want);
  });

  it.each([
    ['a bloc after «взаимной торговли»', 'обсуждался объем взаимной торговли ЕАЭС, составивший, по данным ЕЭК, около ', 'eaeu'],
    ['a bloc after «товарооборот»', 'Товарооборот СНГ за год вырос до ', 'cis'],
  ])('blocPartner: %s', (_name, window, want) => {
    expect(blocPartner(window)).toBe(want);
  });

  it.each([
    ['«расходятся почти на»', 'Данные двух стран расходятся почти на ', true],
    ['«разошлись на»', 'Оценки разошлись на ', true],
    ['"differ by nearly"', 'The two sets of figures differ by nearly ', true],
    ['negative: «выросла на»', 'Торговля выросла на ', false],
    ['negative: «расходы составили»', 'Расходы составили ', false],
  ])('divergesBy: %s', (_name, before, want) => {
    expect(divergesBy(before)).toBe(want);
  });
});
