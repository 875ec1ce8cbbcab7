import { describe, expect, it } from 'vitest';
import { toDoc } from '../read';
import type { Sentence } from '../types';
import { sentenceAt } from './sentence-at';

const sentence = (index: number, start: number, end: number): Sentence => ({ index, start, end, text: 'x'.repeat(end - start) });
// Two sentences with a space between them: [0, 10) and [11, 20).
const two = [sentence(0, 0, 10), sentence(1, 11, 20)];

describe('the sentence that holds an offset', () => {
  it.each([
    ['the first character of the first sentence', two, 0, 0],
    ['inside the first sentence', two, 5, 0],
    ['its last character', two, 9, 0],
    ['the first character of the second sentence', two, 11, 1],
    ['the last character of the text', two, 19, 1],
    // Overlapping sentences: the first that holds the offset, as a linear search finds it.
    ['the first of two overlapping sentences', [sentence(0, 0, 10), sentence(1, 5, 15)], 7, 0],
    // Negative cases.
    ['the end of a sentence (exclusive)', [sentence(0, 0, 10)], 10, null],
    ['the space between two sentences', two, 10, null],
    ['past the text', two, 20, null],
    ['before the text', two, -1, null],
    ['no sentences', [], 0, null],
  ])('%s', (_name, sentences, at, want) => {
    expect(sentenceAt(sentences, at)?.index ?? null).toBe(want);
  });

  it('finds the sentence of an offset in a read article', () => {
    const { doc } = toDoc('t.txt', 'Title\n\nTalks were held in Bishkek. The sides signed a treaty.');
    const at = doc.text.indexOf('signed');
    expect(sentenceAt(doc.sentences, at)?.text).toBe('The sides signed a treaty.');
  });
});
