import { describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../../types';
import { rx } from '../regex';
import { lowerSameLength } from '../lower';
import { isLetter, speakerLabels, tokenize, wordKey } from './tokens';

const doc = (text: string): ArticleDoc => ({ id: 'a', file: 'a.txt', header: {}, text, language: 'ru', sentences: [{ index: 0, start: 0, end: text.length, text }] });

describe('tokenize', () => {
  it.each([
    ['Пётр Ёлкин встретил iPhone-фанатов', ['петр', 'елкин', 'встретил', 'iPhone-фанатов']],
    ['İstanbul и Артём', [wordKey('İstanbul'), 'и', 'артем']],
    ['ΟΔΟΣ Ленина, ВИЦЕ-ПРЕМЬЕР', ['οδος', 'ленина', 'вице-премьер']],
    ["James O'Brien and О’Брайен met Atambayev's aide", ['james', "o'brien", 'and', 'о’брайен', 'met', 'atambayev', 's', 'aide']],
    ["rock'n'roll I'M", ['rock', 'n', 'roll', 'i', 'm']],
    // A short word at the text's end, with or without an apostrophe and a name after it (nothing read past the end).
    ['встретил O', ['встретил', 'o']],
    ["встретил O'", ['встретил', 'o']],
    ["встретил O'B", ['встретил', 'o', 'b']],
    ["встретил O'Br", ['встретил', "o'br"]],
  ])('%s: keys as each word lowered by itself', (text, keys) => {
    const toks = tokenize(doc(text));
    expect(toks.map((t) => t.key)).toEqual(keys);
    for (const t of toks) if (t.cap) expect(t.key).toBe(wordKey(t.text));
  });
});

describe('isLetter', () => {
  it('holds the same characters as the \\p{L} of rx', () => {
    const letter = rx(/^\p{L}$/u);
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isLetter(c) !== letter.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

it('finds the same words in the lower-case text but for the characters LETTER_CHANGES_WHEN_LOWERED lists', () => {
  const letter = rx(/^\p{L}$/u);
  const changed: number[] = [];
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    const l = lowerSameLength(ch);
    if (letter.test(ch) !== letter.test(l)) changed.push(c);
  }
  expect(changed).toEqual([0x2126, 0x212a, 0x212b, 0x2c63, 0xa77d, 0xa7b3, 0xa7c6]);
  for (const text of ['ΩKÅ-ab', 'xꞳy Ᶎz']) expect(tokenize(doc(text)).map((t) => t.text)).toEqual([...text.matchAll(rx(/\p{L}+(?:[-‐]\p{L}+)*/gu))].map((m) => m[0]));
});

it('splits words as \\p{L}+(?:[-‐]\\p{L}+)* would', () => {
  const text = 'a-b -c d- ‐e f‐g--h ё1ж ΩΣ ß';
  const word = rx(/\p{L}+(?:[-‐]\p{L}+)*/gu);
  expect(tokenize(doc(text)).map((t) => [t.start, t.text])).toEqual([...text.matchAll(word)].map((m) => [m.index, m[0]]));
});

describe('lowerSameLength', () => {
  it.each([
    ['Президент РФ', 'президент рф'],
    ['İzmir Ёж', 'İzmir ёж'],
  ])('%s → %s', (text, lower) => {
    expect(lowerSameLength(text)).toBe(lower);
  });
});

// The labels found from the colons are those the multiline regex finds at every position of the text.
describe('speakerLabels', () => {
  const everywhere = /^[A-ZА-ЯЁ][A-ZА-ЯЁ'’.-]*(?:[ \t]+[A-ZА-ЯЁ][A-ZА-ЯЁ'’.-]*){1,7}(?=:[ \t]+\S)/gmu;
  const reference = (text: string) => [...text.matchAll(everywhere)].map((m) => [m.index, m.index + m[0].length]);
  it.each([
    ['ANNA PETROVA: Good morning.', [[0, 12]]],
    ['A lead paragraph.\nIVAN SIDOROV: Thank you.\nOLGA KIM:\tWelcome.', [[18, 30], [43, 51]]],
    ['И. ПЕТРОВ: Здравствуйте.\nА. СИДОРОВА: Спасибо.', [[0, 9], [25, 36]]],
    ['MARIA LOPEZ-GARCIA: First: the agenda.', [[0, 18]]],
    ['Line one.\u2028O’NEIL GRAY: Hello.', [[10, 21]]],
    ['Line one.\u2029NEIL GRAY: Hello.', [[10, 19]]],
    ['Line one.\rMR. GRAY: Hello.', [[10, 18]]],
    ['He said: NEIL GRAY: not at a line start.', []],
    ['Time: 10:00\nNEIL GRAY: 10:30 start.', [[12, 21]]],
    ['  NEIL GRAY: spaces before the label.', []],
    ['GRAY: one word is no label.', []],
    ['NEIL GRAY:no space after the colon.', []],
    ['NEIL GRAY: ', []],
    ['NEIL GRAY :  a space before the colon.', []],
    [':', []],
    ['', []],
    ['Ёлкин ОЛЕГ: a lower-case letter.\nЁЛКИН ОЛЕГ: Да.', [[33, 43]]],
  ] as const)('«%s»', (text, spans) => {
    expect(speakerLabels(text)).toEqual(spans);
    expect(speakerLabels(text)).toEqual(reference(text));
  });
});
