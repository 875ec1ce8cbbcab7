import * as chronoEn from 'chrono-node/en';
import * as chronoRu from 'chrono-node/ru';
import { describe, expect, it } from 'vitest';
import { chronoParse, gatedParsers } from './chrono';

const REF = new Date(Date.UTC(2021, 5, 15, 12));

/** What the mentions read of chrono's results: where each is and what it dates. */
const seen = (results: chronoEn.ParsedResult[]) => results.map((r) => `${r.index} ${r.text} ${r.start.date().toISOString()}`);

describe('chronoParse', () => {
  it('gates the time-unit parsers of both locales', () => {
    expect(gatedParsers('en')).toEqual(['ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser']);
    expect(gatedParsers('ru')).toEqual(['RUTimeUnitWithinFormatParser', 'RUTimeUnitAgoFormatParser']);
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
  ] as const)('%s: %s reads as chrono does', (lang, text) => {
    const plain = lang === 'en' ? chronoEn.casual : chronoRu.casual;
    const expected = seen(plain.parse(text, REF, { forwardDate: false }));
    expect(seen(chronoParse(text, lang, REF))).toEqual(expected);
  });
});
