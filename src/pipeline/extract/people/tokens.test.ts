import { describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../../types';
import { lowerSameLength, tokenize, wordKey } from './tokens';

const doc = (text: string): ArticleDoc => ({ id: 'a', file: 'a.txt', header: {}, text, language: 'ru', sentences: [{ index: 0, start: 0, end: text.length, text }] });

describe('tokenize', () => {
  it.each([
    ['Пётр Ёлкин встретил iPhone-фанатов', ['петр', 'елкин', 'встретил', 'iPhone-фанатов']],
    ['İstanbul и Артём', [wordKey('İstanbul'), 'и', 'артем']],
    ['ΟΔΟΣ Ленина, ВИЦЕ-ПРЕМЬЕР', ['οδος', 'ленина', 'вице-премьер']],
  ])('%s: keys as each word lowered by itself', (text, keys) => {
    const toks = tokenize(doc(text));
    expect(toks.map((t) => t.key)).toEqual(keys);
    for (const t of toks) if (t.cap) expect(t.key).toBe(wordKey(t.text));
  });
});

describe('lowerSameLength', () => {
  it.each([
    ['Президент РФ', 'президент рф'],
    ['İzmir Ёж', 'İzmir ёж'],
  ])('%s → %s', (text, lower) => {
    expect(lowerSameLength(text)).toBe(lower);
  });
});
