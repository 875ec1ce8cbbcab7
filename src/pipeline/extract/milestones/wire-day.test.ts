import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { extractDatedArticle } from '../dates';
import { extractPeople } from '../people';
import { milestoneLines as run } from './test-kit';
import { wireDay } from './wire-day';

/** The day `wireDay` counts from for a short article, or null. */
function dayOf(text: string): string | null {
  const doc = toDoc('t.txt', text).doc;
  const { date, wireDateline } = extractDatedArticle(doc, extractPeople(doc));
  return wireDay(date, wireDateline)?.date ?? null;
}

describe('wireDay: a page printing wire copy dated a day or two before it', () => {
  it.each([
    ['ru: an issue of the next day, dateline in capitals',
      'ВЕСТНИК ДНЯ\nЕжедневная газета · Вторник, 14 марта 1995 года\n\nБИШКЕК, 13 марта. (КирТАГ). Сегодня министры подписали протокол о поставках зерна.',
      '1995-03-13'],
    ['en: a page two days later, agency after the dateline',
      'date: 2003-05-08\n\nMOSCOW, May 6 (Interfax) - The two ministers signed a protocol on grain deliveries today.',
      '2003-05-06'],
    // A place the knowledge lists makes a title-case dateline one («Бишкек, 9 апреля.» in the issue of 10 April).
    ['ru: a title-case dateline of a known place, the issue of the next day',
      'date: 2001-04-10\n\nБишкек, 9 апреля. Министры двух стран подписали протокол о поставках зерна.',
      '2001-04-09'],
    ['ru: a dateline across the new year',
      'date: 1998-01-01\n\nМОСКВА, 31 декабря. (ИТАР-ТАСС). Министры подписали протокол о поставках зерна.',
      '1997-12-31'],
  ])('%s', (_name, text, want) => {
    expect(dayOf(text)).toBe(want);
  });

  it.each([
    ['the dateline of the page\'s own day',
      'date: 2003-05-08\n\nMOSCOW, May 8 (Interfax) - The two ministers signed a protocol on grain deliveries today.'],
    ['a title-case place the knowledge does not list',
      'date: 2001-04-10\n\nНовый, 9 апреля. Министры двух стран подписали протокол о поставках зерна.'],
    ['a dateline a week before is a recalled date, not wire copy',
      'date: 2003-05-15\n\nMOSCOW, May 8 (Interfax) - The two ministers signed a protocol on grain deliveries today.'],
    ['no page date: the dateline is the article date',
      'MOSCOW, May 6 (Interfax) - The two ministers signed a protocol on grain deliveries today.'],
  ])('none: %s', (_name, text) => {
    expect(dayOf(text)).toBeNull();
  });
});

describe('milestones of wire copy count «сегодня» from the dateline', () => {
  it.each([
    ['ru: «сегодня» under a dateline of the day before the issue',
      'date: 1995-03-14\n\nБИШКЕК, 13 марта. (КирТАГ). Сегодня премьер-министры двух стран подписали протокол о поставках зерна.',
      ['1995-03-13 past agreement «Сегодня премьер-министры»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
