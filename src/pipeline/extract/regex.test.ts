import { describe, expect, it } from 'vitest';
import { execAll, fastSource, rx } from './regex';

describe('fastSource', () => {
  it.each([
    ['\\p{L}+', /^\[a-zA-Z.*\]\+$/],
    ['[\\p{L}\\p{N}]', /^\[a-zA-Z.*0-9.*\]$/],
    ['\\P{L}', /^\[\^a-zA-Z.*\]$/],
    ['\\\\p{L}', /^\\\\p\{L\}$/],
    ['[^\\P{L}]', /^\[\^\\P\{L\}\]$/],
    ['\\p{Script=Cyrillic}', /^\\p\{Script=Cyrillic\}$/],
  ])('%s', (source, expected) => {
    expect(fastSource(source)).toMatch(expected);
  });
});

describe('rx', () => {
  it.each([
    [/(?<![\p{L}\p{N}])сом\p{L}*(?![\p{L}])/giu, 'Сомони, сомов и 5сом', ['Сомони', 'сомов']],
    [/\p{Lu}\p{Ll}+/gu, 'Бишкек и Ош; Öskemen', ['Бишкек', 'Ош', 'Öskemen']],
    [/[^\p{L}\p{N}]+/gu, 'РИА-Новости 24', ['-', ' ']],
    [/(?<!\p{L})ң\p{L}*/giu, 'Ңаалар ңаа', ['Ңаалар', 'ңаа']],
  ])('%s keeps its matches on Russian, English and Kyrgyz text', (re, text, expected) => {
    const fast = rx(re);
    expect(fast.flags).toBe(re.flags);
    expect(execAll(fast, text).map((m) => m[0])).toEqual(expected);
    expect(execAll(re, text).map((m) => m[0])).toEqual(expected);
  });
});

describe('execAll', () => {
  it('finds every match and leaves lastIndex at 0', () => {
    const re = /\d+/g;
    expect(execAll(re, 'a1 b22 c333').map((m) => [m.index, m[0]])).toEqual([[1, '1'], [4, '22'], [8, '333']]);
    expect(re.lastIndex).toBe(0);
  });
  it('steps over empty matches', () => {
    expect(execAll(/x*/g, 'ab').length).toBe(3);
  });
});
