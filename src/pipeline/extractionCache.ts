/**
 * The extraction of each article remembered between bundle runs: an archive of thousands of
 * articles is bundled again after a few were added or edited, and extracting an article costs
 * ≈2 ms of CPU while reading back what it gave costs a few µs. Pure: `cli.ts` reads and writes
 * the file; the launcher (`scripts/pipeline.mjs`) gives each build of the pipeline its own
 * folder, so what an older build extracted is never reused.
 */
import { hash as digest } from 'node:crypto';
import type { ArticleExtraction } from './types';

/** What extraction gives for an article, without its document (the bundler reads that again: it is cheap). */
export type CachedExtraction = Omit<ArticleExtraction, 'doc'>;

/** Remembered extractions by key (see `extractionKey`). */
export interface ExtractionCache {
  get(key: string): CachedExtraction | undefined;
  set(key: string, value: CachedExtraction): void;
}

/**
 * The key of an article's extraction: everything it depends on besides the pipeline's code — the
 * article's final id (a second file of the same name gets `-2`, which its records carry), its
 * file name and its decoded text.
 */
export function extractionKey(id: string, file: string, text: string): string {
  return digest('sha256', `${id}\0${file}\0${text}`, 'base64url');
}

/** Version of the file format; a file of another version is not read. */
export const CACHE_FORMAT = 1;

/** The cache as read from and written to its file. */
export interface CacheFile {
  format: number;
  /** The Node version that wrote it: case mapping and `Intl` come with it. */
  node: string;
  entries: Record<string, CachedExtraction>;
}

/** A cache of the entries read from a file; `fileText()` writes only those the run asked for or added. */
export interface RunCache extends ExtractionCache {
  /** How many articles came from the cache. */
  hits(): number;
  /** How many entries the run used or added. */
  size(): number;
  /** The next run's cache file, in parts: this run's entries (articles removed from the folder are forgotten). */
  fileParts(node: string): Iterable<string>;
}

/**
 * A cache over `entries` (from the previous run's file, or none). Each entry is turned into JSON
 * when it is asked for or added, before the later passes of the run see the records (reconciling
 * builds new records, but a copy taken then cannot change whatever they do).
 */
export function runCache(entries: Record<string, CachedExtraction> = {}): RunCache {
  const kept = new Map<string, string>();
  let hits = 0;
  return {
    get(key) {
      const x = Object.hasOwn(entries, key) ? entries[key] : undefined;
      if (x) {
        hits++;
        kept.set(key, JSON.stringify(x));
      }
      return x;
    },
    set(key, value) {
      kept.set(key, JSON.stringify(value));
    },
    hits: () => hits,
    size: () => kept.size,
    fileParts: (node) => cacheFileParts(kept, node),
  };
}

/**
 * The entries of a cache file's text, or why they cannot be used (the run then extracts every
 * article, as without a cache). `node` is the running Node's version.
 */
export function readCacheFile(text: string, node: string): { entries: Record<string, CachedExtraction> } | { reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { reason: `not JSON (${(e as Error).message})` };
  }
  const f = data as Partial<CacheFile> | null;
  if (!f || typeof f !== 'object' || typeof f.entries !== 'object' || f.entries === null) return { reason: 'no entries' };
  if (f.format !== CACHE_FORMAT) return { reason: `format ${String(f.format)}, not ${CACHE_FORMAT}` };
  if (f.node !== node) return { reason: `written by Node ${String(f.node)}, not ${node}` };
  return { entries: f.entries };
}

/**
 * A cache file holding `entries` (each already JSON), in parts to be written one after another:
 * joined, the file of 10,000 articles would be one more string of ≈40 MB.
 */
export function* cacheFileParts(entries: ReadonlyMap<string, string>, node: string): Generator<string> {
  yield `{"format":${CACHE_FORMAT},"node":${JSON.stringify(node)},"entries":{`;
  let first = true;
  for (const [key, json] of entries) {
    yield `${first ? '' : ','}${JSON.stringify(key)}:${json}`;
    first = false;
  }
  yield '}}';
}
