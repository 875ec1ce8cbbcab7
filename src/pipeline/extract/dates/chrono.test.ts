import * as chronoEn from 'chrono-node/en';
import * as chronoRu from 'chrono-node/ru';
import { describe, expect, it } from 'vitest';
import { chronoParse, chronoParseOutside, gatedParsers, hasEnShapeCue, hasRuShapeCue, hasRuWordCue, shapeGatedParsers, wordGatedParsers } from './chrono';

const REF = new Date(Date.UTC(2021, 5, 15, 12));

/** What the mentions read of chrono's results: where each is and what it dates. */
const seen = (results: chronoEn.ParsedResult[]) => results.map((r) => `${r.index} ${r.text} ${r.start.date().toISOString()}`);

describe('chronoParse', () => {
  it('gates the time-unit parsers of both locales', () => {
    expect(gatedParsers('en')).toEqual(['ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser']);
    expect(gatedParsers('ru')).toEqual(['RUTimeUnitWithinFormatParser', 'RUTimeUnitAgoFormatParser']);
  });

  it('gates the parsers that need a month, a weekday, a unit, a slash or an ISO date', () => {
    expect(shapeGatedParsers('en')).toEqual([
      'ISOFormatParser',
      'ENTimeUnitWithinFormatParser',
      'ENMonthNameLittleEndianParser',
      'ENMonthNameMiddleEndianParser',
      'ENWeekdayParser',
      'ENSlashMonthFormatParser',
      'ENYearMonthNameParser',
      'ENMonthNameParser',
      'ENTimeUnitCasualRelativeFormatParser',
    ]);
    expect(shapeGatedParsers('ru')).toEqual(['RUTimeUnitCasualRelativeFormatParser', 'RUMonthNameParser', 'ISOFormatParser', 'RUMonthNameLittleEndianParser']);
  });

  it.each([
    ['en', 'On 12/05/2019 the ministers met, 3 days ago.'],
    ['en', 'The treaty of 01.07.2020 came into force two weeks later.'],
    ['en', 'A couple of days earlier, on 2/3/2021, talks were held.'],
    ['en', 'Half an hour later, at 10/11/2019 12:30, the plane landed.'],
    ['en', 'It opened 5 years from now, 1st of May, and 2 days  3 hours ago.'],
    ['en', 'The base opened 20 years ago, on 10/23/2003.'],
    ['en', 'The 12th of June: a year after the 3rd of May, the day before.'],
    ['en', 'Bilateral talks on 12/05/2019 went on without a break.'],
    ['en', 'The forum of 05/06/2021 will open within 2 weeks.'],
    ['ru', 'Договор от 12.05.2019 вступил в силу 2 года назад.'],
    ['ru', 'Визит 01.07.2020 пройдет в течение недели.'],
    ['ru', 'Через 3 дня после 12.05.2019 стороны подписали протокол.'],
    ['ru', 'Встреча 12.05.2019 прошла в Бишкеке.'],
    // Month names, weekdays, units, slashes and ISO dates: what the other gated parsers need.
    ['en', 'Sochi, 20.09.1999 (AP) — the leaders met on Friday, 3 March 2019, and again on Sept. 4th.'],
    ['en', 'Bishkek, 01.01.2021 — In January-February 2021 trade grew; 2021 March, 5/2021, 2021-03-04.'],
    ['en', 'The talks of 02.03.2020 ended last weekend; the next 3 days and within 2 weeks, +2 hours.'],
    ['en', 'On 12/05/2019 the Mon. meeting and Thurs, Dec 3 were set; 3rd of May to 5th of June 2019.'],
    ['ru', 'Бишкек, 04.06.2020 /ИА REGNUM/ — 3 марта 2019 года и в мае, с 1 по 5 июня, 2020-06-04.'],
    ['ru', 'Санкт-Петербург, 21.08.2008 /Кабар/ — через 2 дня, последние 3 года, -2 часа, спустя неделю.'],
    ['ru', 'Встреча 12.05.2019 в пятницу, в сентябре 2019, 5 янв. и 6 дек. в прошлую среду.'],
    // Times, casual words and weekdays next to dates: the Russian patterns as `rx` writes them, without `i`.
    ['ru', 'Бишкек, 04.06.2020 /ИА REGNUM/ — в 10:30 ВЕЧЕРОМ, с 9.00 до 12.00, Сегодня утром, 12.05.2019 в 18:45.'],
    ['ru', 'КирТАГ, 19.11.19. ВО ВТОРНИК, на Следующей неделе, в ПРОШЛОМ месяце, 1.5 часа спустя.'],
  ] as const)('%s: %s reads as chrono does', (lang, text) => {
    const plain = lang === 'en' ? chronoEn.casual : chronoRu.casual;
    const expected = seen(plain.parse(text, REF, { forwardDate: false }));
    expect(seen(chronoParse(text, lang, REF))).toEqual(expected);
  });
});

