import { describe, expect, it } from 'vitest';
import { rx } from '../regex';
import { GuardedSearch, literalHead } from './guarded-search';

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

describe('GuardedSearch', () => {
  const alternatives = ['министр[a-zа-я]{0,4}', 'посол', 'first\\s+deputy', 'deputy', 'зам(?:ести)?тел[a-zа-я]{0,2}', 'a?b'];
  const source = `(?<![\\p{L}\\d])(?:(${alternatives.slice(0, 2).join('|')})|(${alternatives.slice(2).join('|')}))(?![\\p{L}])`;
  const plain = rx(source, 'gu');
  const global = (text: string) => [...text.matchAll(plain)].map((m) => [m.index, m[0], m[1] ?? null]);
  const guarded = new GuardedSearch(source, 'u', alternatives);
  it.each([
    'министр иностранных дел и посол',
    'замминистра, заместитель министра, зам министра',
    'first deputy deputy firstdeputy first  deputy',
    'министрами посолы посол.',
    'b ab xb aab',
    'deputydeputy deputy',
    '',
  ])('«%s»: the matches of the global regex', (text) => {
    expect(guarded.all(text).map((m) => [m.index, m[0], m[1] ?? null])).toEqual(global(text));
  });

  it('searches everywhere when an alternative has no literal beginning', () => {
    const any = new GuardedSearch('(?:\\d+|год)', '', ['\\d+', 'год']);
    expect(any.all('в 1993 году').map((m) => m[0])).toEqual(['1993', 'год']);
  });
});
