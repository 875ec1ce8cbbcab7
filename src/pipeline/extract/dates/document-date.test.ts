/**
 * The own date of an official document printed as the page (a law's signing block, an act's «от … № …» line, a
 * treaty's closing clause), and a release line without a year over a sentence that dates an earlier event. Every
 * text is invented.
 */
import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { extractArticleDate } from '../dates';
import type { DateKnowledge } from './context';
import { findDocumentDateLine } from './document-date';

const KB: DateKnowledge = {
  outlets: [],
  facts: [{ id: 'relations', date: '1992-03-20', keywords: ['дипломатических отношений', 'diplomatic relations'] }],
  officials: [],
  places: [],
};

const doc = (text: string) => toDoc('t.txt', text).doc;

describe('the document’s own date', () => {
  it.each([
    // A federal law's signing block: place, date, number on lines of their own.
    ['ФЕДЕРАЛЬНЫЙ ЗАКОН\n\nО ратификации Протокола\n\nПринят Государственной Думой 4 июня 2015 года\n\nРатифицировать Протокол, подписанный в городе Москве 1 декабря 2014 года.\n\nПрезидент Российской Федерации\nМосква, Кремль\n17 июня 2015 года\nN 151-ФЗ', '2015-06-17'],
    // An act's date with its number on one line, after its place.
    ['ПОСТАНОВЛЕНИЕ\n\nг. Бишкек, от 9 октября 2019 года № 533\n\nОб одобрении проекта Соглашения', '2019-10-09'],
    ['УКАЗ\n\nот 3 марта 2021 г. № УП-47\n\nО подписании Меморандума', '2021-03-03'],
    // A date line with the number on the line after it.
    ['РАСПОРЯЖЕНИЕ\n\nот 12 мая 2016 года\n№ 201-р\n\nО подписании Программы', '2016-05-12'],
    // The closing clause of a treaty, in Russian and in English.
    ['СОГЛАШЕНИЕ\n\nСтороны договорились о нижеследующем.\n\nСовершено в г. Бишкеке 14 сентября 2018 года в двух экземплярах, каждый на русском и кыргызском языках.', '2018-09-14'],
    ['AGREEMENT\n\nThe Parties have agreed as follows.\n\nDone at Moscow on 5 August 2010 in two copies, in the Russian and Kyrgyz languages.', '2010-08-05'],
    // Not the document's own date: an earlier act cited in a sentence, a signing told in the explanatory note.
    ['В соответствии с постановлением Правительства от 9 октября 2019 года № 533 министерство подготовило проект.', null],
    ['Соглашение подписано в г. Бишкеке 20 сентября 2012 г. в ходе официального визита.', null],
    ['Принят Жогорку Кенешем 19 марта 2025 года', null],
  ])('%#: → %s', (text, want) => {
    const d = findDocumentDateLine(doc(text))?.date;
    expect(d ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : null).toBe(want);
  });

  it('beats the day a chamber adopted the law', () => {
    const text = 'ФЕДЕРАЛЬНЫЙ ЗАКОН\n\nО ратификации Протокола\n\nПринят Государственной Думой 4 июня 2015 года\nОдобрен Советом Федерации 10 июня 2015 года\n\nРатифицировать Протокол.\n\nПрезидент Российской Федерации\nМосква, Кремль\n17 июня 2015 года\nN 151-ФЗ';
    expect(extractArticleDate(doc(text), [], KB).date).toBe('2015-06-17');
  });

  it('dates a declaration whose only date is in its closing clause', () => {
    const text = 'Совместное заявление\n\nСтороны подтверждают приверженность союзническим отношениям.\n\nСовершено в г. Москве 2 апреля 2008 года в двух экземплярах, каждый на русском и кыргызском языках.';
    expect(extractArticleDate(doc(text), [], KB).date).toBe('2008-04-02');
  });

  it('leaves a page’s publication stamp before the document’s date', () => {
    const text = 'Опубликовано 20 июня 2015 года\n\nФЕДЕРАЛЬНЫЙ ЗАКОН\n\nО ратификации Протокола\n\nМосква, Кремль\n17 июня 2015 года\nN 151-ФЗ';
    expect(extractArticleDate(doc(text), [], KB).date).toBe('2015-06-20');
  });
});

describe('a release line without a year over a sentence dating an earlier event', () => {
  it.each([
    ['Press release\n\n20 March 10:30\n\nOn March 20, 1992, the two countries established diplomatic relations.\n\nToday we mark the 25th anniversary of diplomatic relations.', '2017-03-20'],
    // The full date on a byline of its own stays the page's.
    ['Press release\n\n20 March 10:30\n\nMarch 21, 2017\n\nThe ministers spoke by phone.', '2017-03-21'],
  ])('%#: → %s', (text, want) => {
    expect(extractArticleDate(doc(text), [], KB).date).toBe(want);
  });
});
