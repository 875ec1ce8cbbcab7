/**
 * Events told in a sentence about something else, end to end (reading, dates, milestones): accession
 * told as "joined … in a customs union" or «к которому … присоединилась», calls and telegrams of
 * congratulation, a gathering dated by its relative clause («встречи …, которая состоялась 28 августа»),
 * and the dates they take from the verb nearest to them.
 */
import { describe, expect, it } from 'vitest';
import { toDoc } from '../read';
import { extractArticle } from '.';

const milestonesOf = (date: string, body: string) =>
  extractArticle(toDoc('t.txt', `date: ${date}\n\nHeadline\n\n${body}`).doc).milestones.map((m) => `${m.date ?? 'null'} ${m.type}`);

describe('events told in passing', () => {
  it.each([
    ['2011-11-01', 'Atambayev said he will ask Moscow to speed up the entry into the customs union, to which Bishkek applied in April.', '2011-04 other'],
    ['1997-10-08', 'Kyrgyzstan joined Russia, Belarus and Kazakhstan in a customs union in March last year, officials said.', '1996-03 other'],
    ['1997-06-25', 'Президент отметил участие Кыргызстана в Таможенном союзе, к которому республика присоединилась в марте прошлого года.', '1996-03 other'],
    ['2011-11-01', 'Russian President Dmitry Medvedev called Atambayev yesterday to congratulate him on his victory.', '2011-10-31 other'],
    ['2005-07-20', 'Putin was the first foreign leader to call Mr. Bakiyev after the July 10 election, phoning the next morning to congratulate him.', '2005-07-11 other'],
    ['2002-11-15', 'At the CIS summit in Chisinau on October 7, Akaev and Putin discussed a possible rescheduling of the debt.', '2002-10-07'],
    ['2008-10-03', 'Посол высоко оценил итоги встречи президентов Дмитрия Медведева и Курманбека Бакиева, которая состоялась 28 августа в Душанбе на полях саммита ШОС.', '2008-08-28 meeting'],
    ['2008-10-03', 'The ambassador praised the talks of the two presidents, which took place on August 28 in Dushanbe.', '2008-08-28 meeting'],
    ['2026-10-20', 'The next session of the commission is scheduled for autumn 2027 in Bishkek.', '2027 '],
    // A document named after «обсудили» is a topic, unless it is told as signed there.
    ['2022-04-19', 'Министры провели переговоры. Стороны обсудили реализацию Программы сотрудничества министерств на 2022–2024 годы, подписанной по итогам встречи.', '2022-04-19 other'],
    ['2026-10-20', 'The agreement must be ratified by the Jogorku Kenesh, which is expected to happen before the end of the year.', '2026 agreement'],
    // A session named during a visit is its own event, not the trip told again.
    ['2026-10-20', 'On 13 October Adylbek Kasymaliev visited Moscow, where he co-chaired a session of the intergovernmental commission.', '2026-10-13 igc_session'],
    // A second predicate of the same subject happened when the first did.
    ['2026-10-20', 'In July the Russian Interior Minister Vladimir Kolokoltsev visited Bishkek and agreed with his Kyrgyz counterpart on a pilot scheme of checks.', '2026-07 agreement'],
    ['2026-10-20', 'В июле министр внутренних дел России Владимир Колокольцев посетил Бишкек и договорился с киргизским коллегой о пилотной схеме проверок.', '2026-07 meeting'],
  ])('%s: %s', (date, body, want) => {
    expect(milestonesOf(date, body).some((m) => m.startsWith(want))).toBe(true);
  });
});

describe('what a document provides for does not make its signing a plan', () => {
  it.each([
    ['2017-11-16', 'The two men signed an intergovernmental agreement on Wednesday under which Russia will give Kyrgyzstan a $30 million grant.', '2017-11-15 agreement past'],
    ['2017-11-16', 'Стороны вчера подписали соглашение, по которому Россия выделит Киргизии грант.', '2017-11-15 agreement past'],
    ['2017-11-16', 'Соглашение, по которому Россия выделит грант, будет подписано в декабре.', '2017-12 agreement planned'],
  ])('%s: %s', (date, body, want) => {
    const got = extractArticle(toDoc('t.txt', `date: ${date}\n\nHeadline\n\n${body}`).doc).milestones.map((m) => `${m.date} ${m.type} ${m.status}`);
    expect(got).toContain(want);
  });
});
