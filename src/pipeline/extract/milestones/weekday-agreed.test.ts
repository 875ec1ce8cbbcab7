import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

/** A weekday right before a past verb of agreeing dates the agreeing, past whatever was agreed to do later. */
describe('a weekday before «договорились» / "agreed"', () => {
  it.each([
    ['ru: «в ходе телефонного разговора во вторник договорились провести»',
      'date: 2031-10-17\n\nМэры двух городов в ходе телефонного разговора во вторник договорились провести в феврале совместную ярмарку.',
      ['2031-10-14 past meeting «Мэры двух»']],
    ['en: "in a phone call on Monday agreed to hold"',
      'date: 2031-10-17\n\nThe ministers in a phone call on Monday agreed to hold a transport forum in January.',
      ['2031-10-13 past meeting «The ministers»']],
    // Negative: a weekday before a future verb looks forward.
    ['ru: «в понедельник проведут переговоры»',
      'date: 2031-10-17\n\nМинистры в понедельник проведут переговоры.',
      ['2031-10-20 planned meeting «Министры в»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
