import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundle, type InputFile } from './bundle';
import { CACHE_FORMAT, cacheFileParts, extractionKey, readCacheFile, runCache, type CachedExtraction } from './extractionCache';

const NODE = 'v20.0.0';

describe('extractionKey', () => {
  const base = extractionKey('a', 'a.txt', 'text');
  it.each([
    ['the same article', ['a', 'a.txt', 'text'], true],
    ['another id (a second file of that name)', ['a-2', 'a.txt', 'text'], false],
    ['another file name', ['a', 'b/a.txt', 'text'], false],
    ['one character of the text changed', ['a', 'a.txt', 'texT'], false],
    ['the boundary between fields moved', ['a', 'a.txt\0', 'text'], false],
  ] as const)('%s', (_, [id, file, text], same) => {
    expect(extractionKey(id, file, text) === base).toBe(same);
  });
});

describe('readCacheFile', () => {
  const ok = (entries: object) => JSON.stringify({ format: CACHE_FORMAT, node: NODE, entries });
  it.each([
    ['a file it wrote', ok({ k: { title: 't' } }), 1, null],
    ['an empty cache', ok({}), 0, null],
    ['a cut-off file', ok({ k: { title: 't' } }).slice(0, 20), null, /^not JSON/],
    ['JSON without entries', '{"format":1}', null, /no entries/],
    ['JSON that is a list', '[]', null, /no entries/],
    ['another format', JSON.stringify({ format: CACHE_FORMAT + 1, node: NODE, entries: {} }), null, /^format/],
    ['another Node', JSON.stringify({ format: CACHE_FORMAT, node: 'v22.1.0', entries: {} }), null, /Node v22\.1\.0/],
  ] as const)('%s', (_, text, count, reason) => {
    const r = readCacheFile(text, NODE);
    if (count === null) expect('reason' in r && r.reason).toMatch(reason!);
    else expect('entries' in r && Object.keys(r.entries)).toHaveLength(count);
  });
});

describe('runCache', () => {
  const x = (title: string) => ({ title }) as unknown as CachedExtraction;
  it('keeps the entries a run used or added, and only those', () => {
    const cache = runCache({ used: x('u'), gone: x('g') });
    expect(cache.get('used')).toEqual(x('u'));
    expect(cache.get('missing')).toBeUndefined();
    cache.set('new', x('n'));
    expect(cache.hits()).toBe(1);
    const back = readCacheFile([...cache.fileParts(NODE)].join(''), NODE);
    expect('entries' in back && back.entries).toEqual({ used: x('u'), new: x('n') });
  });

  it('copies an entry when it is added: later changes to the records do not reach the file', () => {
    const cache = runCache();
    const value = x('before');
    cache.set('k', value);
    value.title = 'after';
    expect([...cache.fileParts(NODE)].join('')).toBe([...cacheFileParts(new Map([['k', '{"title":"before"}']]), NODE)].join(''));
  });

  it('does not take inherited names for entries', () => {
    expect(runCache({}).get('toString')).toBeUndefined();
  });
});

describe('bundle with an extraction cache', () => {
  const dir = join(import.meta.dirname, '../../eval/heldout2/articles');
  const files: InputFile[] = readdirSync(dir)
    .slice(0, 4)
    .map((file) => ({ file, bytes: readFileSync(join(dir, file)) }));
  // The same article twice under one name in two folders: ids `x` and `x-2`, each cached apart.
  const inputs = [...files, { file: `copy/${files[0]!.file}`, bytes: Buffer.concat([files[0]!.bytes, Buffer.from('\nP.S.')]) }];
  const out = (r: ReturnType<typeof bundle>) => JSON.stringify(r);

  it('gives the same dataset and texts cold, warm and without a cache', () => {
    const plain = out(bundle(inputs));
    const cold = runCache();
    expect(out(bundle(inputs, { cache: cold }))).toBe(plain);
    expect(cold.hits()).toBe(0);
    const read = readCacheFile([...cold.fileParts(NODE)].join(''), NODE);
    const warm = runCache('entries' in read ? read.entries : {});
    expect(out(bundle(inputs, { cache: warm }))).toBe(plain);
    expect(warm.hits()).toBe(inputs.length);
  }, 60_000);

  it('extracts an edited article again and forgets a removed one', () => {
    const first = runCache();
    bundle(inputs, { cache: first });
    const read = readCacheFile([...first.fileParts(NODE)].join(''), NODE);
    const edited = [{ ...inputs[0]!, bytes: Buffer.concat([inputs[0]!.bytes, Buffer.from('\nUpdated.')]) }, ...inputs.slice(1, 3)];
    const second = runCache('entries' in read ? read.entries : {});
    expect(out(bundle(edited, { cache: second }))).toBe(out(bundle(edited)));
    expect([second.hits(), second.size()]).toEqual([2, 3]);
  }, 60_000);
});
