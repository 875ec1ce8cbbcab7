/**
 * The bundler checks its dataset with the schema's `validate` and keeps it, instead of a parse that
 * copies it: that is the same result only while every record is built with the schema's fields in
 * its order. These tests bundle every held-out article set and compare the dataset with its parse.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dataset } from '../schema/dataset';
import { bundle } from './bundle';
import { withDerived } from './reconcile';

const EVAL = join(import.meta.dirname, '../../eval');
const folders = readdirSync(EVAL).filter((d) => d.startsWith('heldout')).map((d) => join(EVAL, d, 'articles'));

const read = (dir: string) => readdirSync(dir).map((file) => ({ file, bytes: readFileSync(join(dir, file)) }));

describe('bundle', () => {
  it.each(folders)('builds %s exactly as the schema parses it', (dir) => {
    const { dataset } = bundle(read(dir));
    expect(JSON.stringify(Dataset.parse(dataset))).toBe(JSON.stringify(dataset));
    // The first set also pays for compiling the extractors' patterns, slow on a busy machine.
  }, 60_000);

  it('builds derived figures exactly as the schema parses them', () => {
    const evidence = { articleId: 'a', quote: 'q', offsets: { start: 0, end: 1 } };
    const figures = withDerived([
      { id: 'a-f1', metric: 'trade_turnover', value: 2.5e9, unit: 'USD', period: '2021', kind: 'actual', qualifier: null, note: null, derivedFrom: [], ...evidence },
      { id: 'a-f2', metric: 'trade_turnover_growth_pct', value: 47, unit: '%', period: '2021', kind: 'actual', qualifier: null, note: null, derivedFrom: [], ...evidence },
    ]);
    expect(figures).toHaveLength(3);
    const parsed = Dataset.shape.figures.parse(figures);
    expect(JSON.stringify(parsed)).toBe(JSON.stringify(figures));
  });
});
