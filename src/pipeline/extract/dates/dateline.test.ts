import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { findBylineDate, parseFullDate } from './dateline';

describe('a weekly issue dated by a span of days is read as its first day', () => {
  it.each([
    ['en: "March 4-10, 1999" in a masthead with separators, past 80 characters',
      'THE STEPPE WEEKLY\nAn independent English-language weekly of the region · Vol. VII, No. 9 · March 4-10, 1999 · 5 som\n\nHeadline\n\nText of the article.',
      '1999-03-04'],
    ['en: "June 2–8, 2001" alone on a line',
      'Weekly\nJune 2–8, 2001\n\nText of the article.',
      '2001-06-02'],
    ['ru: «11–17 марта 2009 года» after the issue number',
      'ЕЖЕНЕДЕЛЬНИК\n№ 10 (276) 11–17 марта 2009 года\n\nТекст статьи.',
      '2009-03-11'],
    ['en: "28 October - 3 November 2003" across two months, before a section name',
      'THE AIR WEEKLY\n28 October - 3 November 2003 · AVIATION\n\nHeadline\n\nText of the article.',
      '2003-10-28'],
    ['ru: «№ 43, 28 октября – 3 ноября 2005» across two months',
      'ЕЖЕНЕДЕЛЬНИК\n№ 43, 28 октября – 3 ноября 2005\n\nТекст статьи.',
      '2005-10-28'],
    ['en: "December 29 – January 4, 2011" across the new year',
      'Weekly\nDecember 29 – January 4, 2011\n\nText of the article.',
      '2010-12-29'],
    ['en: two months apart is no weekly span: the written date stays',
      'Weekly\n3 January - 5 March 2004\n\nText of the article.',
      '2004-03-05'],
    ['en: a single day stays as it is',
      'Weekly\nMay 24, 2017\n\nText of the article.',
      '2017-05-24'],
    ['en: a long sentence with a date and no separators is no byline',
      'Headline\nThe two presidents, who had spent the whole of the previous week in talks on the debt, met on March 4-10, 1999 in Osh.\n\nText.',
      null],
  ])('%s', (_name, text, want) => {
    const got = findBylineDate(toDoc('t.txt', text).doc);
    expect(got && `${got.year}-${String(got.month).padStart(2, '0')}-${String(got.day).padStart(2, '0')}`).toBe(want);
  });
});

describe('parseFullDate with a span of days', () => {
  it.each([
    ['April 11-17, 1995', '1995-04-11'],
    ['Sept 3 – 9, 2004', '2004-09-03'],
    ['April 11, 1995', '1995-04-11'],
    ['April 11-17', null],
  ])('%s → %s', (text, want) => expect(parseFullDate(text)).toBe(want));
});

describe('a transcript title ending with its place and full date, set off by commas, dates the page however long it is', () => {
  it.each([
    ['ru: «…, Минск, 3 марта 2031 года» after a long title',
      'Выступление заместителя министра иностранных дел на совместной пресс-конференции по итогам консультаций, Минск, 3 марта 2031 года\n\nТекст выступления.',
      '2031-03-03'],
    ['en: ", Minsk, March 3, 2031" after a long title',
      'Remarks by the Deputy Foreign Minister at a joint news conference following the consultations, Minsk, March 3, 2031\n\nText of the remarks.',
      '2031-03-03'],
    ['ru: a title naming both ministers with their full posts, «…, Минск, 3 марта 2031 года»',
      'Вступительное слово и ответы журналистам Министра иностранных дел Республики Беларусь И.П.Сидорова на общей встрече с прессой после беседы с Министром иностранных дел Республики Узбекистан А.А.Петровым, Минск, 3 марта 2031 года\n\nТекст выступления.',
      '2031-03-03'],
    // Negative: the date of a long line that goes on after it, or with no place before it, is a sentence's.
    ['ru: a long line going on after the place and date is a sentence',
      'Заголовок\nДелегации двух министерств провели очередной раунд консультаций, Минск, 3 марта 2031 года, и договорились встретиться снова.\n\nТекст.',
      null],
    ['en: a long sentence ending with a date but no place before it',
      'Headline\nThe two delegations, after a long round of consultations on transit and fees, agreed to meet again on March 3, 2031\n\nText.',
      null],
  ])('%s', (_name, text, want) => {
    const got = findBylineDate(toDoc('t.txt', text).doc);
    expect(got && `${got.year}-${String(got.month).padStart(2, '0')}-${String(got.day).padStart(2, '0')}`).toBe(want);
  });
});
