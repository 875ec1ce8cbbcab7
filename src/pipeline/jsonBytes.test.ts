import { describe, expect, it } from 'vitest';
import { jsonArrayBytes } from './jsonBytes';

const utf8 = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('jsonArrayBytes', () => {
  it.each([
    ['empty', []],
    ['one record', [{ id: 'a', text: 'Текст', sentences: [[0, 5]] }]],
    ['several records', [{ id: 'a', n: 1 }, { id: 'b', n: null }, { id: 'c', list: [] }]],
    ['scalars and nested lists', [1, 'two', true, null, [3, [4]], { a: { b: 'c' } }]],
    ['undefined and functions become null, as in an array', [undefined, () => 1, { x: undefined }]],
    ['escapes and non-ASCII', [{ q: '«Цитата» "quoted"\n\t\\ \u2028 € 😀 \ud800' }]],
  ] as [string, unknown[]][])('%s: the bytes of JSON.stringify', (_n, items) => {
    expect(utf8(jsonArrayBytes(items))).toBe(JSON.stringify(items));
  });

  it('grows past its buffer for a large array, and gives the same bytes again after', () => {
    const big = Array.from({ length: 3000 }, (_, i) => ({ id: `a${i}`, text: 'Ж'.repeat(300 + (i % 7)) }));
    expect(utf8(jsonArrayBytes(big))).toBe(JSON.stringify(big));
    const small = [{ id: 'x' }];
    expect(utf8(jsonArrayBytes(small))).toBe(JSON.stringify(small));
    const item = { text: 'я'.repeat(2_000_000) };
    expect(utf8(jsonArrayBytes([item]))).toBe(JSON.stringify([item]));
  });
});
