/** A participle in «-нут-», «-нят-» after a comma opens a background stretch (`backgroundClauses`), and an outcome «по итогам встречи» continues the talks, not the trip recalled in that stretch (`clause-links.ts`). Every text is invented. */
import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a trip recalled in a participle phrase is not the day of the talks', () => {
  it.each([
    ['ru: «договорённостей, достигнутых в ходе визита … в марте»',
      'date: 2031-09-12\n\nМинистр обсудил с российским коллегой выполнение договорённостей, достигнутых в ходе визита премьера в Бишкек в марте.',
      ['2031-09-12 past meeting «Министр обсудил»', '2031-03 past visit «достигнутых в»']],
    ['ru: «решений, принятых во время визита … в апреле»',
      'date: 2031-09-12\n\nМинистры обсудили исполнение решений, принятых во время визита президента в Москву в апреле.',
      ['2031-09-12 past meeting «Министры обсудили»', '2031-04 past visit «принятых во»']],
    ['ru: «По итогам встречи подписали» after it continues the talks',
      'date: 2031-09-12\n\nМинистр обсудил с российским коллегой выполнение договорённостей, достигнутых в ходе визита премьера в Бишкек в марте. По итогам встречи они подписали протокол о сотрудничестве.',
      ['2031-09-12 past meeting «Министр обсудил»', '2031-03 past visit «достигнутых в»', '2031-09-12 past agreement «По итогам»']],
    ['ru: the talks told first, the trip recalled after «Министры обсудили …»: «По итогам переговоров» continues the talks',
      'date: 2031-09-12\n\nВ понедельник в Москве состоялись переговоры министров иностранных дел России и Киргизии.\n\nМинистры обсудили ход выполнения договорённостей, достигнутых в ходе визита президента в Бишкек 3 марта, и подготовку к заседанию межправительственной комиссии.\n\nПо итогам переговоров министры подписали план консультаций.',
      ['2031-09-08 past meeting «В понедельник»', '2031-03-03 past visit «достигнутых в»', 'null planned igc_session «подготовку к»', '2031-09-08 past agreement «По итогам»']],
    // Negatives: «по итогам визита» continues the trip; an adjective in «-ых» after a comma opens nothing.
    ['ru: «По итогам того визита» continues the trip',
      'date: 2031-09-12\n\nПремьер посетил Бишкек в марте. По итогам визита стороны подписали протокол о сотрудничестве.',
      ['2031-03 past visit «Премьер посетил»', '2031-03 past agreement «По итогам»']],
    ['ru: «, богатых» is no participle',
      'date: 2031-09-12\n\nМинистры обсудили поставки в Бишкек в марте товаров, богатых витаминами.',
      ['2031-03 past meeting «Министры обсудили»']],
    ['ru: «переговоры …, начатые в 2029 году» keep their year',
      'date: 2031-09-12\n\nБишкек ведет переговоры о вступлении в союз России и Белоруссии, начатые в 2029 году.',
      ['2029 past other «Бишкек ведет»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
