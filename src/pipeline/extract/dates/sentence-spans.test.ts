/**
 * The spans read in a sentence (`mentions.ts`, `taken`): a date inside one already read is not read again in that
 * sentence, and the next sentence starts with none (one list for the pass, a new one per sentence). Every text is invented.
 */
import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { dateMentions } from './mentions';

/** `text → date` of every mention, in text order. */
function mentions(text: string, articleDate: string): string[] {
  const { doc } = toDoc('t.txt', text);
  return dateMentions(doc, articleDate).map((m) => `${m.text} → ${m.date}`);
}

describe('spans read are kept per sentence', () => {
  it.each([
    ['the same date in two sentences, read in each', '2031-03-14',
      'The ministers met on 12 May 2029. They met again on 12 May 2029.',
      ['12 May 2029 → 2029-05-12', '12 May 2029 → 2029-05-12']],
    ['ru: the same date in two sentences', '2031-03-14',
      'Министры встретились 23 октября прошлого года. Они снова встретились 23 октября прошлого года.',
      ['23 октября прошлого года → 2030-10-23', '23 октября прошлого года → 2030-10-23']],
    ['a day read with its year is not read again alone', '2031-03-14',
      'Министры встретились 23 октября 2029 года.',
      ['23 октября 2029 года → 2029-10-23']],
  ] as const)('%s', (_name, date, text, want) => {
    expect(mentions(text, date)).toEqual(want);
  });
});
