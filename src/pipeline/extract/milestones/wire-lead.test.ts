import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe("a wire lead's pledge over the talks the body tells is those talks told again", () => {
  it.each([
    ['ru: «ИНТЕРФАКС - Россия предоставит …» over talks of the day',
      'date: 2031-03-04\n\nИНТЕРФАКС - Россия предоставит Таджикистану заём на $250 млн под низкий процент\n\nПремьер-министры провели переговоры во вторник в Москве.',
      ['2031-03-04 past meeting «Премьер-министры провели»']],
    ['en: "MOSCOW, March 4 (Agency) - Russia will grant …" over talks of the day',
      'date: 2031-03-04\n\nMOSCOW, March 4 (Wire) - Russia will grant Kyrgyzstan a $400 million loan on soft terms\n\nThe prime ministers held talks in Moscow on Tuesday.',
      ['2031-03-04 past meeting «The prime»']],
    // Negative: with no talks told, the lead is the only telling of the pledge.
    ['ru: the lead alone',
      'date: 2031-03-04\n\nИНТЕРФАКС - Россия предоставит Таджикистану заём на $250 млн под низкий процент',
      ['null planned other «ИНТЕРФАКС -»']],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
