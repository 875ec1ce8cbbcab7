import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// «…отправится в Нарын, где посетит школу и побеседует с мэром города», "will fly on to Karakol, where the delegation
// will hold a meeting with the mayor": what a planned stop of the trip holds is the trip's programme, no event of its own.
describe('a «где» / "where" clause telling a stop’s programme', () => {
  it.each([
    ['ru: a factory and local business at the stop',
      'date: 2031-03-12\n\nМинистр Ахматов провёл переговоры с губернатором Тюменской области. Завтра министр отправится в Тобольск, где посетит нефтехимический комбинат и побеседует с представителями деловых кругов.',
      ['2031-03-12 past meeting «Министр Ахматов»', '2031-03-13 planned visit «Завтра министр»']],
    ['en: the city’s mayor at the stop',
      'date: 2031-03-12\n\nThe minister held talks with the Kyrgyz prime minister in Bishkek. Tomorrow the guests will fly to Karakol, where the minister will hold a meeting with the city mayor.',
      ['2031-03-12 past meeting «The minister»', '2031-03-13 planned visit «Tomorrow the»']],
    // Negative: a leader of the other side met at the place stays a meeting of its own.
    ['en: a prime minister met at the place stays a meeting',
      'date: 2031-03-12\n\nThe Kyrgyz prime minister will travel to the Russian capital next week, where he will hold talks with the Russian prime minister.',
      ['2031-03 planned visit «The Kyrgyz»', '2031-03 planned meeting «where he»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