describe('Russian word parsers run behind their words', () => {
  it('gates the casual day, casual time, weekday and relative parsers', () => {
    expect(wordGatedParsers()).toEqual(['RURelativeDateFormatParser', 'RUCasualTimeParser', 'RUCasualDateParser', 'RUWeekdayParser']);
  });

  // Each phrase is checked against every gated parser: where the parser's own pattern matches, its cue must hold.
  const parsers = chronoRu.casual.parsers.filter((p) => wordGatedParsers().includes(p.constructor.name));
  it.each([
    ['Послезавтра делегация вылетит в Москву.', 'RUCasualDateParser'],
    ['Позавчера, 3 июня, стороны подписали протокол.', 'RUCasualDateParser'],
    ['Прошлым вечером 12.05.2020 министры встретились.', 'RUCasualTimeParser'],
    ['В полдень 01.07.2022 открылся форум.', 'RUCasualTimeParser'],
    ['Встреча пройдёт в чт. 05.06.2025.', 'RUWeekdayParser'],
    ['В эту среду, 04.06.2025, подписан меморандум.', 'RUWeekdayParser'],
    ['Переговоры прошли в пт, 13.06.2025.', 'RUWeekdayParser'],
    ['На следующей неделе, 10.06.2025, соберётся комиссия.', 'RURelativeDateFormatParser'],
    ['Бишкек, 04.06.2020 /ИА REGNUM/. Что известно о визите.', null],
  ])('«%s»: %s matches, and a matching parser has its cue', (text, expected) => {
    const matching = parsers.filter((p) => new RegExp(p.pattern({ text } as never)).test(text)).map((p) => p.constructor.name);
    expect(matching.includes(expected ?? '')).toBe(expected !== null);
    for (const name of matching) expect(hasRuWordCue(name, text)).toBe(true);
  });

  it.each([
    ['RUWeekdayParser', 'Что известно: автор, 04.06.2020.', false],
    ['RUCasualDateParser', 'Бишкек, 04.06.2020.', false],
    ['RURelativeDateFormatParser', 'Бишкек, 04.06.2020.', false],
    ['RUCasualTimeParser', 'Бишкек, 04.06.2020.', false],
    ['RUCasualTimeParser', 'Сочи, 31.05.2006 /Вечерний Бишкек/.', false],
    ['RUCasualTimeParser', 'Встреча прошла утром, 31.05.2006.', true],
  ])('%s is not run on «%s»', (parser, text, expected) => {
    expect(hasRuWordCue(parser, text)).toBe(expected);
  });
});

