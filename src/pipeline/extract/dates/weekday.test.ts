import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { chooseYear } from './constraints';
import { findBodyEventDate, findDayMonthByline } from './dateline';
import { dateMentions } from './mentions';
import { extractArticle } from '..';
import { weekdayNumber } from './lexicon';

describe('weekdayNumber', () => {
  it.each([
    ['Среда', 2],
    ['wednesday', 2],
    ['Пн', 0],
    ['Sun.', 6],
    ['Bishkek', null],
  ])('%s → %s', (word, want) => expect(weekdayNumber(word)).toBe(want));
});

describe('findDayMonthByline with a weekday or in a masthead', () => {
  it.each([
    ['dpa English Service · Central Asia\nWednesday, October 8\n\nNemtsov pledges help.', { month: 10, day: 8, weekday: 2 }],
    ['ДЕЛО №\nОбщественно-политический еженедельник · Среда, 2 августа · № 30\n\nПОЛИТИКА', { month: 8, day: 2, weekday: 2 }],
    ['Заголовок\n14 февраля\n\nТекст статьи.', { month: 2, day: 14, weekday: undefined }],
    ['НОВЫЕ ЛИЦА\nПолитика | Экономика\n\n21 января, четверг\n\nКамбарата без России', { month: 1, day: 21, weekday: 3 }],
    ['Weekly\nOctober 8, Wednesday\n\nNemtsov pledges help.', { month: 10, day: 8, weekday: 2 }],
    // "Posted on …", "Published on …": the label with its preposition.
    ['Ministers meet in Osh\n\nPosted on Thursday, March 14\n\nThe ministers met.', { month: 3, day: 14, weekday: 3 }],
    ['Ministers meet in Osh\nPublished on 14 March\n\nThe ministers met.', { month: 3, day: 14, weekday: undefined }],
    // The weekday after a dash, with the label: "March 14 — Posted on Thursday".
    ['Ministers meet in Osh\n\nMarch 14 — Posted on Thursday\n\nThe ministers met.', { month: 3, day: 14, weekday: 3 }],
    ['Ministers meet in Osh\n\n14 марта — опубликовано в четверг\n\nThe ministers met.', null],
    // A publication stamp with the update stamp after it on the same line: the publication's day.
    ['Новости\nОпубликовано 3 апреля. Обновлено 4 апреля\n\nТекст статьи.', { month: 4, day: 3, weekday: undefined }],
    ['Markets\nPublished June 9 | Updated June 10\n\nThe ministers met.', { month: 6, day: 9, weekday: undefined }],
    ['Заголовок\n21 января, в четверг прошла встреча\n\nТекст.', null],
    ['Заголовок\nЦена 2 мая · не указана, как и всё прочее в этой строке\n\nТекст.', null],
    // A masthead parted by asterisks.
    ['ГОРОДСКАЯ ГАЗЕТА * вторник, 9 мая * № 57\n\nЗАГОЛОВОК\n\nТекст статьи.', { month: 5, day: 9, weekday: 1 }],
    ['THE VALLEY HERALD * Friday, June 2 * No. 18\n\nHeadline\n\nText of the article.', { month: 6, day: 2, weekday: 4 }],
    ['Заголовок\n* пункт первый, 2 мая и далее\n\nТекст.', null],
  ])('%#', (text, want) => {
    const got = findDayMonthByline(toDoc('t.txt', text).doc);
    expect(got && { month: got.month, day: got.day, weekday: got.weekday }).toEqual(want);
  });
});

describe('chooseYear with a weekday', () => {
  const akaev = { kind: 'office' as const, terms: [{ from: '1990-10-27', to: '2005-04-04' }], evidence: 'Akaev president' };
  it.each([
    // 8 October was a Wednesday in 1997 and 2003 within Akaev's term, so offices and weekday alone leave two years …
    [[], [akaev], { month: 10, day: 8, weekday: 2 }, null, true],
    // … and a clue of another weekday's year is overruled, one of a fitting year decides.
    [[{ year: 1999, weight: 2, evidence: 'clue' }], [akaev], { month: 10, day: 8, weekday: 2 }, null, true],
    [[{ year: 2003, weight: 2, evidence: 'clue' }], [akaev], { month: 10, day: 8, weekday: 2 }, 2003, true],
    // 2 August was a Wednesday in 2000 (and 1995): with a term from 1997 only 2000 remains.
    [[{ year: 1999, weight: 2, evidence: 'clue' }], [akaev, { kind: 'office' as const, terms: [{ from: '1997-05-22', to: '2001-03-28' }], evidence: 'Sergeyev minister' }], { month: 8, day: 2, weekday: 2 }, 2000, true],
    // 14 November was a Tuesday in 1995, 2000 and 2006: Akaev's term to April 2005 leaves 1995 and 2000 …
    [[], [akaev], { month: 11, day: 14, weekday: 1 }, null, true],
    // … and a Monday 20 June only in 1994 within it, but over his fifteen years that one fit is chance: no year.
    [[], [akaev], { month: 6, day: 20, weekday: 0 }, null, true],
    // Within a term of a few years a weekday picks one year (a Monday 5 March: 2001 of 1998–2001).
    [[], [akaev, { kind: 'office' as const, terms: [{ from: '1997-05-22', to: '2001-03-28' }], evidence: 'Sergeyev minister' }], { month: 3, day: 5, weekday: 0 }, 2001, true],
    // A page that writes no year anywhere: the weekday no longer picks among the years the offices leave …
    [[], [akaev, { kind: 'office' as const, terms: [{ from: '1997-05-22', to: '2001-03-28' }], evidence: 'Sergeyev minister' }], { month: 3, day: 5, weekday: 0 }, null, false],
    // … but a term that holds the day-month in one year only still decides it, with the weekday or without.
    [[], [akaev, { kind: 'office' as const, terms: [{ from: '2000-01-10', to: '2000-12-20' }], evidence: 'a minister of one year' }], { month: 8, day: 2, weekday: 2 }, 2000, false],
    [[], [akaev, { kind: 'office' as const, terms: [{ from: '2000-01-10', to: '2000-12-20' }], evidence: 'a minister of one year' }], { month: 8, day: 2 }, 2000, false],
    // A clue of a fitting year still decides on such a page.
    [[{ year: 2003, weight: 2, evidence: 'clue' }], [akaev], { month: 10, day: 8, weekday: 2 }, 2003, false],
  ])('%#', (clues, ranges, monthDay, want, writesYear) => {
    expect(chooseYear(clues, ranges, monthDay, writesYear)?.year ?? null).toBe(want);
  });
});

