import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { dateMentions } from './mentions';
import { mayTakeYear } from './same-year';

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
    // Negative: no year written before, or a plain day-month.
    ['no year before: the article year stays', '2014-12-29', 'А 10 июня того же года подписали договор.', ['10 июня → 2014-06-10']],
    ['a day-month without the phrase keeps its year', '2014-12-29', 'Отношения установили 20 марта 1992 года, а 10 июня подписали договор.', ['20 марта 1992 года → 1992-03-20', '10 июня → 2014-06-10']],
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
