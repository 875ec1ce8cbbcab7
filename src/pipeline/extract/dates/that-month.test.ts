/** "that June", "the following March" (`that-month.ts`): a month of the year written before it. Every text is invented. */
import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { dateMentions } from './mentions';

/** `text → date` of every mention, in text order. */
function mentions(text: string, articleDate: string): string[] {
  const { doc } = toDoc('t.txt', text);
  return dateMentions(doc, articleDate).map((m) => `${m.text} → ${m.date}`);
}

describe('a month told as "that June" takes the year written before it', () => {
  it.each([
    ['the day before it gives the year', '2030-08-05',
      'The ministries opened talks on April 2, 2001, and the protocol was signed that June.',
      ['April 2, 2001 → 2001-04-02', 'that June → 2001-06']],
    ['a month before it gives the year', '2030-08-05',
      'The premier went to Osh in May 2011, and the minister followed that same October.',
      ['May 2011 → 2011-05', 'that same October → 2011-10']],
    ['"the following" month earlier in the year is of the next year', '2030-08-05',
      'The plan was adopted in November 2010 and revised the following March.',
      ['November 2010 → 2010-11', 'the following March → 2011-03']],
    // Negative: no year written before it, a modal "may", a day after the month (read by the day rules).
    ['no year before it', '2030-08-05', 'The protocol was signed that June.', []],
    ['"that may" is a modal', '2030-08-05', 'The talks began in March 2011. A deal that may follow is small.', ['March 2011 → 2011-03']],
  ] as const)('%s', (_name, date, text, want) => {
    expect(mentions(text, date)).toEqual(want);
  });
});
