import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// Accession to a bloc told as the start of membership ("since WTO membership began in December
// 1998"), as «accession to the Union», or as a leader who "steered the country into the bloc",
// with its own date, is the accession itself.
describe('accession to a bloc told by membership beginning or a leader steering the country in', () => {
  it.each([
    ['en: "since WTO membership began in <month year>"',
      'date: 2005-06-10\n\nImports have doubled since WTO membership began in December 1998.',
      ['1998-12 past other «Imports have»']],
    ['en: "accession to the Union in <month year>"',
      'date: 2019-06-10\n\nRemittances rose after Armenia\'s accession to the Union in January 2015.',
      ['2015-01 past other «Remittances rose»']],
    ['ru: «является членом ЕАЭС с <месяца года>»',
      'date: 2021-06-10\n\nАрмения является членом ЕАЭС с января 2015 года.',
      ['2015-01 past other «Армения является»']],
    ['ru: «член ЕАЭС (с <числа месяца года> г.)» in a reference note',
      'date: 2031-06-10\n\nСправка. Республика — член ЕАЭС (с 1 марта 2025 г.), ОДКБ и СНГ.',
      ['2025-03-01 past other «Республика —»']],
    ['ru: «является членом ОДКБ с <числа месяца года> года»',
      'date: 2031-06-10\n\nРеспублика является членом ОДКБ с 14 мая 2002 года.',
      ['2002-05-14 past other «Республика является»']],
    ['en: "steered the country into the bloc in <year>"',
      'date: 2019-06-10\n\nThe former president steered the country into the bloc in 2015.',
      ['2015 past other «The former»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});

describe('an accession named only as the time of what the clause tells lends it no date', () => {
  it.each([
    ['ru: «в 2012 году, до присоединения к ЕАЭС, показатель достигал …»',
      'date: 2018-02-20\n\nДля сравнения: в 2012 году, до присоединения республики к ЕАЭС, показатель достигал 1,7 млрд долларов.',
      []],
    ['ru: «в прошлом году составил …, а после вступления в ЕАЭС …»',
      'date: 2018-02-20\n\nМинистр напомнил, что товарооборот в прошлом году составил 1,6 млрд долларов, а после вступления республики в ЕАЭС торговля оживилась.',
      []],
    // With no date at all, the accession named as a time is told, of a day the article does not give.
    ['ru: «после вступления республики в ЕАЭС появились новые возможности» is the accession, undated',
      'date: 2017-02-28\n\nМинистр отметил, что после вступления республики в ЕАЭС появились новые возможности.',
      ['null past other «Министр отметил,»']],
    ['en: "since accession to the EAEU, trade has grown" is the accession, undated',
      'date: 2017-02-28\n\nThe minister said that since accession to the EAEU, trade has grown.',
      ['null past other «The minister»']],
    ['ru: «после вступления закона в силу будет направлена нота» names no bloc: the clause tells its own plan',
      'date: 2009-02-20\n\nМинистр сообщил, что после вступления закона в силу американской стороне будет направлена нота.',
      ['null planned other «Министр сообщил,»']],
    ['ru: the accession told with its own date after it stays',
      'date: 2018-02-20\n\nПосле вступления республики в ЕАЭС в августе 2015 года торговля оживилась.',
      ['2015-08 past other «После вступления»']],
    ['ru: an accession prepared for («готовится к вступлению») is a plan without a date',
      'date: 2013-05-24\n\nПремьер-министр отметил, что республика готовится к вступлению в Таможенный союз.',
      ['null planned other «Премьер-министр отметил,»']],
    ['ru: «Вхождение республики в Таможенный союз» in a quote names the accession, undated',
      'date: 2014-04-17\n\n«Вхождение республики в Таможенный союз создаст новые возможности для перевозок», – отметил министр.',
      ['null past other ««Вхождение республики»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});

// Membership told as held since a date («с прошлого года входит в союз», "a member of the Union since May 2031") is
// the accession of that date; a date put beside «после вступления» by a comma alone is the accession's own; migrants
// who come to earn money make no visit that would hide the accession told beside them.
describe('an accession dated by the membership it began or by a date put beside it', () => {
  it.each([
    ['ru: «которая с прошлого года тоже входит в … союз»',
      'date: 2032-05-14\n\nДелегация обсудила поставки в Армению, которая с прошлого года тоже входит в Евразийский экономический союз.',
      ['2031 past other «Делегация обсудила»']],
    ['ru: «входит в ЕАЭС с 2029 года»',
      'date: 2032-05-14\n\nАрмения входит в ЕАЭС с 2029 года, напомнил посол.',
      ['2029 past other «Армения входит»']],
    ['en: "a member of the EAEU since May 2031"',
      'date: 2032-05-14\n\nArmenia, a member of the EAEU since May 2031, shipped apricots to Naryn worth $25 million last year.',
      ['2031-05 past other «Armenia, a»']],
    ['ru: «С 2030 года, после вступления Армении в ЕАЭС, …»',
      'date: 2032-05-14\n\nС 2030 года, после вступления Армении в ЕАЭС, её фермеры продают абрикосы без пошлин.',
      ['2030 past other «С 2030»']],
    ['ru: migrants who come to earn money leave the accession told beside them',
      'date: 2032-05-14\n\nКонсул напомнил, что каждую весну в Самару приезжают на заработки сотни жителей Таласа, и после вступления страны в ЕАЭС патент для них отменён.',
      ['null past other «Консул напомнил,»']],
    // Negative: membership told without a date of its own describes the present.
    ['ru: «Армения входит в ЕАЭС» is no event',
      'date: 2032-05-14\n\nАрмения входит в ЕАЭС, напомнил посол.',
      []],
    ['en: "a member of the EAEU" with another date in the sentence is no event',
      'date: 2032-05-14\n\nArmenia, a member of the EAEU, shipped apricots to Naryn worth $25 million last year.',
      []],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});
