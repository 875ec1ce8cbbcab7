import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// «в прошлом» recalls an event only on its own ('in the past'); «в прошлом году» names a period, of a figure, say, and the
// talks the words were said after are the article's own.
describe('«в прошлом году» of a figure does not make the talks told beside it recalled', () => {
  it.each([
    ['ru: a figure of last year said after talks', 'date: 2016-05-12\n\nОШ, 12 мая. Взаимная торговля двух стран в прошлом году сократилась на 4% и составила 1,6 млрд долларов, сообщил глава кабмина РФ по итогам переговоров в Оше.',
      ['2016-05-12 past meeting «Взаимная торговля»']],
    ['ru: «в прошлом» alone still recalls an event', 'date: 2016-05-12\n\nОШ, 12 мая. В прошлом министры не раз проводили переговоры в Оше.',
      ['null past meeting «В прошлом»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
