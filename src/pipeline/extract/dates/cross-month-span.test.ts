/** «30 мая — 2 июня», "July 30 – August 2": a span of days across two months is its first day. Every text is invented. */
import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { dateMentions } from './mentions';

/** `text → date` of every mention, in text order. */
function mentions(text: string, articleDate: string): string[] {
  const { doc } = toDoc('t.txt', text);
  return dateMentions(doc, articleDate).map((m) => `${m.text} → ${m.date}`);
}

describe('a span of days across two months', () => {
  it.each([
    ['ru: a dash between the day-months', '2031-05-20', 'В Оше 30 мая — 2 июня пройдёт ярмарка ремёсел.', ['30 мая — 2 июня → 2031-05-30']],
    ['ru: «с … по …» with the year after the last day', '2031-05-20', 'С 28 июня по 3 июля 2032 года в Нарыне пройдут сборы.', ['28 июня по 3 июля 2032 года → 2032-06-28']],
    ['en: month first', '2031-09-20', 'The games were held on August 30 - September 2 in Osh.', ['August 30 - September 2 → 2031-08-30']],
    ['en: day first, a December–January span with its year', '2031-09-20', 'A fair runs from 29 December to 4 January 2032 in Naryn.', ['29 December to 4 January 2032 → 2031-12-29']],
    // Negative: two dates of two events are two mentions.
    ['ru: two events on two days', '2031-09-20', 'Министры встретились 5 мая, а 6 июня подписали протокол.', ['5 мая → 2031-05-05', '6 июня → 2031-06-06']],
    ['ru: a span within one month stays the first rule\'s', '2031-09-20', 'Переговоры прошли 5–6 мая в Оше.', ['5–6 мая → 2031-05-05']],
  ] as const)('%s', (_name, date, text, want) => {
    expect(mentions(text, date)).toEqual(want);
  });
});
