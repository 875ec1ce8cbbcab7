import { describe, expect, it } from 'vitest';
import { jsonBytes, textRecordsBytes } from './jsonBytes';

const utf8 = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('jsonBytes', () => {
  it.each([
    ['empty list', []],
    ['empty record', {}],
    ['one article file', [{ id: 'a', text: 'Текст', sentences: [[0, 5]] }]],
    ['several records', [{ id: 'a', n: 1 }, { id: 'b', n: null }, { id: 'c', list: [] }]],
    ['scalars and nested lists', [1, 'two', true, null, [3, [4]], { a: { b: 'c' } }]],
    ['undefined and functions: null in a list, left out of a record', [undefined, () => 1, { x: undefined, y: () => 1, z: Symbol('s'), w: 1 }]],
    ['a record whose first fields are left out', { a: undefined, b: 1 }],
    ['a record with only fields left out', { a: undefined }],
    ['a toJSON giving undefined', { a: { toJSON: () => undefined }, b: [{ toJSON: () => undefined }] }],
    ['long runs of scalars and scalars between records', { n: Array.from({ length: 5000 }, (_, i) => (i % 3 ? i : `s${i}`)), m: [1, { a: 1 }, 2, 3, [4], undefined, 'x'.repeat(40_000), 'y'] }],
    ['flat lists among scalars, and a list holding a list', [[1, 2], 'a', [], ['b', null], [[3]], { c: [4] }, ['x'.repeat(20_000)], ['y'.repeat(20_000)], 5]],
    ['many flat lists', Array.from({ length: 3000 }, (_, i) => (i % 5 ? [i, `p${i}`] : i))],
    ['keys that need escaping, integer-like keys first', { 'a"b': 1, 'к\n': 2, 2: 'x', 1: 'y' }],
    ['escapes and non-ASCII', [{ q: '«Цитата» "quoted"\n\t\\ \u2028 € 😀 \ud800' }]],
    ['a date and a record with toJSON', { d: new Date(0), t: { toJSON: () => 'T' }, n: new Number(3) }],
    ['a record without a prototype', Object.assign(Object.create(null), { a: [1] })],
    ['scalars at the top', 'text'],
    ['number at the top', 1.5],
    ['null at the top', null],
  ] as [string, unknown][])('%s: the bytes of JSON.stringify', (_n, value) => {
    for (const depth of [0, 1, 2, 3, 5]) expect(utf8(jsonBytes(value, depth))).toBe(JSON.stringify(value));
  });

  it('grows past its buffer for a large value, and gives the right bytes again after', () => {
    const big = Array.from({ length: 3000 }, (_, i) => ({ id: `a${i}`, text: 'Ж'.repeat(300 + (i % 7)) }));
    expect(utf8(jsonBytes(big))).toBe(JSON.stringify(big));
    const small = [{ id: 'x' }];
    expect(utf8(jsonBytes(small))).toBe(JSON.stringify(small));
    const long = { strings: ['я'.repeat(2_000_000), '😀'.repeat(1_000_000)], n: [1, 2] };
    expect(utf8(jsonBytes(long, 2))).toBe(JSON.stringify(long));
  });
});

describe('textRecordsBytes', () => {
  const file = (id: string, text: string) => ({ id, text, sentences: [[0, text.length]], milestones: [{ id: `${id}-m1`, quote: text.slice(0, 5) }], figures: [], mentions: [] });
  const bytesOf = (records: { text: string }[]) => new Map(records.map((r) => [r, Buffer.from(r.text)]));
  it.each([
    ['no records', []],
    ['an empty text', [file('a', '')]],
    ['Cyrillic, Latin and an emoji', [file('a', 'Путин и Жапаров. “Trade” — 😀 €')]],
    ['a line feed, a tab, quotes and backslashes, at the edges and in a row', [file('a', '\n"a\\b"\t\n\n""\\\\x\t'), file('b', '«Ц»\n')]],
    ['only characters to escape', [file('a', '\n\t"\\')]],
    ['an id that needs escaping', [file('a"\\к', 'Текст\nещё')]],
    ['fields in another order', [{ text: 'Текст\n', id: 'a', sentences: [] }, { sentences: [], id: 'b', text: 'x"y' }]],
  ] as [string, { id: string; text: string }[]][])('%s: the bytes of JSON.stringify', (_n, records) => {
    const bytes = bytesOf(records);
    expect(utf8(textRecordsBytes(records, (r) => bytes.get(r)))).toBe(JSON.stringify(records));
  });

  it('stringifies a record whose text has no bytes given, and leaves every record as it was', () => {
    const records = [file('a', 'Один\n"два"'), file('b', 'Three\t"four"'), file('c', 'пять')];
    const before = JSON.stringify(records);
    const given = new Map([[records[1]!, Buffer.from(records[1]!.text)]]);
    expect(utf8(textRecordsBytes(records, (r) => given.get(r)))).toBe(before);
    expect(JSON.stringify(records)).toBe(before);
  });

  it('reads the bytes from where they stand in a larger buffer, and grows past its buffer', () => {
    const records = Array.from({ length: 400 }, (_, i) => file(`a${i}`, `${'Ж'.repeat(2000 + i)}\n"${i}"\t\\`));
    const whole = Buffer.from(records.map((r) => r.text).join(''));
    const given = new Map<object, Uint8Array>();
    let offset = 0;
    for (const r of records) {
      const n = Buffer.byteLength(r.text);
      given.set(r, whole.subarray(offset, offset + n));
      offset += n;
    }
    expect(utf8(textRecordsBytes(records, (r) => given.get(r)))).toBe(JSON.stringify(records));
    expect(utf8(jsonBytes([{ id: 'x' }]))).toBe('[{"id":"x"}]');
  });
});
