import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// «Переговоры прошли в Доме правительства», "The talks were held at the regional administration": talks already told,
// told again only by their venue.
describe('talks told again by their venue', () => {
  it.each([
    ['ru: a meeting, then «Переговоры прошли в …»',
      'date: 2033-04-02\n\nГубернатор Оренбургской области провёл встречу с министром сельского хозяйства Киргизии. Переговоры прошли в Доме советов.',
      ['2033-04-02 past meeting «Губернатор Оренбургской»']],
    ['en: a meeting, then "The talks were held at …"',
      'date: 2033-04-02\n\nThe Orenburg governor met the Kyrgyz agriculture minister. The talks were held at the regional administration.',
      ['2033-04-02 past meeting «The Orenburg»']],
    // Negative: with no meeting told before, the talks and their venue are the meeting.
    ['ru: an arrival, then «Переговоры прошли в …»',
      'date: 2033-04-02\n\nМинистр сельского хозяйства Киргизии прибыл в Оренбург. Переговоры прошли в Доме советов.',
      ['2033-04-02 past visit «Министр сельского»', '2033-04-02 past meeting «Переговоры прошли»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
