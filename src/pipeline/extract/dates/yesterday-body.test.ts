/** «Вчера, 8 июля, …»: a body day-month told as yesterday dates the page to the next day (`findBodyEventDate`). Invented sentences. */
import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { findBodyEventDate } from './dateline';
import { extractArticle } from '..';

const dayOf = (text: string) => {
  const got = findBodyEventDate(toDoc('t.txt', `Заголовок\n\n${text}`).doc);
  return got ? `${got.month}-${got.day}${got.weekday === undefined ? '' : ` w${got.weekday}`}` : null;
};

describe('a day-month told as yesterday', () => {
  it.each([
    ['ru: «Вчера, 14 марта, …» is the 15th', 'Вчера, 14 марта, в Оше открылась ярмарка.', '3-15'],
    ['en: "Yesterday, May 30, …" is the 31st', 'Yesterday, May 30, the fair opened in Osh.', '5-31'],
    ['ru: the last day of a month is followed by the first of the next', 'Вчера, 30 сентября, в Оше открылась ярмарка.', '10-1'],
    ['ru: a weekday between moves with the day', 'Вчера, во вторник, 14 марта, в Оше открылась ярмарка.', '3-15 w2'],
    // Kept: a day without «вчера», and days whose next depends on the untold year.
    ['ru: no «вчера»: the day told', 'В Оше 14 марта открылась ярмарка.', '3-14'],
    ['ru: after 28 February the day is not read', 'Вчера, 28 февраля, в Оше открылась ярмарка.', null],
    ['ru: after 31 December the day is not read', 'Вчера, 31 декабря, в Оше открылась ярмарка.', null],
  ])('%s', (_name, text, want) => {
    expect(dayOf(text)).toBe(want);
  });

  it('the article is of the day after, in the year its figures tell', () => {
    const text = 'Ярмарка в Оше\n\nВчера, 14 марта, в Оше открылась ярмарка «Ош-2031». Товарооборот области с соседями в 2030 году вырос на 5% и составил 20 млн долларов.';
    expect(extractArticle(toDoc('t.txt', text).doc).date.date).toBe('2031-03-15');
  });
});
