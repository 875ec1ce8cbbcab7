import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { dateMentions } from './mentions';
import { mayTakeYear, pointYearIn } from './same-year';

/** `text → date` of every mention, in text order. */
function run(text: string, articleDate: string): string[] {
  const { doc } = toDoc('t.txt', text);
  return dateMentions(doc, articleDate).map((m) => `${m.text} → ${m.date}`);
}

describe('a day-month before a colon is a date', () => {
  it.each([
    ['ru: «отметит 31 августа: …»', '2016-01-21', 'Республика отметит праздник 31 августа: Москва направит делегацию.', ['31 августа → 2016-08-31']],
  ] as const)('%s', (_name, date, text, want) => {
    expect(run(text, date)).toEqual(want);
  });
});

describe('sameYear: «того же года» takes the year written before', () => {
  it.each([
    ['ru: a day of the same year', '2014-12-29', 'Отношения установили 20 марта 1992 года, а 10 июня того же года подписали договор.', ['20 марта 1992 года → 1992-03-20', '10 июня того же года → 1992-06-10']],
    ['ru: a month of the same year', '2014-12-29', 'В июне 2013 года парламент ратифицировал соглашение. В ноябре того же года подписали договор о фонде.', ['июне 2013 года → 2013-06', 'В ноябре того же года → 2013-11']],
    ['en: "of the same year"', '2014-12-29', 'Relations were established in March 1992, and in June of the same year the treaty was signed.', ['March 1992 → 1992-03', 'in June of the same year → 1992-06']],
    ['en: "that year"', '2014-12-29', 'The base opened in 2003. On October 23 that year Putin visited it.', ['2003 → 2003', 'October 23 that year → 2003-10-23']],
    // Negative: a month counted from the article's date does not take a year told as the time just before it.
    ['en: "next month" after "in 2018, and"', '2019-02-04', 'Trade reached $1 billion in 2018, and the premier is due in Osh next month.', ['2018 → 2018', 'next month → 2019-03']],
    // Negative: no year written before, or a plain day-month.
    ['no year before: the article year stays', '2014-12-29', 'А 10 июня того же года подписали договор.', ['10 июня → 2014-06-10']],
    ['a day-month near the article date without the phrase keeps its year', '2014-12-29', 'Отношения установили 20 марта 1992 года, а 25 декабря подписали договор.', ['20 марта 1992 года → 1992-03-20', '25 декабря → 2014-12-25']],
  ] as const)('%s', (_name, date, text, want) => {
    expect(run(text, date)).toEqual(want);
  });
});

describe('sameYear: a day told as a stretch after a dated one («через месяц, 23 октября») takes its year', () => {
  it.each([
    ['ru: «ровно через месяц, 23 октября»', '2018-10-26', 'Договор подписали 22 сентября 2003 года, а ровно через месяц, 23 октября, открыли базу.', ['22 сентября 2003 года → 2003-09-22', 'через месяц → 2018-11', '23 октября → 2003-10-23']],
    ['ru: «спустя два месяца» into the next year', '2018-10-26', 'Договор подписан 20 ноября 2005 года, а спустя два месяца, 20 января, его ратифицировали.', ['20 ноября 2005 года → 2005-11-20', '20 января → 2006-01-20']],
    ['en: "a week later, on May 10"', '2018-10-26', 'The deal was signed on May 3, 2001, and a week later, on May 10, the first troops arrived.', ['May 3, 2001 → 2001-05-03', 'May 10 → 2001-05-10']],
    // Negative: a stretch with no written year before it, or a day with no stretch before it.
    ['no year before: the article year stays', '2018-10-26', 'Президенты встретились 20 октября, а через день, 22 октября, подписали соглашение.', ['20 октября → 2018-10-20', 'через день → 2018-10-27', '22 октября → 2018-10-22']],
    ['a plain day after a dated one keeps the article year', '2018-10-26', 'Договор подписали 22 сентября 2003 года, а 23 октября в Бишкеке прошли торжества.', ['22 сентября 2003 года → 2003-09-22', '23 октября → 2018-10-23']],
  ] as const)('%s', (_name, date, text, want) => {
    expect(run(text, date)).toEqual(want);
  });
});

