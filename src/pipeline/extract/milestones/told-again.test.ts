import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// What hangs on an event already told is that event again, not another one: a «где» / "where" clause of what was
// discussed there, and the source of a quote from a message already told.
describe('a clause that tells an event already told again', () => {
  it.each([
    ['en: talks, "where the sides discussed …"',
      'date: 2008-05-20\n\nOn Monday the deputy minister held talks with the foreign minister in Bishkek, where the sides discussed the status of migrants.',
      ['2008-05-19 past meeting «On Monday»']],
    ['ru: переговоры, «где стороны обсудили …»',
      'date: 2008-05-20\n\nВ понедельник замминистра провел переговоры с министром в Бишкеке, где стороны обсудили положение мигрантов.',
      ['2008-05-19 past meeting «В понедельник»']],
    ['ru: «— говорится в телеграмме» after the exchange of telegrams',
      'date: 2012-10-22\n\nВ субботу министры обменялись поздравительными телеграммами. «Наши страны связывают узы дружбы», — говорится в телеграмме министра.',
      ['2012-10-20 past other «В субботу»']],
    // The source of the quote names the day the message was sent: the exchange the report dated to its own day was then.
    ['ru: «…, — говорится в телеграмме, направленной в субботу» dates the exchange told by the report',
      'date: 2012-10-22\n\nМинистры иностранных дел Киргизии и России обменялись поздравительными телеграммами, сообщило в понедельник посольство. «Наши страны связывают узы дружбы», — говорится в телеграмме министра, направленной в субботу.',
      ['2012-10-20 past other «Министры иностранных»']],
    ['ru: a quote in straight quotes, its source a paragraph on',
      'date: 2012-10-22\n\nМинистры иностранных дел Киргизии и России обменялись поздравительными телеграммами, сообщило в понедельник посольство.\n\n"Наши страны связывают узы дружбы", - говорится в телеграмме министра, отправленной в субботу.',
      ['2012-10-20 past other «Министры иностранных»']],
    ['en: "the message said" after the greetings sent',
      'date: 2012-10-22\n\nOn Saturday the minister sent a congratulatory message to his counterpart. "Our countries are bound by friendship," the message said.',
      ['2012-10-20 past other «On Saturday»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });

  it.each([
    // A visit with talks at its stop: the talks there are an event of their own.
    ['en: a visit, "where he held talks"',
      'date: 2008-05-20\n\nOn Monday the minister visited Osh, where he held talks with the governor.',
      ['2008-05-19 past visit «On Monday»', '2008-05-19 past meeting «where he»']],
    // With no message told before, the quote's source is the only telling of it.
    // A gathering of others, with a subject of its own: what it discussed stays as told.
    ['ru: «где главы девяти государств обсуждали …»',
      'date: 1992-06-10\n\nВ мае президенты провели встречу в Ташкенте, где главы девяти государств обсуждали военные вопросы.',
      ['1992-05 past meeting «В мае»', '1992-05 past meeting «где главы»']],
    ['ru: «говорится в телеграмме» with no message told before',
      'date: 2012-10-22\n\nВ субботу прошел прием в посольстве. «Наши страны связывают узы дружбы», — говорится в телеграмме министра.',
      ['2012-10-20 past other ««Наши страны»']],
  ])('%s: kept', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

// «обсудили итоги визита 28 февраля и подготовку к очередному заседанию комиссии»: the gathering prepared is an event of
// its own, planned, with no date when none is told for it; "after the talks" takes the talks' day, not the trip discussed.
describe('preparations for another event and the signing after the talks', () => {
  it.each([
    ['ru: «и подготовку к очередному заседанию» beside a visit recalled with its day',
      'date: 2017-10-23\n\nВ понедельник в Москве состоялись переговоры министров. Министры обсудили итоги визита президента в Бишкек 28 февраля и подготовку к очередному заседанию межправительственной комиссии. По итогам переговоров министры подписали план консультаций.',
      ['2017-10-23 past meeting «В понедельник»', '2017-02-28 past visit «Министры обсудили»', 'null planned igc_session «подготовку к»', '2017-10-23 past agreement «По итогам»']],
    ['en: "and preparations for the next session" beside a visit recalled with its month',
      'date: 2017-10-23\n\nThe ministers held talks in Moscow on Monday. They discussed the results of the president\'s visit to Bishkek in February and preparations for the next session of the intergovernmental commission.',
      ['2017-10-23 past meeting «The ministers»', '2017-02 past visit «They discussed»', 'null planned igc_session «preparations for»']],
    // "discussed energy and preparations for the summit": the summit prepared is what was discussed, one clause.
    ['en: "discussed energy and preparations for the summit in November"',
      'date: 2025-05-10\n\nThe two presidents discussed energy and preparations for the summit that Bishkek will host in November.',
      ['2025-11 planned summit «The two»']],
    // «Тогда по итогам переговоров» after a state visit told as the occasion of an announcement: the visit's talks.
    ['ru: «Тогда по итогам переговоров» after a visit told, not discussed',
      'date: 2019-10-17\n\nНакануне министр провел переговоры с главой ведомства. Министр поблагодарил за оборудование, о передаче которого было объявлено в ходе визита президента в Бишкек в марте. Тогда по итогам переговоров президентов было подписано соглашение.',
      ['2019-10-16 past meeting «Накануне министр»', '2019-03 past visit «Министр поблагодарил»', '2019-03 past agreement «Тогда по»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

// "said the section had issued 25,000 documents since January and that consular days would be held in October": the
// "since" phrase ends where the second reported clause begins.
describe('a second reported clause after a "since" phrase', () => {
  it.each([
    ['en: "since January and that … in October"',
      'date: 2017-09-14\n\nThe ambassador said the section had issued more than 25,000 documents since January and that consular days would be held in Naryn and Talas in October.',
      ['2017-10 planned other «and that»']],
    // Russian sets the «что» clause off with a comma, which ends the stretch already.
    ['ru: «с тех пор как …, и что … в октябре»',
      'date: 2017-09-14\n\nПосол сказал, что с тех пор как открылся отдел, выдано 25 тысяч документов, и что консульские дни пройдут в Нарыне в октябре.',
      ['2017-10 planned other «Посол сказал,»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

// «Соглашение о взаимных безвизовых поездках граждан»: citizens' travel named in a document is no official's trip.
describe('trips of citizens are no visit', () => {
  it.each([
    ['ru: «ход выполнения Соглашения о взаимных безвизовых поездках граждан»', 'date: 2017-03-12\n\nСтороны обсудили ход выполнения Соглашения о взаимных безвизовых поездках граждан.'],
    ['en: "the agreement on visa-free travel of citizens"', 'date: 2017-03-12\n\nThe sides discussed the agreement on visa-free travel of citizens.'],
  ])('%s', (_name, text) => {
    expect(run(text).filter((l) => l.includes(' visit '))).toEqual([]);
  });
});
