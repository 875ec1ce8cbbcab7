/** "that day" after a month that only names when something was founded (`anchored.ts`). Every text is invented. */
import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { dateMentions } from './mentions';

/** `text → date` of every mention, in text order. */
function mentions(text: string, articleDate: string): string[] {
  const { doc } = toDoc('t.txt', text);
  return dateMentions(doc, articleDate).map((m) => `${m.text} → ${m.date}`);
}

describe('a founding month named by a participle is no anchor of "that day"', () => {
  it.each([
    ['en: "the bloc, founded in December 1991" between the day and "Earlier that day"', '2031-12-29',
      'The presidents met on December 28 in Osh. The meeting came in the year of the bloc\'s 40th anniversary, founded in December 1991. Earlier that day, the host held the summit.',
      'Earlier that day → 2031-12-28'],
    ['ru: «Содружества, основанного в декабре 1991 года» before «В тот же день»', '2031-12-29',
      'Президенты встретились 28 декабря в Оше. Встреча прошла в год 40-летия Содружества, основанного в декабре 1991 года. В тот же день прошел саммит.',
      'В тот же день → 2031-12-28'],
    // Negative: a month told as the event itself still anchors "the same day".
    ['en: "was founded in December 1991" is the event told; the same day is of that month', '2031-12-29',
      'The fund was founded in December 1991. The same day, the ministers signed a protocol.',
      'The same day → 1991-12'],
    ['en: a month told as an event ("The November visit …") still anchors it', '2031-12-29',
      'The ministers met in Osh in November 2030. The same day, they signed a protocol.',
      'The same day → 2030-11'],
  ] as const)('%s', (_name, date, text, want) => {
    expect(mentions(text, date)).toContain(want);
  });
});
