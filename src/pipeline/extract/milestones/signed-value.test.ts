import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// The value of the agreements signed is a figure about documents already told, no signing of its own.
describe('the value of the signed agreements: no event', () => {
  it.each([
    ['ru: «общая стоимость подписанных соглашений превышает …»',
      'date: 2031-01-21\n\nПо итогам переговоров подписаны восемь документов. Общая стоимость подписанных инвестиционных соглашений, по словам министра, превышает 2 млрд долларов.',
      ['2031-01-21 past agreement «По итогам»']],
    ['en: "the total value of the deals signed"',
      'date: 2031-01-21\n\nEight documents were signed after the talks. The total value of the investment deals signed exceeds $2 billion, the minister said.',
      ['2031-01-21 past agreement «Eight documents»']],
    ['negative: a signing told with its sum stays', 'date: 2031-01-21\n\nСтороны подписали соглашения на сумму 2 млрд долларов.',
      ['2031-01-21 past agreement «Стороны подписали»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