describe('a year with an ordinal ending («летом 2013-го») is a year', () => {
  it.each([
    ['ru: «летом 2013-го»', '2018-10-26', 'Парламент ратифицировал документ летом 2013-го.', ['2013-го → 2013']],
    ['ru: «в 2013-м»', '2018-10-26', 'Базу модернизировали в 2013-м.', ['2013-м → 2013']],
    // Negative: a bare number is no year.
    ['a bare number', '2018-10-26', 'На базе служат 2013 человек.', []],
  ] as const)('%s', (_name, date, text, want) => {
    expect(run(text, date)).toEqual(want);
  });
});

describe('sameYear: a day right after «в 2024 году», "In 2019," is of that year', () => {
  it.each([
    ['ru: «в 2024 году, во время визита … 25–26 ноября»', '2025-06-10', 'Он напомнил, что в 2024 году, во время визита президента в Бишкек 25–26 ноября, подписали соглашение.', ['2024 году → 2024', '25–26 ноября → 2024-11-25']],
    ['en: "In 2019, on March 28"', '2025-06-10', 'In 2019, on March 28, the two presidents signed a declaration.', ['2019 → 2019', 'March 28 → 2019-03-28']],
    // A season of the year told as the time: «Весной 2015 года …: в апреле …», "In the summer of 2015 …, in July …".
    ['ru: «Весной 2015 года …: в апреле»', '2021-03-10', 'Весной 2015 года все ждали перемен: в апреле министры наконец подписали протокол.', ['2015 года → 2015', 'в апреле → 2015-04']],
    ['en: "In the summer of 2015 …, in July"', '2021-03-10', 'In the summer of 2015 hopes were high, and in July the ministers signed a protocol.', ['2015 → 2015', 'in July → 2015-07']],
    // Negative: a clause of contrast between, or a year that is a deadline («к 2030 году»).
    ['ru: «…, а 25 ноября» after the year', '2025-12-10', 'В 2024 году товарооборот вырос, а 25 ноября президенты подписали соглашение.', ['2024 году → 2024', '25 ноября → 2025-11-25']],
    ['ru: a deadline year', '2025-06-10', 'Стороны намерены довести товарооборот до нового уровня к 2030 году, решили они 5 июня.', ['2030 году → 2030', '5 июня → 2025-06-05']],
  ] as const)('%s', (_name, date, text, want) => {
    expect(run(text, date)).toEqual(want);
  });
});

describe('mayTakeYear: only a day or month after a written year can take it', () => {
  const m = (text: string, date: string) => ({ start: 0, end: text.length, text, date, relative: false });
  it.each([
    ['a day-month after a written year', [m('20 марта 1992 года', '1992-03-20'), m('10 июня', '2014-06-10')], true],
    ['a month after a written year', [m('2003', '2003'), m('October', '2014-10')], true],
    // Negative: nothing written before, only years after it, or nothing at all.
    ['a day-month before the written year', [m('10 июня', '2014-06-10'), m('20 марта 1992 года', '1992-03-20')], false],
    ['a bare year after a written year', [m('2003', '2003'), m('в прошлом году', '2013')], false],
    ['no mentions', [], false],
  ] as const)('%s', (_name, mentions, want) => {
    expect(mayTakeYear(mentions)).toBe(want);
  });
});

describe('sameYear: a day or month told right after a date of an earlier year takes that year', () => {
  it.each([
    ['en: the same month, next sentence', '2012-11-10', 'Trade peaked in May 2008. On May 20, the ministers signed a protocol.', ['May 2008 → 2008-05', 'May 20 → 2008-05-20']],
    ['en: a later month, same sentence', '2010-12-01', 'In March 2006 the premiers met in Moscow, and on July 4 they signed a memorandum.', ['March 2006 → 2006-03', 'July 4 → 2006-07-04']],
    ['ru: a later day-month, same sentence', '2012-10-01', 'В марте 2007 года делегация побывала в Оше, а 12 мая министры подписали протокол.', ['марте 2007 года → 2007-03', '12 мая → 2007-05-12']],
    // Negative: what is still to come, a month near the article's own, a day told further on or in another paragraph, an earlier month.
    ['en: a plan keeps the article year', '2013-02-01', 'The treaty was signed in June 2009. In October the presidents will meet again.', ['June 2009 → 2009-06', 'In October → 2013-10']],
    ['ru: a month near the article date', '2013-05-20', 'Договор подписан в марте 2009 года, а в апреле министры провели консультации.', ['марте 2009 года → 2009-03', 'в апреле → 2013-04']],
    ['en: two sentences on', '2010-12-01', 'In March 2006 the premiers met. The talks were long. On July 4 the ministers signed a memorandum.', ['March 2006 → 2006-03', 'July 4 → 2010-07-04']],
    ['en: another paragraph', '2010-12-01', 'In March 2006 the premiers met.\n\nOn July 4 the ministers signed a memorandum.', ['March 2006 → 2006-03', 'July 4 → 2010-07-04']],
    ['en: an earlier month', '2010-12-01', 'In March 2006 the premiers met, and on February 4 the ministers signed a memorandum.', ['March 2006 → 2006-03', 'February 4 → 2010-02-04']],
  ] as const)('%s', (_name, date, text, want) => {
    expect(run(text, date)).toEqual(want);
  });
});