describe('«прошлогодний» dates an event to the year before the article', () => {
  it.each([
    ['Он напомнил об итогах прошлогоднего государственного визита в Бишкек.', '2013-10-10', 'прошлогоднего 2012'],
    ['Итоги позапрошлогоднего саммита подвели в Москве.', '2013-10-10', 'позапрошлогоднего 2011'],
  ])('%s', (text, article, want) => {
    const got = dateMentions(toDoc('t.txt', text).doc, article).map((m) => `${m.text} ${m.date}`);
    expect(got).toContain(want);
  });
});

describe('a known event of the field told on the day of the dateline gives the year', () => {
  it.each([
    ['АСТАНА. 29 мая. ИНТЕРФАКС – Главы Казахстана, России и Белоруссии подписали сегодня в Астане договор о Евразийском экономическом союзе.', '2014-05-29'],
    ['МОСКВА, 11 июня. Вчера в Кремле президенты подписали Договор о дружбе, сотрудничестве и взаимной помощи.', '1992-06-11'],
    // On the fact's own day-month, an anniversary is marked, not the event told as news.
    ['МОСКВА, 10 июня. В Москве отметили годовщину подписания Договора о дружбе, сотрудничестве и взаимной помощи.', null],
    // A day kept every year (Victory Day) is marked on its day in any year: it gives none.
    ['OSH, May 9 (Wire) - Veterans attended the Victory Day parade on the central square of the city.', null],
    ['ОШ, 9 мая. Жители города прошли маршем Бессмертного полка, ветераны посетили парад в честь Дня Победы.', null],
  ])('%s', (text, want) => {
    expect(extractArticle(toDoc('t.txt', text).doc).date.date).toBe(want);
  });
});

describe('findBodyEventDate keeps a weekday told with the day-month', () => {
  it.each([
    ['Заголовок\n\nВ Бишкеке в пятницу, 14 октября, завершилось заседание комиссии.', { month: 10, day: 14, weekday: 4 }],
    ['Заголовок\n\nВо вторник, 3 марта, министры провели переговоры в Москве.', { month: 3, day: 3, weekday: 1 }],
    ['Headline\n\nThe two ministers met in Moscow on Wednesday, March 4, and signed a protocol.', { month: 3, day: 4, weekday: 2 }],
    ['Заголовок\n\nЗаседание комиссии завершилось 14 октября в Бишкеке.', { month: 10, day: 14, weekday: undefined }],
    // A weekday of another clause, not written with the date.
    ['Заголовок\n\nДелегация прилетела в пятницу, а переговоры прошли 14 октября.', { month: 10, day: 14, weekday: undefined }],
  ])('%#', (text, want) => {
    const got = findBodyEventDate(toDoc('t.txt', text).doc);
    expect(got && { month: got.month, day: got.day, weekday: got.weekday }).toEqual(want);
  });

  // Bakiyev was president 2005–2010; 14 October fell on a Friday in 2005 only of those years. On a page that
  // writes a year somewhere the body weekday narrows the years the offices leave; on one that writes none it does not.
  it.each([
    ['Переговоры в Бишкеке\n\nВ Бишкеке в пятницу, 14 октября, президент Киргизии Курманбек Бакиев провел переговоры с делегацией. Стороны вспомнили договор 1996 года.', '2005-10-14'],
    ['Переговоры в Бишкеке\n\nВ Бишкеке в пятницу, 14 октября, президент Киргизии Курманбек Бакиев провел переговоры с делегацией.', null],
  ])('the body weekday and the offices: %#', (text, want) => {
    expect(extractArticle(toDoc('t.txt', text).doc).date.date).toBe(want);
  });
});
