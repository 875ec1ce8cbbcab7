import { describe, expect, it } from 'vitest';
import { rx } from '../regex';
import { literalHead, type Phrase, PhraseSearch, shortestIn } from './phrase-search';

describe('literalHead', () => {
  it.each([
    ['перв[a-z]{0,4}\\s+замест', 'перв'],
    ['мид(?:а|у|ом|е)?', 'мид'],
    ['вице-премьер', 'вице-премьер'],
    ['ab?c', 'a'],
    ['ab*', 'a'],
    ['ab{0,2}', 'a'],
    ['\\d+', ''],
    ['[a-z]+', ''],
  ])('%s → %s', (pattern, head) => {
    expect(literalHead(pattern)).toBe(head);
  });
});

describe('shortestIn', () => {
  const set = new Set(['мин', 'министр', 'посол', 'first']);
  it.each([
    ['министерство', 'мин'],
    ['министр', 'мин'],
    ['посол', 'посол'],
    ['пос', null],
    ['first deputy', 'first'],
    ['', null],
  ])('%s → %s', (text, prefix) => {
    expect(shortestIn(set, text)).toBe(prefix);
  });
  it('finds the empty prefix', () => {
    expect(shortestIn(new Set(['']), 'abc')).toBe('');
  });
});

/** The matches of one global alternation of all phrases, a capturing group per phrase: what PhraseSearch must give. */
function reference(phrases: Phrase[], before: string, after: string, text: string) {
  const re = rx(`${before}(?:${phrases.map((p) => `(${p.pattern})`).join('|')})${after}`, 'gu');
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, tag: phrases[m.findIndex((x, i) => i > 0 && x !== undefined) - 1]!.tag }));
}

describe('PhraseSearch', () => {
  const phrases: Phrase[] = [
    { pattern: 'первый\\s+заместитель\\s+министр[a-zа-я]{0,2}', tag: 0 },
    { pattern: 'министр[a-zа-я]{0,4}', tag: 1 },
    { pattern: 'министерств[a-zа-я]{0,2}', tag: 2 },
    { pattern: 'посол', tag: 3 },
    { pattern: 'first\\s+deputy', tag: 4 },
    { pattern: 'deputy', tag: 5 },
    { pattern: 'зам(?:ести)?тел[a-zа-я]{0,2}', tag: 6 },
    { pattern: 'замминистр[a-zа-я]{0,2}', tag: 7 },
    { pattern: 'a?b', tag: 8 },
  ];
  const before = '(?<![\\p{L}\\d])';
  const after = '(?![\\p{L}])';
  const search = new PhraseSearch(phrases, before, after, 'u');
  it.each([
    'первый заместитель министра и министр иностранных дел, посол',
    'замминистра, заместитель министра, зам министра, заместителями',
    'first deputy deputy firstdeputy first  deputy',
    'министрами министерства посолы посол.',
    'b ab xb aab',
    'deputydeputy deputy 2deputy',
    '',
  ])('«%s»: the matches of the global alternation', (text) => {
    expect(search.all(text)).toEqual(reference(phrases, before, after, text));
  });

  it('searches everywhere when a phrase has no literal beginning', () => {
    const any: Phrase[] = [{ pattern: '\\d+', tag: 0 }, { pattern: 'год', tag: 1 }];
    expect(new PhraseSearch(any, '', '', 'u').all('в 1993 году')).toEqual([
      { start: 2, end: 6, tag: 0 },
      { start: 7, end: 10, tag: 1 },
    ]);
  });
});