describe('sameYear: «за неделю до этого, 1 апреля», "a week earlier, on" takes the year of the date before', () => {
  it.each([
    ['ru: «за неделю до этого»', '2016-04-05', 'Протокол подписали 9 апреля 2008 года. За неделю до этого, 2 апреля, министры провели консультации.', ['9 апреля 2008 года → 2008-04-09', '2 апреля → 2008-04-02']],
    ['en: "two weeks earlier, on"', '2016-04-05', 'The protocol was signed on April 9, 2008; two weeks earlier, on March 26, the ministers met.', ['April 9, 2008 → 2008-04-09', 'March 26 → 2008-03-26']],
    // Negative: without the words the day keeps the article's year (it lies close to the article's date).
    ['a plain day after a dated one', '2016-04-05', 'Протокол подписали 9 апреля 2008 года. 2 апреля министры провели консультации.', ['9 апреля 2008 года → 2008-04-09', '2 апреля → 2016-04-02']],
  ] as const)('%s', (_name, date, text, want) => {
    expect(run(text, date)).toEqual(want);
  });
});

describe('sameYear: a day told in the past that the article year would put after the article takes the year written before', () => {
  it.each([
    ['ru: a day after the article date, past verb', '2016-04-05', 'Соглашение подписали 3 апреля 2008 года.\n\nУже 9 апреля министр, по его словам, посетил Ош.', ['3 апреля 2008 года → 2008-04-03', '9 апреля → 2008-04-09']],
    ['en: a day after the article date, past verb', '2016-04-05', 'The accord was signed on April 3, 2008.\n\nOn April 9 the minister visited Osh.', ['April 3, 2008 → 2008-04-03', 'April 9 → 2008-04-09']],
    // Negative: a plan, a step agreed to be taken, a day before the article's.
    ['ru: a plan', '2016-04-05', 'Соглашение подписали 3 апреля 2008 года.\n\nВ мае министр посетит Ош.', ['3 апреля 2008 года → 2008-04-03', 'В мае → 2016-05']],
    ['ru: an infinitive before the month', '2016-04-05', 'Соглашение подписали 3 апреля 2008 года.\n\nСтороны договорились рассмотреть в мае вопрос о газопроводе.', ['3 апреля 2008 года → 2008-04-03', 'в мае → 2016-05']],
    ['ru: a day before the article date', '2016-04-05', 'Соглашение подписали 3 апреля 2008 года.\n\nУже 4 апреля министр посетил Ош.', ['3 апреля 2008 года → 2008-04-03', '4 апреля → 2016-04-04']],
  ] as const)('%s', (_name, date, text, want) => {
    expect(run(text, date)).toEqual(want);
  });
});

describe('pointYearIn: «в 2024», "in 2019" at the start or after a space', () => {
  it.each([
    ['ru: at the start', 'В 2012 году стороны подписали договор.', true],
    ['ru: after a space', 'Договор подписали в 2012 году.', true],
    ['en: after a line break', 'Bishkek\nIn 1999 the sides met.', true],
    ['en: "in" ending a word, then "in" after a space', 'within 2019 and in 2020', true],
    ['en: "in" ending a word only', 'within 2019', false],
    ['ru: a year of three digits after «в»', 'в 1799 году', false],
    ['no year', 'в марте', false],
  ] as const)('%s', (_name, text, want) => {
    expect(pointYearIn(text)).toBe(want);
  });
});
