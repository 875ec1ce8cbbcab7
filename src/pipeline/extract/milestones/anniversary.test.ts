import { describe, expect, it } from 'vitest';
import type { MilestoneDraft } from '../../types';
import { anniversaryLabel, founding, readAnniversary, yearsBefore } from './anniversary';
import { factIn } from './knowledge';
import { toDoc } from '../../read';
import { extractArticle } from '../index';

describe('anniversaries', () => {
  it.each([
    ['в марте исполняется 30 лет установлению дипломатических отношений', 'ru', 30, 'kg-ru-diplomatic-relations'],
    ['в честь 80-летия Победы', 'ru', 80, 'victory-day'],
    ['the 20th anniversary of diplomatic relations', 'en', 20, 'kg-ru-diplomatic-relations'],
    ['юбилейная дата', 'ru', null, null],
    // Years elapsed told with a cardinal word: the day told is the anniversary.
    ['Friday marks ten years since the two countries established diplomatic relations', 'en', 10, 'kg-ru-diplomatic-relations'],
    ['Today marks twenty-five years since diplomatic relations were set up', 'en', 25, 'kg-ru-diplomatic-relations'],
    ['в субботу исполняется двадцать пять лет со дня установления дипломатических отношений', 'ru', 25, 'kg-ru-diplomatic-relations'],
    // The years a subject marks, in digits.
    ['the Russian air base is marking 15 years this week', 'en', 15, null],
    // The years a subject turns or marks, told with a count word and no «со дня» / "since".
    ['летом училищу исполнится семь лет', 'ru', 7, null],
    ['двенадцать лет исполнилось в мае совместному фонду', 'ru', 12, null],
    ['госпиталь отметил пятнадцать лет работы', 'ru', 15, null],
    ['the joint university celebrated eleven years of teaching', 'en', 11, null],
  ] as const)('reads the anniversary in «%s»', (text, lang, n, fact) => {
    const a = readAnniversary(text, lang);
    expect(a?.n ?? null).toBe(n);
    if (n) expect(a?.fact?.id ?? null).toBe(fact);
  });

  it.each([
    ['2022-03', 30, '1992-03'],
    ['2015', 70, '1945'],
  ] as const)('%s minus %i years is %s', (date, n, want) => expect(yearsBefore(date, n)).toBe(want));

  it.each([
    ['в марте исполняется 30 лет установлению дипломатических отношений', 'ru', '30th anniversary of diplomatic relations'],
    ['юбилей: 25 лет', 'ru', '25th anniversary'],
  ] as const)('labels the anniversary in «%s»', (text, lang, en) => expect(anniversaryLabel(readAnniversary(text, lang)!).labelEn).toBe(en));

  it('derives the founding event N years back, same precision', () => {
    const a = readAnniversary('в марте исполняется 30 лет установлению дипломатических отношений', 'ru')!;
    const m = { date: '2022-03', type: 'anniversary', status: 'past', peopleIds: ['x'], place: 'Бишкек' } as MilestoneDraft;
    const f = founding(m, a, '2022-03');
    expect([f.date, f.status, f.peopleIds, f.place, f.derived]).toEqual(['1992-03', 'past', [], null, 'implied by the 30th anniversary in 2022-03']);
  });
});

describe('factIn: Russian keywords in any case', () => {
  it.each([
    ['приурочен к 20-летию Договора о коллективной безопасности, подписанного в Ташкенте', 'csto-treaty'],
    ['30-летие установления дипломатических отношений', 'kg-ru-diplomatic-relations'],
    ['годовщина Договору о коллективной безопасности', 'csto-treaty'],
    ['20-летие коллективной безопасности', null],
  ] as const)('%s → %s', (text, want) => {
    expect(factIn(text, 'ru')?.id ?? null).toBe(want);
  });
});

