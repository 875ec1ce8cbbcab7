/**
 * Loading the dataset and article texts by URLs relative to the page, so the build works under
 * any base path. A light structural check stands in for zod, which stays out of the browser bundle.
 */
import type { ArticleFile, DatasetFile as Dataset } from '../../schema/dataset';
import { PackedError, unpackDataset } from '../../schema/packed';
import { SCHEMA_VERSION } from '../../schema/version';

/** Default dataset location, relative to the page. */
export const DEFAULT_DATASET_URL = 'data/timeline.json';

/** Why a dataset could not be shown; `message` is for people. */
export class DatasetError extends Error {
  constructor(
    message: string,
    readonly reason: 'missing' | 'empty' | 'corrupt' | 'version' | 'network',
  ) {
    super(message);
  }
}

/** Checks that parsed JSON has the dataset's shape; throws a `DatasetError` naming what is wrong. */
export function checkDataset(json: unknown, url: string): Dataset {
  if (!json || typeof json !== 'object') throw new DatasetError(`${url} is not a JSON object.`, 'corrupt');
  const d = json as Partial<Dataset> & { schemaVersion?: unknown };
  if (d.schemaVersion !== SCHEMA_VERSION) {
    throw new DatasetError(
      `${url} has schemaVersion ${JSON.stringify(d.schemaVersion)}; this app reads version ${SCHEMA_VERSION}. Rebuild the data with "npm run bundle".`,
      'version',
    );
  }
  for (const key of ['articles', 'people', 'milestones', 'figures', 'series', 'problems'] as const) {
    // A table made on first use (see `unpackDataset`) was checked when it was read.
    if (Object.getOwnPropertyDescriptor(d, key)?.get) continue;
    if (!Array.isArray(d[key])) throw new DatasetError(`${url} has no "${key}" list; it may be damaged. Rebuild it with "npm run bundle".`, 'corrupt');
  }
  return d as Dataset;
}

/** Tables only the views after the first paint read (the trade chart). */
const LAZY_TABLES = ['figures', 'series'];

/** What reading the file gave. */
type ReadOutcome =
  | { kind: 'ok'; json: unknown }
  | { kind: 'network'; message: string }
  | { kind: 'http'; status: number }
  | { kind: 'empty' }
  | { kind: 'invalid' };

const early = new Map<string, Promise<ReadOutcome>>();

declare global {
  interface Window {
    /** The download `public/boot.js` started before any module ran. */
    __datasetPrefetch?: { url: string; response: Promise<Response> };
  }
}

/** Fetches, decodes and parses on this thread. */
async function readHere(url: string, fetchImpl: typeof fetch, started?: Promise<Response>): Promise<ReadOutcome> {
  let res: Response;
  try {
    res = await (started ?? fetchImpl(url, { cache: 'no-cache' }));
  } catch (e) {
    return { kind: 'network', message: (e as Error).message };
  }
  if (!res.ok) return { kind: 'http', status: res.status };
  // Bytes, then one decode: for a file of tens of megabytes this is about a second faster in
  // Chromium than `res.text()`, which decodes as the chunks arrive.
  const body = new TextDecoder().decode(await res.arrayBuffer());
  if (!body.trim()) return { kind: 'empty' };
  try {
    return { kind: 'ok', json: JSON.parse(body) };
  } catch {
    return { kind: 'invalid' };
  }
}

/**
 * Starts downloading the dataset before the app's code has run (see `prefetch.ts`), or takes over
 * the download `public/boot.js` started even earlier; the next `loadDataset` of the same URL takes
 * it instead of asking again.
 */
export function prefetchDataset(url: string): void {
  if (early.has(url)) return;
  const boot = typeof window === 'undefined' ? undefined : window.__datasetPrefetch;
  if (boot?.url === url) {
    window.__datasetPrefetch = undefined;
    early.set(url, readHere(url, fetch, boot.response));
    return;
  }
  early.set(url, readHere(url, fetch));
}

