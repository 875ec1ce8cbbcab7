import { describe, expect, it } from 'vitest';
import type { DateMention, Sentence } from '../../types';
import { mentionsBySentence } from './by-sentence';

const sentence = (index: number, start: number, end: number): Sentence => ({ index, start, end, text: 'x'.repeat(end - start) });
const mention = (start: number, end: number): DateMention => ({ start, end, text: 'x', date: '2020' }) as DateMention;

describe('mentionsBySentence: the mentions inside each sentence, as a filter per sentence finds them', () => {
  const ordered = [sentence(0, 0, 10), sentence(1, 11, 20), sentence(2, 25, 30)];
  it.each([
    ['none', ordered, []],
    ['one per sentence', ordered, [mention(1, 3), mention(12, 15), mention(25, 30)]],
    ['across a sentence end', ordered, [mention(8, 12)]],
    ['in a gap between sentences', ordered, [mention(21, 23), mention(21, 26)]],
    ['before the first sentence', [sentence(0, 5, 10)], [mention(0, 3), mention(4, 7)]],
    ['out of order', ordered, [mention(26, 28), mention(2, 4), mention(1, 9)]],
    ['overlapping sentences', [sentence(0, 0, 10), sentence(1, 5, 20)], [mention(6, 9), mention(12, 14)]],
  ])('%s', (_name, sentences, mentions) => {
    const want = sentences.map((s) => mentions.filter((m) => m.start >= s.start && m.end <= s.end));
    expect(mentionsBySentence(mentions, sentences)).toEqual(want);
  });
});