describe('Russian month-name parsers run behind a month at a word start', () => {
  const MONTH_PARSERS = ['RUMonthNameParser', 'RUMonthNameLittleEndianParser'];
  const parsers = chronoRu.casual.parsers.filter((p) => MONTH_PARSERS.includes(p.constructor.name));

  // Each phrase is checked against both parsers: where the parser's own pattern matches, its cue must hold.
  it.each([
    ['Встреча прошла 3 марта 2019 года.', true],
    ['С 1 по 5 июня 2020 г. в Бишкеке.', true],
    ['Первого сентября открылась школа.', true],
    ['Двадцать третьего февраля, 23.02.2021.', true],
    ['5-го мая и 1-е января, 1ое декабря.', true],
    ['Пятогомая и первоесентября, всентябре, 5 of мая.', true],
    ['В сентябре 2019, в мае, дек. 2020.', true],
    ['Бишкек, 14.11.2009 /Sputnik/. Министр Фурсенко встретился с коллегой в Минске.', false],
    ['Армарка, 01.02.2010: доклад о мерах, эксперт Асенов.', false],
  ])('«%s»: a month parser matches (%s), and then its cue holds', (text, matches) => {
    const matching = parsers.filter((p) => new RegExp(p.pattern({ text } as never)).test(text)).map((p) => p.constructor.name);
    expect(matching.length > 0).toBe(matches);
    for (const name of matching) expect(hasRuShapeCue(name, text)).toBe(true);
  });

  it.each([
    ['Министр Фурсенко, 14.11.2009.', false],
    ['Армарка, 01.02.2010.', false],
    ['Бишкек, 3 марта.', true],
    ['5-гомая.', true],
  ])('«%s»: the month cue holds: %s', (text, expected) => {
    for (const name of MONTH_PARSERS) expect(hasRuShapeCue(name, text)).toBe(expected);
  });
});

describe('English month-name and time-unit parsers run behind the words around them', () => {
  const CUED = [
    'ENMonthNameLittleEndianParser',
    'ENMonthNameMiddleEndianParser',
    'ENYearMonthNameParser',
    'ENTimeUnitWithinFormatParser',
    'ENTimeUnitCasualRelativeFormatParser',
  ];
  const parsers = chronoEn.casual.parsers.filter((p) => CUED.includes(p.constructor.name));
  const context = (text: string) => ({ text, option: { forwardDate: false } }) as never;

  // Each phrase is checked against every cued parser: where the parser's own pattern matches, its cue must hold.
  it.each([
    ['The deal of the 3rd of May 2019 came into force.', 'ENMonthNameLittleEndianParser'],
    ['It was signed on 5 June, and on 1st-Jan. and the twenty-first of jan.', 'ENMonthNameLittleEndianParser'],
    ['From the 3rd to the fifth of June the talks went on; 5/dec/2020, 4thmarch.', 'ENMonthNameLittleEndianParser'],
    ['The visit of Sept. 4th, 2019 and of June 5 - 7 was announced.', 'ENMonthNameMiddleEndianParser'],
    ['It opened on March twenty-first, on may first and on Dec,3.', 'ENMonthNameMiddleEndianParser'],
    ['The talks of August 3to5 ended; Jan/4th and February-1.', 'ENMonthNameMiddleEndianParser'],
    ['In 2019 March, 2019-Dec and 1990 of june the forum met.', 'ENYearMonthNameParser'],
    ['The year 2000AD jan. and 500 BC, May.', 'ENYearMonthNameParser'],
    ['The forum will open within 2 weeks, in about a month.', 'ENTimeUnitWithinFormatParser'],
    ['Talks continued for the year, for half an hour and in 2d3h.', 'ENTimeUnitWithinFormatParser'],
    ['In a couple of days and within 3 days, 4 hours the base opened.', 'ENTimeUnitWithinFormatParser'],
    ['The next 3 days, the last two years and +2 hours were set.', 'ENTimeUnitCasualRelativeFormatParser'],
    ['After a few weeks and past several months, -3d and this 2 years and 3 months.', 'ENTimeUnitCasualRelativeFormatParser'],
    ['Jalal-Abad, 01.01.2021 — Marat met officials in Novosibirsk and in the hands of the minister, 2021.', null],
    ['Cholpon-Ata, 16.02.2021 (AP) — In January-February 2021, trade grew for the summit.', null],
  ])('«%s»: %s matches, and a matching parser has its cue', (text, expected) => {
    const matching = parsers.filter((p) => new RegExp(p.pattern(context(text))).test(text)).map((p) => p.constructor.name);
    expect(matching.includes(expected ?? '')).toBe(expected !== null);
    for (const name of matching) expect(hasEnShapeCue(name, text)).toBe(true);
  });

  it.each([
    ['Jalal-Abad, 01.01.2021 — Talant Mamytov attended the CIS summit in Novosibirsk on Friday.'],
    ['Yekaterinburg, 29.06.1996 (AP) — Boris Yeltsin said that Russia and Kyrgyzstan remain partners.'],
    ['Cholpon-Ata, 16.02.2021 (AP) — In January-February 2021, trade between Kyrgyzstan and Djoomart Otorbaev and Marat grew.'],
    ['Bishkek, 03.04.2000 — they met in the meeting hall for the summit on the issue.'],
  ])('«%s»: no cue of these parsers holds', (text) => {
    for (const name of CUED) expect(hasEnShapeCue(name, text)).toBe(false);
  });
});