/** The dataset from what reading gave, or a `DatasetError` saying what is wrong. */
function datasetFrom(o: ReadOutcome, url: string): Dataset {
  performance.mark('dataset:received');
  switch (o.kind) {
    case 'network':
      throw new DatasetError(`Could not reach ${url}: ${o.message}`, 'network');
    case 'http':
      throw new DatasetError(`${url} was not found (HTTP ${o.status}). Run "npm run bundle" to create it.`, 'missing');
    case 'empty':
      throw new DatasetError(`${url} is empty. Run "npm run bundle" to create it.`, 'empty');
    case 'invalid':
      throw new DatasetError(`${url} is not valid JSON; it may have been cut short. Run "npm run bundle" again.`, 'corrupt');
  }
  // A file written in columns (the bundler's default) becomes records again: every view reads records.
  let json: unknown;
  try {
    // The trade figures are made when the chart first asks: the timeline is drawn before that.
    json = unpackDataset(o.json, { lazy: LAZY_TABLES });
  } catch (e) {
    throw new DatasetError(`${url} is damaged: ${e instanceof PackedError ? e.message : String(e)}. Run "npm run bundle" again.`, 'corrupt');
  }
  performance.mark('dataset:parsed');
  return checkDataset(json, url);
}

/** Fetches and checks the dataset. */
export async function loadDataset(url: string = DEFAULT_DATASET_URL, fetchImpl: typeof fetch = fetch): Promise<Dataset> {
  const started = fetchImpl === fetch ? early.get(url) : undefined;
  early.delete(url);
  return datasetFrom(await (started ?? readHere(url, fetchImpl)), url);
}

/** Packs requested so far, by URL: each article file of a pack, by article id. */
const packCache = new Map<string, Promise<ReadonlyMap<string, ArticleFile>>>();

/** Fetches one pack of article files (see `schema/articleFiles.ts`) and indexes it by article id. */
async function fetchPack(url: string, textPath: string): Promise<ReadonlyMap<string, ArticleFile>> {
  // Revalidated, not taken from the HTTP cache unasked: a rebuild puts other articles in `articles/3.json`.
  const r = await fetch(url, { cache: 'no-cache' });
  if (!r.ok) throw new Error(`Article file ${textPath} not found (HTTP ${r.status})`);
  const pack = (await r.json()) as unknown;
  if (!Array.isArray(pack)) throw new Error(`Article file ${textPath} is not a list of articles; rebuild the data with "npm run bundle"`);
  const files = new Map<string, ArticleFile>();
  for (const f of pack as (Partial<ArticleFile> & Pick<ArticleFile, 'id' | 'text'>)[]) {
    // A file without evidence lists still gives its text.
    files.set(f.id, { ...f, sentences: f.sentences ?? [], milestones: f.milestones ?? [], figures: f.figures ?? [], mentions: f.mentions ?? [] });
  }
  return files;
}

/**
 * Loads one article's file on demand: its text and the evidence — quotes, offsets, date evidence —
 * of everything read from it. It comes in the pack its `textPath` names (relative to the dataset
 * file), which is fetched once and kept: the articles beside it cost no further request.
 */
export async function loadArticleFile(article: { id: string; textPath: string }, datasetUrl: string = datasetUrlFrom(window.location.search)): Promise<ArticleFile> {
  const url = new URL(article.textPath, new URL(datasetUrl, document.baseURI)).href;
  let p = packCache.get(url);
  if (!p) {
    p = fetchPack(url, article.textPath);
    p.catch(() => packCache.delete(url));
    packCache.set(url, p);
  }
  const file = (await p).get(article.id);
  if (!file) throw new Error(`Article ${article.id} is not in ${article.textPath}; rebuild the data with "npm run bundle"`);
  return file;
}

/**
 * Dataset URL for this page: `?data=bench/timeline.json` loads another dataset built beside the
 * app (for the benchmark); only same-folder relative paths are accepted.
 */
export function datasetUrlFrom(search: string): string {
  const v = new URLSearchParams(search).get('data');
  return v && /^[a-z0-9_-]+(\/[a-z0-9_-]+)*\.json$/i.test(v) ? v : DEFAULT_DATASET_URL;
}
