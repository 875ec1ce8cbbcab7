import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// Aid goods told by a participle or a passive of delivery with where they went ('the vaccines delivered to the republic
// last month'): a delivery, counted only with a date of its own — also as what someone thanks for. Every text is invented.
describe('aid goods delivered, told by a participle or a passive', () => {
  it.each([
    ['en: thanks for the vaccines delivered last month',
      'date: 2031-04-03\n\nOleg Sidorov had a telephone conversation with President of Kyrgyzstan Temir Osmonov.\n\nThe President of Kyrgyzstan expressed gratitude for the Russian vaccines delivered to the republic last month.',
      ['2031-04-03 past meeting «Oleg Sidorov»', '2031-03 past other «The President»']],
    ['ru: «тест-системы, поставленные в республику в марте»',
      'date: 2031-04-03\n\nОлег Сидоров провел телефонный разговор с президентом Киргизии Темиром Осмоновым.\n\nПрезидент Киргизии поблагодарил за тест-системы, поставленные в республику в марте.',
      ['2031-04-03 past meeting «Олег Сидоров»', '2031-03 past other «Президент Киргизии»']],
    // Goods still to come, told by "will receive" / "would receive" with a date of their own.
    ['en: "would receive additional drones … next year"',
      'date: 2031-04-03\n\nThe defence minister said the garrison near Osh would receive more drones and radar systems next year.',
      ['2032 planned other «The defence»']],
    ['en: "will receive 50,000 tonnes of … this year"',
      'date: 2031-04-03\n\nThe cabinet said the republic will receive 50,000 tonnes of Russian seed grain this year at domestic prices.',
      ['2031 planned other «The cabinet»']],
    ['en: "would receive new equipment", undated, is no delivery',
      'date: 2031-04-03\n\nThe minister said the air base would receive new equipment.',
      []],
    // Negative: no date of its own.
    ['en: thanks for the vaccines delivered, undated',
      'date: 2031-04-03\n\nOleg Sidorov had a telephone conversation with President of Kyrgyzstan Temir Osmonov.\n\nThe President of Kyrgyzstan expressed gratitude for the Russian vaccines delivered to the republic.',
      ['2031-04-03 past meeting «Oleg Sidorov»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
