import { describe, expect, it } from 'vitest';
import { preparedFor } from './prepared-for';
import { milestoneLines } from './test-kit';

describe('preparedFor: an event named right after a preparation for it', () => {
  it.each([
    ['ru', 'мэры говорили о подготовке к межрегиональному форуму', 'форуму', true],
    ['ru', 'сообщил о ходе подготовки страны к вступлению в союз', 'вступлению', true],
    ['ru', 'Подготовка к саммиту идет полным ходом', 'саммиту', true],
    ['en', 'they discussed preparations for the upcoming regional summit', 'summit', true],
    ['en', 'the ministry is preparing for a business forum', 'forum', true],
    // The preparation of another thing, or no preparation at all.
    ['ru', 'подготовка документов завершена, и министры провели встречу', 'встречу', false],
    ['ru', 'министры обсудили итоги форума', 'форума', false],
    ['en', 'prepared a report and then held a forum', 'forum', false],
  ] as const)('%s %s', (lang, text, word, want) => {
    expect(preparedFor(text, text.indexOf(word), lang)).toBe(want);
  });
});

describe('an event prepared for is planned, with no date of its own', () => {
  it.each([
    ['ru', 'date: 2022-09-14\n\nМэр Оша 14 сентября встретился с делегацией Казани. Стороны обсудили ремонт трамвайных путей и подготовку к межрегиональному форуму.', 'null planned forum'],
    ['en', 'date: 2022-09-14\n\nThe mayor of Osh met a delegation from Kazan on September 14. The two sides talked about tram repairs and preparations for an interregional forum.', 'null planned forum'],
  ])('%s', (_lang, text, want) => {
    expect(milestoneLines(text).some((l) => l.startsWith(want))).toBe(true);
  });

  it('a date told after it is its own', () => {
    const lines = milestoneLines('date: 2022-04-06\n\nСтороны обсудили подготовку к празднованию юбилея университета, которое пройдет в следующем году.');
    expect(lines.some((l) => l.startsWith('null'))).toBe(false);
  });
});
