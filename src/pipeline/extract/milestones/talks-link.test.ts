import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// «По итогам переговоров …» after a trip told as the previous one: the talks of the page are the occasion, not the
// trip recalled. «Также стороны обсудили …» after an event of another kind told in between: the talks are continued.
describe('what the outcome and the discussion of talks continue', () => {
  it.each([
    ['ru: the previous visit told between the talks and their outcome',
      'date: 2021-05-13\n\nПремьер-министры Иван Орлов и Канат Беков провели вчера переговоры в Оше. Предыдущий визит главы российского правительства в страну был в 2015 году. По итогам переговоров премьеры подписали соглашение о поставках зерна.',
      ['2021-05-12 past meeting «Премьер-министры Иван»', '2015 past visit «Предыдущий визит»', '2021-05-12 past agreement «По итогам»']],
    ['en: "the previous visit" between the talks and "Following the talks"',
      'date: 2021-05-13\n\nThe prime ministers Ivan Orlov and Kanat Bekov held talks in Osh yesterday. The previous visit of the Russian premier to the country took place in 2015. Following the talks, the sides signed an agreement on grain supplies.',
      ['2021-05-12 past meeting «The prime»', '2015 past visit «The previous»', '2021-05-12 past agreement «Following the»']],
    ['ru: a discussion after an event of another kind told in between is the talks again',
      'date: 2021-05-13\n\nПрезиденты Иван Орлов и Канат Беков провели вчера переговоры в Оше. Товарооборот за прошлый год составил $1,2 млрд. Экспорт вырос на 5 процентов. Импорт сократился на 3 процента. Дипломатические отношения между странами были установлены 3 июня 1993 года. Президенты обсудили также работу зернового терминала.',
      ['2021-05-12 past meeting «Президенты Иван»', '1993-06-03 past other «Дипломатические отношения»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});
