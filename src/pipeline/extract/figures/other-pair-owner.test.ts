import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import type { PersonDraft } from '../../types';
import { articleDate, figureLines } from './test-run';
import { extractFigures } from '../figures';

/** Every figure of `text` as `metric value period kind`, the people stage given `people` (a name, its country). */
function withPeople(text: string, date: string, people: [string, string][]): string[] {
  const { doc } = toDoc('t.txt', text);
  const drafts: PersonDraft[] = people.map(([name, country]) => {
    const start = doc.text.indexOf(name);
    return { id: name, nameRu: name, nameEn: name, country, textRoles: [], mentions: [{ start, end: start + name.length, text: name }], known: true };
  });
  return extractFigures(doc, articleDate(date), undefined, drafts).map((f) => [f.metric, f.value, f.period ?? 'null', f.kind].join(' '));
}

/** Whose turnover a figure is: the pair its own sentence names, not the article's topic. */
describe('another pair named in the figure\'s sentence', () => {
  it.each([
    ['«торговля Армении и Грузии» is another pair\'s', '2019-03-01',
      'По данным статистиков, в 2018 году торговля Армении и Грузии составила $1,1 млрд.',
      ['third_country_trade_turnover 1100000000 2018 actual']],
    ['«…, а торговля Таджикистана и Кыргызстана – …» after the pair\'s own', '2019-03-01',
      'Товарооборот Киргизии и России в 2018 году составил $2,5 млрд, а торговля Таджикистана и Кыргызстана – $80 млн.',
      ['trade_turnover 2500000000 2018 actual', 'third_country_trade_turnover 80000000 2018 actual']],
    ['«торговля Кыргызстана и России» stays the pair\'s own', '2019-03-01',
      'В 2018 году торговля Кыргызстана и России составила $2,5 млрд.',
      ['trade_turnover 2500000000 2018 actual']],
    ['«президент Таджикистана провел встречу с …: стороны договорились довести взаимный товарооборот»', '2019-03-01',
      'В Худжанде лидер Таджикистана провел встречу с премьером Киргизии: стороны договорились в течение трех лет довести взаимный товарооборот до $650 млн.',
      ['third_country_trade_turnover 650000000 null target']],
    ['en: "the Kazakh President … held talks with …; the sides agreed to lift bilateral trade"', '2019-03-01',
      'The Kazakh President, Ivan Orlov, held talks with his Kyrgyz counterpart, and the sides agreed to lift bilateral trade to $2 billion.',
      ['third_country_trade_turnover 2000000000 null target']],
    // Kept: the talks told in Kazakhstan are not Kazakhstan's side.
    ['«в Казахстане провел встречу» is a place, not a side', '2019-03-01',
      'Президент Киргизии в Казахстане провел встречу с российским коллегой: стороны договорились за пять лет довести взаимный товарооборот до $3,5 млрд.',
      ['trade_turnover 3500000000 null target']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date, false)).toEqual(want);
  });
});

describe('two leaders owning "their" trade, one of them a third country\'s', () => {
  it.each([
    ['en: a foreign president and a Kyrgyz one', 'Last autumn the Mongolian leader visited Bishkek. Battulga and Abdrakhmanov agreed to raise bilateral trade to $300 million.',
      [['Battulga', 'MN'], ['Abdrakhmanov', 'KG']] as [string, string][], ['third_country_trade_turnover 300000000 null target']],
    ['ru: «Петров и Абдрахманов … взаимный товарооборот» stays the pair\'s own', 'Петров и Абдрахманов договорились довести взаимный товарооборот до $4 млрд.',
      [['Петров', 'RU'], ['Абдрахманов', 'KG']] as [string, string][], ['trade_turnover 4000000000 null target']],
  ])('%s', (_name, text, people, want) => {
    expect(withPeople(text, '2019-03-01', people)).toEqual(want);
  });
});

/** The whole Russia's share was told of: the country's total, and what the sentence passes on is the pair's trade. */
describe('the whole a share of Russia is of', () => {
  it.each([
    ['«На Россию приходится 30% … торговли страны, которая составила …» is the total; the aim after it is the pair\'s', '2019-03-01',
      'На Россию приходится около 35% всей внешней торговли страны, которая по итогам прошлого года составила $6 млрд.\n\n«Мы ставим задачу за пять лет довести её до $5 млрд в год», – сказал вице-премьер.',
      ['total_foreign_trade_turnover 6000000000 2018 actual', 'trade_turnover 5000000000 annual target']],
    ['en: "Russia accounts for 30% of the country\'s foreign trade, which …" is the total', '2019-03-01',
      'Russia accounts for about 30 percent of the country\'s total foreign trade, which last year came to $7 billion.',
      ['total_foreign_trade_turnover 7000000000 2018 actual']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date, false)).toEqual(want);
  });
});

describe('a third country opening the sentence, the Kyrgyz side right after the sum: the third country\'s trade', () => {
  it.each([
    ['en: "Kazakhstan, by its figures, did … of business with Kyrgyzstan"', '2031-05-01',
      'Kyrgyz–Russian turnover hit $3.5 billion in 2030. Kazakhstan, by its figures, did $2 billion of business with Kyrgyzstan that year.',
      ['trade_turnover 3500000000 2030 actual', 'third_country_trade_turnover 2000000000 2030 actual']],
    ['en: "Uzbekistan did … of trade with Kyrgyzstan"', '2031-05-01',
      'Uzbekistan did $1.1 billion of trade with Kyrgyzstan in 2030.',
      ['third_country_trade_turnover 1100000000 2030 actual']],
    // Kept: Russia opening the sentence is the pair's own side.
    ['en: "Russia did … of trade with Kyrgyzstan" stays the pair\'s', '2031-05-01',
      'Russia did $3.2 billion of trade with Kyrgyzstan in 2030.',
      ['trade_turnover 3200000000 2030 actual']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date, false).filter((l) => l.includes('trade_turnover'))).toEqual(want);
  });
});
