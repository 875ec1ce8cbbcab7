/** «Вчера, 14 марта, …»: a body day-month told as yesterday dates the page to the next day (`findBodyEventDate`). Invented sentences. */
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
    ['ru: «Вчера, 14 марта, …» is the 15th', 'Вчера, 14 марта, депутаты горкенеша Оша завершили весеннюю сессию.', '3-15'],
    ['en: "Yesterday, May 30, …" is the 31st', 'Yesterday, May 30, Osh city councillors closed their spring session.', '5-31'],
    ['ru: the last day of a month is followed by the first of the next', 'Вчера, 30 сентября, депутаты горкенеша Оша завершили осеннюю сессию.', '10-1'],
    ['ru: a weekday between moves with the day', 'Вчера, во вторник, 14 марта, депутаты горкенеша Оша завершили весеннюю сессию.', '3-15 w2'],
    // Kept: a day without «вчера», and days whose next depends on the untold year.
    ['ru: no «вчера»: the day told', 'Депутаты горкенеша Оша 14 марта завершили весеннюю сессию.', '3-14'],
    ['ru: after 28 February the day is not read', 'Вчера, 28 февраля, депутаты горкенеша Оша завершили зимнюю сессию.', null],
    ['ru: after 31 December the day is not read', 'Вчера, 31 декабря, депутаты горкенеша Оша завершили зимнюю сессию.', null],
  ])('%s', (_name, text, want) => {
    expect(dayOf(text)).toBe(want);
  });

  it('the article is of the day after, in the year its figures tell', () => {
    const text = 'Сессия в Оше\n\nВчера, 14 марта, депутаты горкенеша Оша завершили весеннюю сессию. По итогам 2030 года доходы городского бюджета составили 4 млрд сомов.';
    expect(extractArticle(toDoc('t.txt', text).doc).date.date).toBe('2031-03-15');
  });
});
