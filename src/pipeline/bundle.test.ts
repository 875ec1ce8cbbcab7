/**
 * The bundler checks its dataset with the schema's `validate` and keeps it, instead of a parse that
 * copies it: that is the same result only while every record is built with the schema's fields in
 * its order. These tests bundle every held-out article set and compare the dataset with its parse.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dataset } from '../schema/dataset';
import iconv from 'iconv-lite';
import { bundle, SentenceOffsets } from './bundle';
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

  // The hash is of the text's UTF-8, read from the file's bytes when the file holds it as it is; those bytes are kept
  // for writing the text (`textUtf8`).
  const body = 'Путин встретился с Жапаровым в Бишкеке 3 мая 2024 года. “Trade” — $3 billion 😀.\nВторая строка.';
  it.each([
    ['UTF-8 with a header and trailing blank lines', Buffer.from(`title: Визит «Путина»\ndate: 2024-05-03\n\n${body}\n\n  \n`), true],
    ['UTF-8 without a header', Buffer.from(body), true],
    ['UTF-8 with trailing spaces of other kinds', Buffer.from(`${body}\u2028\u3000 \t`), true],
    ['UTF-8 with quotes, a backslash and a tab', Buffer.from(`"${body}" \\ \t"end"`), true],
    ['UTF-8 with CRLF line ends (normalised)', Buffer.from(`date: 2024-05-03\r\n\r\n${body.replace('\n', '\r\n')}\r\n`), false],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]), false],
    ['Windows-1251', iconv.encode('Путин встретился с Жапаровым в Бишкеке 3 мая 2024 года.\n', 'windows-1251'), false],
  ])('hashes the text of %s', (_n, bytes, asItIs) => {
    const { dataset, texts, textUtf8 } = bundle([{ file: 'a.txt', bytes }]);
    expect(dataset.articles[0]!.hash).toBe(createHash('sha256').update(texts[0]!.text).digest('hex').slice(0, 16));
    const own = textUtf8.get(texts[0]!.id);
    expect(own !== undefined).toBe(asItIs);
    if (own) expect(Buffer.from(own).toString()).toBe(texts[0]!.text);
  });

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

  // An article's sentences are kept flat to the end of the run and written as the schema's pairs.
  it.each([
    ['no sentence', [], '[]'],
    ['one sentence', [0, 5], '[[0,5]]'],
    ['three sentences', [0, 5, 6, 12, 14, 20], '[[0,5],[6,12],[14,20]]'],
  ])('writes the offsets of %s as pairs', (_n, flat, json) => {
    expect(JSON.stringify(new SentenceOffsets(flat))).toBe(json);
    expect(JSON.stringify({ id: 'a', sentences: new SentenceOffsets(flat) })).toBe(`{"id":"a","sentences":${json}}`);
  });

  it('keeps the offsets of the document it read', () => {
    const { texts } = bundle([{ file: 'a.txt', bytes: Buffer.from('Один. Два.') }]);
    expect(JSON.parse(JSON.stringify(texts[0]!.sentences))).toEqual([[0, 5], [6, 10]]);
  });
});
