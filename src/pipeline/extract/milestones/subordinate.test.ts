import { describe, expect, it } from 'vitest';
import type { DateMention } from '../../types';
import { eventMentions } from './subordinate';

/** Mentions of the listed years in `text`; the trigger is the first occurrence of `word`. */
function pick(text: string, word: string, years: string[]): string[] {
  const ms: DateMention[] = years.map((y) => {
    const start = text.indexOf(y);
    return { start, end: start + y.length, text: y, date: y, relative: false };
  });
  const t = text.indexOf(word);
  return eventMentions(text, ms, { start: t, end: t + word.length }).map((m) => m.date);
}

describe('eventMentions: years that do not date the event', () => {
  it.each([
    ['a limit «до»', 'В 2014 году стороны продлили соглашение до 2040 года.', 'продлили', ['2014', '2040'], ['2014']],
    ['en: "until"', 'In 2015 the sides agreed to extend the lease until 2045.', 'agreed', ['2015', '2045'], ['2015']],
    ['a relative clause', 'Leaders signed a deal on the plant, which opened in 1998, in 2019.', 'signed', ['1998', '2019'], ['2019']],
    ['«который» clause', 'Стороны подписали протокол о заводе, который построен в 1985 году.', 'подписали', ['1985'], []],
    ['only a starting year is kept', 'База действует с 2004 года.', 'действует', ['2004'], ['2004']],
    ['en: a start "from"', 'The lease was extended for 15 years from 2017.', 'extended', ['2017'], []],
    ['the event year itself stays', 'В 2012 году стороны подписали соглашение.', 'подписали', ['2012'], ['2012']],
    ['a document\'s term «на 1996 год»', 'Сегодня министры подписали протокол о взаимных поставках на 1996 год.', 'подписали', ['1996'], []],
    ['en: a programme\'s term "for 2009"', 'The ministers signed a programme of cultural cooperation for 2009.', 'signed', ['2009'], []],
    ['en: "an agreement … for 2004" in a plan', 'An agreement on fuel supplies for 2004 will be signed soon.', 'agreement', ['2004'], []],
    ['«соглашение о поставках на 1997 год» to be signed', 'Стороны договорились подписать соглашение о взаимных поставках на 1997 год.', 'подписать', ['1997'], []],
    ['a plan «намечен на 2010 год» is its date', 'Визит намечен на 2010 год.', 'Визит', ['2010'], ['2010']],
    ['en: "scheduled for 2010" is its date', 'The visit of the president is scheduled for 2010.', 'visit', ['2010'], ['2010']],
    ['en: a possessive year after a limit owns another noun', 'Teams met at the cup in Osh, a rehearsal before 2027\'s Asian Games.', 'cup', ['2027'], []],
    ['en: a possessive year without a limit still dates the event', 'The minister flew to Osh for 2027\'s cup.', 'flew', ['2027'], ['2027']],
    ['en: a possessive year before the event is its date', 'The 2027\'s cup opened in Osh.', 'cup', ['2027'], ['2027']],
  ])('%s', (_name, text, word, years, expected) => {
    expect(pick(text, word, years)).toEqual(expected);
  });
});
