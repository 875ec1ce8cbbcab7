/** "June 3–4, 2030": an English span of days, month first, takes the year written after its last day. Every text is invented. */
import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { dateMentions } from './mentions';

/** `text → date` of every mention, in text order. */
function mentions(text: string, articleDate: string): string[] {
  const { doc } = toDoc('t.txt', text);
  return dateMentions(doc, articleDate).map((m) => `${m.text} → ${m.date}`);
}

describe('a month-first span of days with its year', () => {
  it.each([
    ['a hyphen between the days', '2031-02-10', 'The forum met in Osh on April 7-8, 2026, with both ministers.', 'April 7-8, 2026 → 2026-04-07'],
    ['an en dash with spaces, a timeline bullet', '2031-02-10', '• July 3 – 5, 2016 – A regional summit in Cholpon-Ata.', 'July 3 – 5, 2016 → 2016-07-03'],
    ['an abbreviated month', '2031-02-10', 'Sept. 21–22, 2019: the ministers held talks in Moscow.', 'Sept. 21–22, 2019 → 2019-09-21'],
    // Negative: without a year the span keeps the article's year and its first day alone.
    ['no year after the span', '2031-02-10', 'The fair runs on May 12-14 in Bishkek.', 'May 12 → 2031-05-12'],
    // Negative: a span whose last day is followed by a count, not a year, keeps the article's year.
    ['a count after the span', '2031-02-10', 'The fair runs on May 12-14, 300 firms taking part.', 'May 12 → 2031-05-12'],
  ] as const)('%s', (_name, date, text, want) => {
    expect(mentions(text, date)).toContain(want);
  });
});
