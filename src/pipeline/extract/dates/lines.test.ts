import { describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../../types';
import { firstLines, headLines, lastLines, leadingSpaces, splitLines } from './lines';

const doc = (text: string): ArticleDoc => ({ id: 't', file: 't.txt', header: {}, text, sentences: [], language: 'ru' });
const texts = (lines: { text: string }[]) => lines.map((l) => l.text);

describe('splitLines', () => {
  it.each([
    ['blank lines are left out', 'a\n\n  \nb\n', ['a', 'b']],
    ['no final line break', 'a\nb', ['a', 'b']],
    ['empty text', '', []],
    ['lines of white space of every kind are blank', 'a\n\t\u00a0\u2003\u3000\ufeff\r\nb', ['a', 'b']],
    ['a line with a letter after white space is kept', ' \u00a0x\n', [' \u00a0x']],
  ])('%s', (_name, text, want) => {
    expect(texts(splitLines(text))).toEqual(want);
  });
});

describe('leadingSpaces counts what /^\\s*/ matches', () => {
  it.each(['', 'a', '  a', '\t\u00a0\u2028\ufeffa b', '\u200bx', '\u180ex', '   '])('%j', (text) => {
    expect(leadingSpaces(text)).toBe(text.match(/^\s*/)![0].length);
  });
});

describe('lines read from the article', () => {
  const text = 'one\n\ntwo\nthree three\n  \nfour\nfive';
  it.each([
    ['first lines, at most n', firstLines(doc(text), 2, 1000), ['one', 'two']],
    ['first lines start before the offset', firstLines(doc(text), 10, 9), ['one', 'two']],
    ['head lines cut a line across the offset', headLines(doc(text), 14, 10), ['one', 'two', 'three']],
    ['head lines drop what the cut leaves blank', headLines(doc('one\n   two'), 6, 10), ['one']],
    ['last lines, first to last', lastLines(doc(text), 2), ['four', 'five']],
  ])('%s', (_name, got, want) => {
    expect(texts(got)).toEqual(want);
  });

  it('head lines are the lines of the text cut at the offset', () => {
    for (let cut = 0; cut <= text.length; cut++) {
      expect(headLines(doc(text), cut, 4)).toEqual(splitLines(text.slice(0, cut)).slice(0, 4));
    }
  });
});
