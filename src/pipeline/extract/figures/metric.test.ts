import { describe, expect, it } from 'vitest';
import lexicon from '../../knowledge/figures-lexicon.json';
import { TRADE_CUE, turnoverName } from './metric';

describe('turnoverName: the rules asked only of a window with a word of trade (TRADE_CUE)', () => {
  it.each([
    // Each rule behind the cue, on a window that holds one.
    ['a sector before the trade word', 'Agricultural trade rose by ', 'sector_trade_turnover'],
    ['foreign trade as a whole', 'Внешнеторговый оборот Кыргызстана составил ', 'total_foreign_trade_turnover'],
    ['a city owning the trade', "The city's trade with Kyrgyzstan reached ", 'regional_trade_turnover'],
    ['a country that raised its trade', 'Казахстан нарастил торговлю с Киргизией до ', 'third_country_trade_turnover'],
    ['a pair owning their trade', 'Uzbekistan and Tajikistan agreed to raise their bilateral trade to ', 'third_country_trade_turnover'],
    ['a pair with a turnover', 'Казахстан и Узбекистан, с оборотом около ', 'third_country_trade_turnover'],
    ['a pair of adjectives', 'Uzbek-Kazakh trade reached ', 'third_country_trade_turnover'],
    ['a partner fronted', 'С Казахстаном, напротив, торговля выросла на ', 'third_country_trade_turnover'],
    ['a partner right before the trade word', 'Для сравнения, с Казахстаном оборот превышает ', 'third_country_trade_turnover'],
    ['trade between a region and a country', 'Trade between Sverdlovsk Region and Kyrgyzstan reached ', 'regional_trade_turnover'],
    ['an owner before «с»', 'Товарооборот Китая с Кыргызстаном составил ', 'third_country_trade_turnover'],
    ['a partner after the trade word', 'Trade with China reached ', 'third_country_trade_turnover'],
    ['the trade word in capitals', 'TRADE WITH CHINA reached ', 'third_country_trade_turnover'],
    ['the pair’s own trade', 'Товарооборот с Россией составил ', 'trade_turnover'],
    // Without a word of trade: the rules that need none still answer.
    ['no trade word: a bloc after «со»', ', в том числе со странами ЕАЭС – ', 'eaeu_trade_turnover'],
    ['no trade word: a country compared', 'The United States, by comparison, did about ', 'third_country_trade_turnover'],
    ['no trade word: the world as a partner', ', а со всем миром – ', 'world_trade_turnover'],
    ['no trade word: a partner named as the subject', 'China remained its largest partner with ', 'third_country_trade_turnover'],
    ['no trade word: the default', ' и составил ', 'trade_turnover'],
    ['no trade word: a country after «с»', ' и с Китаем – ', 'trade_turnover'],
  ])('%s', (_name, window, want) => {
    expect(turnoverName(window)).toBe(want);
  });

  it.each([
    ['товарооборот'],
    ['Торговля'],
    ['торгового оборота'],
    ['оборот'],
    ['trade'],
    ['Turnover'],
    ['commerce'],
    ['со всем миром'],
    ['with the world'],
    // «ᲂ» (U+1C82) is a narrow «о»: case-insensitive patterns take it for «о», and so does the cue.
    ['тᲂварооборот'],
  ])('the cue is in «%s»', (text) => {
    expect(TRADE_CUE.test(text)).toBe(true);
  });

  it.each([[' и составил '], [', что на '], [' last year to '], ['Trading partners']])('no cue in «%s»', (text) => {
    expect(TRADE_CUE.test(text)).toBe(false);
  });

  // Foreign trade is read from the lexicon: each of its phrases must hold the cue, or windows with it would skip the rule.
  it.each(lexicon.tradeScope.foreignTrade.map((p) => [p]))('the foreign-trade phrase «%s» holds the cue', (phrase) => {
    expect(TRADE_CUE.test(phrase)).toBe(true);
  });
});
