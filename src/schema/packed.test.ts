import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPacked, packDataset, PackedError, unpackDataset, type PackedFile } from './packed';

const fixture = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../e2e/fixtures/timeline.json'), 'utf8')) as Record<string, unknown>;
const trade = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../e2e/fixtures/trade.json'), 'utf8')) as Record<string, unknown>;
const same = (a: unknown, b: unknown) => expect(JSON.stringify(a)).toBe(JSON.stringify(b));
const colKind = (p: PackedFile, table: string, key: string) => {
  const t = p.tables[table]!;
  return t.cols[t.keys.indexOf(key)];
};

describe('packDataset / unpackDataset', () => {
  it.each([
    ['the timeline fixture', fixture],
    ['the trade fixture', trade],
    ['an empty dataset', { schemaVersion: 1, articles: [], people: [], milestones: [], figures: [], series: [], problems: [] }],
  ])('gives back %s exactly: keys, order and values', (_, d) => {
    const packed = packDataset(d);
    expect(isPacked(packed)).toBe(true);
    same(unpackDataset(JSON.parse(JSON.stringify(packed))), d);
  });

  it('writes each field the cheapest way it can', () => {
    const d = {
      schemaVersion: 1,
      articles: [
        { id: 'a1', file: 'a1.txt', textPath: 'articles/a1.json', tags: ['x', 'y'], chars: 10, note: null },
        { id: 'a2', file: 'a2.txt', textPath: 'articles/a2.json', tags: null, chars: 20, note: 'n' },
      ],
      figures: [
        { id: 'a1-f1', articleId: 'a1' },
        { id: 'a1-f2', articleId: 'a1' },
      ],
      series: [{ figureIds: ['a1-f2', 'a1-f1'] }],
      problems: [],
    };
    const p = packDataset(d);
    expect(colKind(p, 'articles', 'id')).toMatchObject({ k: 's' });
    expect(colKind(p, 'articles', 'file')).toMatchObject({ k: 'p', of: 'id', pre: '' });
    expect(colKind(p, 'articles', 'textPath')).toMatchObject({ k: 'p', of: 'id', pre: 'articles/' });
    expect(colKind(p, 'articles', 'tags')).toMatchObject({ k: 'l' });
    expect(colKind(p, 'articles', 'chars')).toMatchObject({ k: 'v', v: [10, 20] });
    expect(colKind(p, 'articles', 'note')).toMatchObject({ k: 's' });
    expect(colKind(p, 'figures', 'id')).toMatchObject({ k: 'p', of: 'articleId' });
    expect(colKind(p, 'series', 'figureIds')).toMatchObject({ k: 'r', table: 'figures', key: 'id', list: true, v: [[1, 0]] });
    // Empty lists and lists that are not of records stay as they are.
    expect(p.rest.problems).toEqual([]);
    expect(p.rest.schemaVersion).toBe(1);
    // Each string once.
    expect(new Set(p.strings).size).toBe(p.strings.length);
    same(unpackDataset(p), d);
  });

  it('keeps records whose fields differ as they are', () => {
    const d = { odd: [{ a: 1 }, { b: 2 }], swapped: [{ a: 1, b: 2 }, { b: 3, a: 4 }] };
    const p = packDataset(d);
    expect(p.tables).toEqual({});
    same(unpackDataset(p), d);
  });

  it('makes lazy tables on first use, the same as the others, and checks them at once', () => {
    const d = JSON.parse(JSON.stringify(packDataset(trade))) as PackedFile;
    const out = unpackDataset(d, { lazy: ['figures', 'series'] }) as Record<string, unknown>;
    expect(Object.getOwnPropertyDescriptor(out, 'figures')!.get).toBeTypeOf('function');
    expect(Object.keys(out)).toEqual(Object.keys(trade));
    same(out, trade);
    expect(Object.getOwnPropertyDescriptor(out, 'figures')!.get).toBeUndefined();
    expect(out.figures).toBe(out.figures);
    const damaged = JSON.parse(JSON.stringify(d)) as PackedFile;
    (damaged.tables.figures!.cols[1]!.v as unknown[])[0] = 1e9;
    expect(() => unpackDataset(damaged, { lazy: ['figures'] })).toThrow(PackedError);
  });

  it('returns a plain dataset as it is', () => {
    expect(unpackDataset(fixture)).toBe(fixture);
  });

  it.each([
    ['a string that is not there', (p: PackedFile) => ((p.tables.t!.cols[0]!.v as number[])[0] = 99), /string 99/],
    ['a field of the wrong length', (p: PackedFile) => p.tables.t!.cols[0]!.v.pop(), /wrong length/],
    ['a record that is not there', (p: PackedFile) => ((p.tables.u!.cols[0]!.v as number[])[0] = 5), /record 5 of "t"/],
    ['a missing table', (p: PackedFile) => delete p.tables.t, /table "t"/],
  ])('says what is wrong with %s', (_, damage, message) => {
    const p = packDataset({ t: [{ k: 'a', id: 'a-1' }], u: [{ ref: 'a-1' }] });
    expect(colKind(p, 'u', 'ref')).toMatchObject({ k: 'r' });
    damage(p);
    expect(() => unpackDataset(p)).toThrow(PackedError);
    expect(() => unpackDataset(p)).toThrow(message);
  });

  it('round-trips any list of records with the same fields (property)', () => {
    const text = fc.oneof(fc.constantFrom('a', 'b', 'a-1', ''), fc.string({ maxLength: 6 }));
    const value = fc.oneof(text, fc.constant(null), fc.integer(), fc.boolean(), fc.array(text, { maxLength: 3 }), fc.record({ x: text }));
    const table = fc.uniqueArray(fc.constantFrom('id', 'of', 'k', 'l', 'm'), { minLength: 1, maxLength: 4 }).chain((keys) =>
      fc.array(fc.tuple(...keys.map(() => value)).map((vs) => Object.fromEntries(keys.map((k, i) => [k, vs[i]]))), { maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.record({ v: fc.constant(1), a: table, b: table, c: fc.array(fc.integer()) }), (d) => {
        same(unpackDataset(JSON.parse(JSON.stringify(packDataset(d)))), d);
      }),
      { numRuns: 300 },
    );
  });
});
