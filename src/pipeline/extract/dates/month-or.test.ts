/** A second month offered as an alternative (`loose.ts`, `MONTH_OR`): the date both share is the year. Every text is invented. */
import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { dateMentions } from './mentions';

/** `text → date` of every mention, in text order. */
function mentions(text: string, articleDate: string): string[] {
  const { doc } = toDoc('t.txt', text);
  return dateMentions(doc, articleDate).map((m) => `${m.text} → ${m.date}`);
}

describe('a month or another month is dated by the year', () => {
  it.each([
    ['en: "late May or early June"', '2031-03-14',
      'The two foreign ministers could meet in Astana in late May or early June.',
      ['in late May or early June → 2031']],
    ['en: "in October or November"', '2031-03-14',
      'A session of the commission is pencilled in for October or November.',
      ['for October or November → 2031']],
    ['ru: «в конце мая или в начале июня»', '2031-03-14',
      'Министры могут встретиться в конце мая или в начале июня.',
      ['в конце мая или в начале июня → 2031']],
    ['ru: «в сентябре или октябре»', '2031-03-14',
      'Заседание комиссии пройдёт в сентябре или октябре в Оше.',
      ['в сентябре или октябре → 2031']],
    // Negatives: a month with an alternative that is no month keeps its month; a month alone keeps it.
    ['en: "in June or later" keeps the month', '2031-03-14',
      'The delegation will come in June or later.',
      ['in June → 2031-06']],
    ['ru: «в июне или позже» keeps the month', '2031-03-14',
      'Делегация приедет в июне или позже.',
      ['в июне → 2031-06']],
    ['en: "in early June" keeps the month', '2031-03-14',
      'The ministers will meet in early June.',
      ['in early June → 2031-06']],
  ] as const)('%s', (_name, date, text, want) => {
    expect(mentions(text, date)).toEqual(want);
  });
});