describe('chronoParseOutside', () => {
  /** The spans the date mentions' own rules take in these rows: each dotted date with a four-digit year. */
  const dotted = (text: string) => [...text.matchAll(/\d{1,2}\.\d{1,2}\.\d{4}/g)].map((m) => [m.index, m.index + m[0].length] as const);
  /** What the mentions keep of chrono's results: those with a month outside the taken spans. */
  const kept = (results: chronoEn.ParsedResult[], spans: (readonly [number, number])[]) =>
    seen(results.filter((r) => r.start.isCertain('month') && !spans.some(([a, b]) => r.index < b && r.index + r.text.length > a)));

  it.each([
    // Datelines whose one date the rules read: chrono is not asked.
    ['ru', 'Москва, 30.07.2018 /РИА Новости/.', true],
    ['ru', 'Чолпон-Ата, 29.04.2023 /ТАСС/. президент Российской Федерации Владимир Путин заявил, что Россия и Кыргызстан союзники.', true],
    ['ru', '13:42 28.02.2017 (обновлено: 16:10 28.02.2017)', true],
    ['ru', '04.02.2009 09:12', true],
    ['ru', 'Газета «Коммерсантъ» №137 (2020) от 28.07.2000, стр. 9', true],
    ['en', 'Yekaterinburg, 29.06.1996 (AP) — President Boris Yeltsin said that Russia and Kyrgyzstan remain strategic partners.', true],
    ['en', 'Karakol, 03.04.2000 (24.kg) — Co-chairs signed the protocol of the 1st session.', true],
    // A date the rules do not take, or another parser's word: chrono reads the sentence as before.
    ['ru', 'КирТАГ, 19.11.19.', false],
    ['ru', 'Бишкек, 17.03.2026 — 22/10/2025 11:05 · Обновлено 22/10/2025 19:40', false],
    ['ru', 'Бишкек, 04.06.2020 — сегодня, 2020-06-04, и 5.06.2020.', false],
    ['ru', 'Встреча 12.05.2019 прошла 12-05-2019 и в пятницу.', false],
    ['ru', 'Курс 1.5 сома, 12.05.2019.', false],
    ['en', 'Putin arrived in Bishkek on Thursday (20.09.2012) on his first visit since May.', false],
    ['en', 'Sochi, 20.09.1999 — now and today; by the end of the month, next week.', false],
    ['en', 'Sochi, 20.09.1999 — the 2012 05 03 meeting, 2012.05.03 and 2012 Jan 3.', false],
    ['en', 'On 12.05.2019 17:05 the ministers met; the 15th of May was set.', false],
    ['en', 'Bishkek, 01.01.2021 — 20.09.2012-21.09.2012 and 10:30.', false],
    // Ranges and times next to the taken dates: chrono merges them with those dates, so they overlap them too.
    ['en', 'Bishkek, 01.01.2021 — 20.09.2012 – 21.09.2012 at 10:30, from 20.09.2012 to 21.09.2012.', true],
    ['ru', 'Бишкек, 01.01.2021 — с 20.09.2012 по 21.09.2012, 20.09.2012-21.09.2012, в 10:30.', true],
  ] as const)('%s: %s (skipped: %s) keeps what chrono keeps', (lang, text, skipped) => {
    const spans = dotted(text);
    const taken = (a: number, b: number) => spans.some(([x, y]) => a < y && b > x);
    const outside = chronoParseOutside(text, lang, REF, taken);
    expect(kept(outside, spans)).toEqual(kept(chronoParse(text, lang, REF), spans));
    expect(outside.length === 0 && chronoParse(text, lang, REF).length > 0).toBe(skipped);
  });
});
