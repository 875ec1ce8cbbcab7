/**
 * Forms of a page's own date read since 4 December: a day-first date in the address, a country in brackets after
 * a dateline's place, a publication label before a numeric or a yearless date, an English ordinal day in a lead
 * that reports the event, and an institution's jubilee counted from its founding. Every text is invented.
 */
import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { extractArticleDate } from '../dates';
import type { DateKnowledge } from './context';
import { dateFromUrl } from './url';

const KB: DateKnowledge = {
  outlets: [{ name: 'РИА Новости', nameEn: 'RIA Novosti', aliases: ['РИА Новости'], domains: ['ria.ru'] }],
  facts: [
    { id: 'relations', date: '1992-03-20', keywords: ['дипломатических отношений', 'diplomatic relations'] },
    { id: 'academy', date: '1996', keywords: ['Горная академия', 'Mountain Academy'] },
  ],
  officials: [],
  places: [],
};

const doc = (text: string, source?: string) => toDoc('t.txt', source ? `source: ${source}\n\n${text}` : text).doc;

describe('a day-first date in the address', () => {
  it.each([
    ['/news/Pages/14-09-2016-2.aspx', '2016-09-14'],
    ['/press/03-11-2019/', '2019-11-03'],
    ['/news_27-02-2021.html', '2021-02-27'],
    ['/economics/21/04/2015/5a1b2c3d4e', '2015-04-21'],
    ['/politics/05/11/2013/', '2013-11-05'],
    // Not a day-first date: a month of 13, a slug number run into the day.
    ['/news/14-13-2016.html', null],
    ['/article-123-05-2019', null],
    ['/photo/123/05/2019/', null],
    ['/news/21/13/2015/', null],
  ])('%s → %s', (path, want) => {
    const u = dateFromUrl(`https://example.org${path}`);
    expect(u && u.day ? `${u.year}-${String(u.month).padStart(2, '0')}-${String(u.day).padStart(2, '0')}` : null).toBe(want);
  });

  it('dates a page with no date in its text', () => {
    const d = extractArticleDate(doc('Commission news\n\nThe commission discussed customs rules.', 'http://www.commission.example/news/Pages/14-09-2016-2.aspx'), [], KB);
    expect(d.date).toBe('2016-09-14');
  });
});

describe('a year and an English month name as folders of the address', () => {
  it.each([
    ['/press/news/2019/march/article477215/', '2019-03'],
    ['/news/2021/Oct/item-12/', '2021-10'],
    ['/archive/2016/september/', '2016-09'],
    // Not a month folder: a word that only begins like one, a month name in a slug.
    ['/news/2019/marching-band/', null],
    ['/news/2019-may-day-parade', null],
  ])('%s → %s', (path, want) => {
    const u = dateFromUrl(`https://example.org${path}`);
    expect(u && u.month ? `${u.year}-${String(u.month).padStart(2, '0')}` : null).toBe(want);
  });

  it('dates a page whose text tells only «Сегодня» to the month of its address', () => {
    const d = extractArticleDate(doc('Компания подписала соглашение\n\nСегодня в Бишкеке стороны подписали соглашение о поставках.', 'https://www.company.example/press/news/2019/march/article477215/'), [], KB);
    expect(d.date).toBe('2019-03');
  });
});

describe('a year-first date after a colon in the address', () => {
  it.each([
    ['/stories:2017/09/03/bridge-opened', '2017-09-03'],
    ['/ru/article:2021/11/30/', '2021-11-30'],
    // Not a date: a page number before the colon, a month of 13.
    ['/item:2017/13/03/', null],
    ['/page:12017/09/03/', null],
  ])('%s → %s', (path, want) => {
    const u = dateFromUrl(`https://example.org${path}`);
    expect(u && u.day ? `${u.year}-${String(u.month).padStart(2, '0')}-${String(u.day).padStart(2, '0')}` : null).toBe(want);
  });

  it('gives the year to a live page whose head tells only a weekday and a day', () => {
    const d = extractArticleDate(doc('LIVE: ministers in Osh\nFriday, September 3. Live updates, newest first.\n\n14:10\nThe ministers opened a new bridge.', 'https://example.org/stories:2017/09/03/live-ministers-osh'), [], KB);
    expect(d.date).toBe('2017-09-03');
  });
});

describe('page date lines', () => {
  it.each([
    ['ru: a country in brackets after the dateline place, the year from the address',
      'ОШ (Киргизия), 5 мая. /Корр. РИА "Новости" Иван Петров/. Министры осмотрели стройку.', 'http://www.ria.ru/economy/20080505/1234.html', '2008-05-05'],
    ['en: a country in brackets after the dateline place',
      'NARYN (Kyrgyzstan), June 3. The envoy opened the school.', 'https://example.org/2011/06/03/school', '2011-06-03'],
    ['ru: «Дата публикации:» before a numeric date with a time',
      'Дата публикации: 14/03/12 10:05\nАвтор: Иван Петров\n\nМинистры встретились в Оше.', undefined, '2012-03-14'],
    ['ru: «Опубликовано:» before a day-month alone, the year from an anniversary',
      'Посольство\n\nОпубликовано: 20 марта\n\nВ эти дни исполняется 25 лет со дня установления дипломатических отношений.', undefined, '2017-03-20'],
    ['en: "Published:" before a day-month alone, the year from an anniversary',
      'Embassy news\n\nPublished: 20 March\n\nThis week marks the 30th anniversary of diplomatic relations.', undefined, '2022-03-20'],
    ['en: "On the 15th of May" opening a lead that reports the event, the year from an anniversary',
      'Consultations held\n\nOn the 15th of May, consultations of the two ministries were held in Osh. The sides marked the 30th anniversary of diplomatic relations.', undefined, '2022-05-15'],
    ['en: "On the 15th of May" planned is no page date',
      'Consultations ahead\n\nOn the 15th of May, consultations of the two ministries will be held in Osh. The sides will mark the 30th anniversary of diplomatic relations.', undefined, '2022'],
    ['ru: the jubilee of an institution counted from its founding',
      'БИШКЕК, 12 октября. Горная академия отмечает 20-летие. Торжественное собрание прошло в театре.', undefined, '2016-10-12'],
  ])('%s', (_name, text, source, want) => {
    expect(extractArticleDate(doc(text, source), [], KB).date).toBe(want);
  });
});
