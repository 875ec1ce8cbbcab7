import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a gathering told, named again as the frame of other news, is no occasion of its own', () => {
  it.each([
    ['ru: «Главной политической новостью визита стало другое заявление»',
      'date: 2031-02-04\n\nВчера в Кремле президент России провел переговоры с президентом Киргизии. Главной политической новостью визита стало, впрочем, другое заявление.',
      ['2031-02-03 past meeting «Вчера в»']],
    ['en: "The main news of the visit was another statement"',
      'date: 2031-02-04\n\nYesterday the Russian president held talks with the Kyrgyz president in the Kremlin. The main news of the visit, however, was another statement.',
      ['2031-02-03 past meeting «Yesterday the»']],
    // Negative: the news told in the clause itself, and a visit that is itself the news.
    ['ru: «Сенсацией визита стало заявление …: Киргизия намерена …» tells the news',
      'date: 2031-02-04\n\nВчера в Кремле президент России провел переговоры с президентом Киргизии. Сенсацией визита стало заявление президента Киргизии на пресс-конференции: Киргизия намерена закрыть базу.',
      ['2031-02-03 past meeting «Вчера в»', 'null planned visit «Сенсацией визита»']],
    ['ru: «Новостью стал визит премьер-министра в Ош» tells a visit',
      'date: 2031-02-04\n\nВчера в Кремле президент России провел переговоры с президентом Киргизии. Новостью стал визит премьер-министра в Ош.',
      ['2031-02-03 past meeting «Вчера в»', '2031-02-03 past visit «Новостью стал»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