describe('an anniversary told with a day or month but no year takes the anniversary’s year', () => {
  /** `date type` of every anniversary milestone found in `body` of an article dated `date`. */
  const run = (date: string, body: string) =>
    extractArticle(toDoc('t.txt', `date: ${date}\n\n${body}`).doc)
      .milestones.filter((m) => m.type === 'anniversary')
      .map((m) => `${m.date} ${m.status}`);
  it.each([
    // The verb «обсудили» is past, but the 15th anniversary of relations set up in March 1992 falls in 2007.
    ['2007-02-12', 'Министры обсудили подготовку к празднованию 15-летия установления дипломатических отношений 20 марта.', ['2007-03-20 planned', '1992-03-20 past']],
    ['2017-01-16', 'The ministers discussed plans to mark the 25th anniversary of diplomatic relations on March 20.', ['2017-03-20 planned', '1992-03-20 past']],
    // A year written in the mention is kept as told.
    ['2007-02-12', 'Министры обсудили подготовку к празднованию 15-летия установления дипломатических отношений 20 марта 2007 года.', ['2007-03-20 planned', '1992-03-20 past']],
    // "marks N years since": the anniversary is the day told, the event counted from N years before it.
    ['2020-08-12', 'Wednesday marks five years since Kyrgyzstan formally joined the Eurasian Economic Union.', ['2020-08-12 past', '2015-08-12 past']],
    // Years elapsed without "marks" are no anniversary.
    ['2020-08-12', 'Five years since the talks began, the two ministers still have no deal.', []],
    // An article of the anniversary's own month, a few days before its day: the jubilee still to come is of that day.
    ['2035-05-04', 'Хор ветеранов из Нарына отправится в Минск на торжества к 90-летию Победы.', ['2035-05-09 planned']],
    ['2035-05-04', 'A veterans\' choir from Naryn will sing in Minsk for the 90th anniversary of Victory.', ['2035-05-09 planned']],
    // An article of another month keeps the year only.
    ['2035-03-04', 'Хор ветеранов из Нарына отправится в Минск на торжества к 90-летию Победы.', ['2035 planned']],
    // Negative: a jubilee of a date not kept as a holiday, in its month before the day, keeps the year (its events have days of their own).
    ['2035-10-04', 'Ceremonies to mark the 32nd anniversary of the Kant air base will be held on the base.', ['2035 planned']],
  ])('%s: %s', (date, body, want) => expect(run(date, body)).toEqual(want));
});

describe('an anniversary told by «исполнилось N лет» / «отметила N лет» is dated by its own mention', () => {
  /** `date type` of every anniversary milestone found in `body` of an article dated `date`. */
  const run = (date: string, body: string) =>
    extractArticle(toDoc('t.txt', `date: ${date}\n\n${body}`).doc)
      .milestones.filter((m) => m.type === 'anniversary')
      .map((m) => `${m.date} ${m.status}`);
  it.each([
    // Past and future forms of «исполняться», the count before or after the verb.
    ['2019-05-14', 'Министры встретились в Оше. В апреле исполнилось 27 лет дипломатическим отношениям двух стран.', ['2019-04 past', '1992-04 past']],
    ['2018-10-12', 'Вчера министр обороны посетил авиабазу Кант, которой 23 октября исполнится 15 лет.', ['2018-10-23 planned']],
    ['2013-10-22', 'В прошлом месяце 20 лет исполнилось Славянскому университету в Бишкеке.', ['2013-09 past']],
    ['2033-12-20', 'В 2034 году исполнится 42 года дипломатическим отношениям.', ['2034 planned', '1992 past']],
    // «отметила N лет»: the subject marked its years on the day told.
    ['2018-11-20', 'Месяц назад, 23 октября, авиабаза в Канте отметила 15 лет.', ['2018-10-23 past']],
    // The count as a word: the same anniversary.
    ['2018-10-12', 'Вчера министр обороны посетил авиабазу Кант, которой 23 октября исполнится пятнадцать лет.', ['2018-10-23 planned']],
    ['2018-11-20', 'Строитель Азамат приехал в Москву на заработки, когда ему исполнилось двадцать лет.', []],
    // A person's age and a span of time are no anniversary.
    ['2018-11-20', 'Строитель Азамат приехал в Москву на заработки, когда ему исполнилось 23 года.', []],
    ['2018-11-20', 'Переговоры о кредите ведутся уже 5 лет.', []],
  ])('%s: %s', (date, body, want) => expect(run(date, body)).toEqual(want));
});

describe('"marking N years" in digits', () => {
  const run = (text: string) => extractArticle(toDoc('t.txt', text).doc).milestones.map((m) => `${m.date} ${m.type}`);
  it.each([
    ['the years a base marks this month', 'date: 2018-10-12\n\nThe Russian air base near the capital is marking 15 years this month.', ['2018-10 anniversary']],
    ['"visited …, marking 15 years since it opened": the visit', 'date: 2018-10-12\n\nThe Russian defence minister visited the air base near Bishkek on Thursday, marking 15 years since it opened.', ['2018-10-11 visit']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
