/* eslint-disable no-restricted-imports -- runs in Node, never in the browser: reads public/boot.js to check it against load.ts */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetUrlFrom, loadDataset } from './load';
import { packDataset } from '../../schema/packed';

const PUBLIC = resolve(import.meta.dirname, '../../../public');
const BOOT = readFileSync(resolve(PUBLIC, 'boot.js'), 'utf8');
const WORKER = readFileSync(resolve(PUBLIC, 'dataset-worker.js'), 'utf8');

/** Runs public/boot.js on a page with this query, with or without workers; what it started. */
function boot(search: string, withWorker: boolean) {
  const win: { location: { search: string }; __datasetPrefetch?: { url: string; parsed?: unknown; response?: unknown } } = { location: { search } };
  const asked: string[] = [];
  const fetchStub = (u: string) => (asked.push(u), Promise.resolve(new Response('{}')));
  class FakeWorker {
    onmessage: ((e: { data: unknown }) => void) | null = null;
    postMessage(u: string) {
      asked.push(`worker:${u}`);
    }
    terminate() {}
  }
  new Function('window', 'fetch', 'Worker', BOOT)(win, fetchStub, withWorker ? FakeWorker : undefined);
  return { url: win.__datasetPrefetch!.url, viaWorker: !!win.__datasetPrefetch!.parsed, asked };
}

/** What public/dataset-worker.js posts back for a response. */
async function workerOutcome(res: Response | Error): Promise<unknown> {
  const self: { onmessage?: (e: { data: string }) => Promise<void>; postMessage: (m: unknown) => void; out?: unknown } = { postMessage: (m) => (self.out = m) };
  const fetchStub = () => (res instanceof Error ? Promise.reject(res) : Promise.resolve(res));
  new Function('self', 'fetch', WORKER)(self, fetchStub);
  await self.onmessage!({ data: 'x.json' });
  return self.out;
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
    expect(boot(search, true)).toEqual({ url, viaWorker: true, asked: [`worker:${url}`] });
    expect(boot(search, false)).toEqual({ url, viaWorker: false, asked: [url] });
  });
});

describe('dataset-worker.js', () => {
  it.each([
    ['a dataset', new Response('{"a":1}'), { kind: 'ok', json: { a: 1 } }],
    ['a missing file', new Response('no', { status: 404 }), { kind: 'http', status: 404 }],
    ['an empty file', new Response(' \n'), { kind: 'empty' }],
    ['a file cut short', new Response('{"a":'), { kind: 'invalid' }],
    ['no network', new Error('offline'), { kind: 'network', message: 'offline' }],
  ])('reports %s', async (_, res, out) => {
    expect(await workerOutcome(res)).toEqual(out);
  });
});

describe('loadDataset', () => {
  const plain = { schemaVersion: 1, articles: [], people: [], milestones: [{ id: 'a-m1', articleId: 'a' }], figures: [], series: [], problems: [] };
  const serve = (body: string, status = 200) => (() => Promise.resolve(new Response(body, { status }))) as unknown as typeof fetch;

  it.each([
    ['plain', JSON.stringify(plain)],
    ['in columns', JSON.stringify(packDataset(plain))],
  ])('reads a dataset written %s', async (_, body) => {
    expect(await loadDataset('x.json', serve(body))).toEqual(plain);
  });

  it.each([
    ['', 'empty'],
    ['{"schemaVersion":1', 'corrupt'],
    ['{"schemaVersion":99}', 'version'],
    [JSON.stringify({ ...packDataset(plain), strings: [] }), 'corrupt'],
  ])('refuses %j with reason %s', async (body, reason) => {
    await expect(loadDataset('x.json', serve(body))).rejects.toMatchObject({ reason });
  });

  it('says a missing file is missing', async () => {
    await expect(loadDataset('x.json', serve('', 404))).rejects.toMatchObject({ reason: 'missing', message: expect.stringContaining('x.json') });
  });
});
