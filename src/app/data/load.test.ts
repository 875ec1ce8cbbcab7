/* eslint-disable no-restricted-imports -- runs in Node, never in the browser: reads public/boot.js to check it against load.ts */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetUrlFrom, loadDataset } from './load';
import { packDataset } from '../../schema/packed';
import { SCHEMA_VERSION } from '../../schema/version';

const BOOT = readFileSync(resolve(import.meta.dirname, '../../../public/boot.js'), 'utf8');

/** Runs public/boot.js on a page with this query: the URL it starts downloading. */
function boot(search: string) {
  const win: { location: { search: string }; __datasetPrefetch?: { url: string } } = { location: { search } };
  const asked: string[] = [];
  const fetchStub = (u: string) => (asked.push(u), Promise.resolve(new Response('{}')));
  new Function('window', 'fetch', BOOT)(win, fetchStub);
  return { url: win.__datasetPrefetch!.url, asked };
}

describe('dataset URL', () => {
  it.each([
    ['', 'data/timeline.json'],
    ['?data=bench/timeline.json', 'bench/timeline.json'],
    ['?lang=ru&data=x.json', 'x.json'],
    ['?data=../secret.json', 'data/timeline.json'],
    ['?data=https://evil.example/x.json', 'data/timeline.json'],
    ['?data=a/b.txt', 'data/timeline.json'],
  ])('%s → %s, the same in boot.js and in the app', (search, url) => {
    expect(datasetUrlFrom(search)).toBe(url);
    expect(boot(search)).toEqual({ url, asked: [url] });
  });
});

describe('loadDataset', () => {
  const plain = { schemaVersion: SCHEMA_VERSION, articles: [], people: [], milestones: [{ id: 'a-m1', articleId: 'a' }], figures: [], series: [], problems: [] };
  const serve = (body: string, status = 200) => (() => Promise.resolve(new Response(body, { status }))) as unknown as typeof fetch;

  it.each([
    ['plain', JSON.stringify(plain)],
    ['in columns', JSON.stringify(packDataset(plain))],
  ])('reads a dataset written %s', async (_, body) => {
    expect(await loadDataset('x.json', serve(body))).toEqual(plain);
  });

  it.each([
    ['', 'empty'],
    ['{"schemaVersion":2', 'corrupt'],
    ['{"schemaVersion":99}', 'version'],
    // Version 1 had a file per article, not packs.
    ['{"schemaVersion":1,"articles":[]}', 'version'],
    [JSON.stringify({ ...packDataset(plain), strings: [] }), 'corrupt'],
  ])('refuses %j with reason %s', async (body, reason) => {
    await expect(loadDataset('x.json', serve(body))).rejects.toMatchObject({ reason });
  });

  it('says a missing file is missing', async () => {
    await expect(loadDataset('x.json', serve('', 404))).rejects.toMatchObject({ reason: 'missing', message: expect.stringContaining('x.json') });
  });
});
