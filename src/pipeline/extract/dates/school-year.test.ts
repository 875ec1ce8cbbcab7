import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { extractArticle } from '..';
import { findAgencyDateline, findBodyEventDate } from './dateline';
import { schoolYearClues } from './school-year';

const years = (text: string, month: number | null) => schoolYearClues(toDoc('t.txt', `Заголовок\n\n${text}`).doc, month).map((c) => c.year);

describe('schoolYearClues: the school year the text tells as its own gives a dateline its year', () => {
  it.each([
    ['ru: «открытию 2001/02 учебного года» under a September dateline', 'На собрании, посвященном открытию 2001/02 учебного года, выступил ректор.', 9, [2001]],
    ['ru: «В 2011-2012 учебном году» under an October dateline', 'В 2011-2012 учебном году в школах начали работать новые учителя.', 10, [2011]],
    ['ru: a March dateline is in the second year', 'Во втором семестре 2011/2012 учебного года прошли олимпиады.', 3, [2012]],
    ['en: "the 2017/18 academic year" in November', 'Classes of the 2017/18 academic year began at the university.', 11, [2017]],
    ['en: "the 2017-18 school year" in February', 'The teachers arrived for the 2017-18 school year.', 2, [2018]],
    // Negative rows.
    ['ru: a plan for a school year to come', 'В 2012/2013 учебном году будут работать новые учителя.', 9, []],
    ['ru: two different school years', 'В 2010/11 учебном году было 300 мест, в 2011/12 учебном году прошли 400 студентов.', 9, []],
    ['ru: a span of years is no school year', 'В 1993-1995 учебных годах прошли реформы.', 9, []],
    ['ru: July tells neither year', 'Итоги 2011/2012 учебного года подвели в министерстве.', 7, []],
    ['ru: no dateline month', 'В 2011-2012 учебном году начали работать учителя.', null, []],
  ] as const)('%s', (_name, text, month, want) => {
    expect(years(text, month)).toEqual(want);
  });

  it('a yearless agency dateline takes the year of the school year told', () => {
    const text = 'Заголовок\n\nБишкек, 1 сентября (Кабар). В университете прошли первые занятия. На собрании, посвященном открытию 2001/02 учебного года, выступил ректор.';
    expect(extractArticle(toDoc('t.txt', text).doc).date.date).toBe('2001-09-01');
  });
});

describe('a Kyrgyz-style dateline joins the day to the month with a hyphen', () => {
  it.each([
    ['ru: «Ош, 12-октябрь — Кабар.»', 'Ош, 12-октябрь — Кабар. В городе открылась школа.', { day: 12, month: 10 }],
    ['ru: «Бишкек, 3-март — Кабар.»', 'Бишкек, 3-март — Кабар. В городе открылась школа.', { day: 3, month: 3 }],
    // Negative: a range of days in a body sentence is no dateline.
    ['ru: a range of days', 'В городе 12-14 октября прошла выставка.', null],
  ] as const)('%s', (_name, line, want) => {
    const got = findAgencyDateline(toDoc('t.txt', `Заголовок\n\n${line}`).doc, () => true);
    expect(got ? { day: got.day, month: got.month } : null).toEqual(want);
  });
});

describe('a document cited with its place and date in brackets does not date the article', () => {
  it.each([
    ['ru: «(г. Москва, 12 мая 1998 года)»', 'Основой служит Соглашение о сотрудничестве (г. Москва, 12 мая 1998 года), подписанное министрами.', null],
    ['en: "(Moscow, May 12, 1998)"', 'The basis is the Agreement on Cooperation (Moscow, May 12, 1998), signed by the ministers.', null],
    // Negative: a date in brackets without a place, or a date told in the sentence, still dates it.
    ['ru: a meeting held on a day', 'Встреча министров состоялась 12 мая в Москве.', '5-12'],
    ['ru: a date in brackets without a place', 'Соглашение было подписано (12 мая) министрами.', '5-12'],
  ] as const)('%s', (_name, text, want) => {
    const got = findBodyEventDate(toDoc('t.txt', `Заголовок\n\n${text}`).doc);
    expect(got ? `${got.month}-${got.day}` : null).toBe(want);
  });
});
