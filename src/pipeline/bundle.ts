/**
 * Input files → dataset. Pure: the CLI reads the folder and passes the bytes in; this module
 * never touches the file system, so tests and the benchmark call it directly.
 */
import { hash as digest } from 'node:crypto';
import { z } from 'zod';
import { packPaths } from '../schema/articleFiles';
import { Dataset, SCHEMA_VERSION, type Article, type ArticleText, type Problem } from '../schema/dataset';
import { extractArticle } from './extract';
import { extractionKey, type ExtractionCache } from './extractionCache';
import { decode, toDoc } from './read';
import { Reconciler } from './reconcile';
import type { ArticleDoc, ArticleExtraction, Sentence } from './types';

/** One input file. */
export interface InputFile {
  /** Path relative to the input folder. */
  file: string;
  bytes: Uint8Array;
}

/**
 * An article's sentence offsets as one flat list (start, end, start, end …), written by JSON as the schema's
 * `[start, end]` pairs (`toJSON`, made only while the article's pack is written). Kept to the end of the run, the ≈20
 * pairs of an article were two objects each, ≈1.4 KB an article moved into the old generation by the young
 * generation's collections: most of the objects the bundler keeps.
 */
export class SentenceOffsets {
  constructor(
    /** `[start, end)` of each sentence, one after another. */
    readonly flat: readonly number[],
  ) {}

  /** The schema's pairs (`ArticleText.sentences`). */
  toJSON(): ArticleText['sentences'] {
    const flat = this.flat;
    const pairs: ArticleText['sentences'] = [];
    for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i]!, flat[i + 1]!]);
    return pairs;
  }
}

/** An article's text as the bundler keeps it: an `ArticleText` whose sentences JSON writes as the schema's pairs. */
export type KeptText = Omit<ArticleText, 'sentences'> & { sentences: SentenceOffsets };

/** What a bundle run produces. */
export interface BundleResult {
  dataset: Dataset;
  /** Per-article texts, written next to the dataset (in packs, see `articleFiles.ts`) and loaded on demand. */
  texts: KeptText[];
  /**
   * An article's text as UTF-8, by article id, where the file's own bytes are that (valid UTF-8 read as it is, no
   * character normalised away, so no control character but tab and line feed): the writer copies them instead of
   * stringifying and encoding the text again (see `textRecordsBytes`).
   */
  textUtf8: Map<string, Uint8Array>;
}

/** Largest article accepted whole; longer text is cut with a warning. */
export const MAX_CHARS = 2_000_000;

/** Options of a bundle run. */
export interface BundleOptions {
  onProgress?: (done: number, total: number) => void;
  /** Today's date (YYYY-MM-DD), only to warn about article dates in the future; never used to resolve dates. */
  today?: string;
  /** Extractions of earlier runs (see `extractionCache.ts`); articles found there are not extracted again. */
  cache?: ExtractionCache;
}

let compiledDataset: typeof Dataset | null = null;

/** Below this many articles compiling the schema costs more than it saves. */
const COMPILE_FROM_ARTICLES = 100;

/**
 * The schema the dataset is checked (and copied) with: for a large run `Dataset` compiled by zod
 * (`z.compile`: one generated function for the whole dataset, falling back to the ordinary parser
 * on invalid input), the same result ≈10 times faster than `Dataset.parse` (86 → 8 ms at 1,000
 * articles) after ≈6 ms of compiling.
 */
function datasetSchema(articles: number): typeof Dataset {
  if (articles < COMPILE_FROM_ARTICLES) return Dataset;
  return (compiledDataset ??= z.compile(Dataset));
}

/**
 * What is kept of an article once it is read: its record and its text file; its drafts go to the
 * reconciler as they are (`Reconciler.add`). Not the document: its sentence objects and what the
 * extractors cached for it (≈6 KB an article) would otherwise be held to the end of the run, moved
 * by every collection of the young generation into the old one and marked by every full collection
 * after that.
 */
interface KeptArticle {
  article: Article;
  text: KeptText;
}

function keepArticle(x: ArticleExtraction, hash: string): KeptArticle {
  const { doc } = x;
  return {
    article: {
      id: doc.id,
      file: doc.file,
      title: x.title,
      date: x.date.date,
      dateEvidence: x.date.evidence,
      language: doc.language,
      source: doc.header.source && !/^https?:/i.test(doc.header.source) ? doc.header.source : x.date.outlet,
      url: pickUrl(doc.header),
      place: x.date.place,
      // Set once every article is read (`packPaths`); the field is made here to keep the schema's order.
      textPath: '',
      chars: doc.text.length,
      sentenceCount: doc.sentences.length,
      hash: hash.slice(0, 16),
    },
    text: { id: doc.id, text: doc.text, sentences: sentenceOffsets(doc.sentences) },
  };
}

function sentenceOffsets(sentences: readonly Sentence[]): SentenceOffsets {
  const flat = new Array<number>(sentences.length * 2);
  for (let i = 0; i < sentences.length; i++) {
    flat[2 * i] = sentences[i]!.start;
    flat[2 * i + 1] = sentences[i]!.end;
  }
  return new SentenceOffsets(flat);
}

/**
 * For a small dataset, checked by the schema as it is: without zod's generated code for each kind of
 * record (made and compiled on first use, ≈10 ms of a run on the seeds; the same time as checking
 * the records without it at 99 articles).
 */
const NO_CODEGEN = { jitless: true } as const;

/** Builds the dataset from input files; every problem is reported, no valid article is lost. */
export function bundle(files: InputFile[], opts: BundleOptions = {}): BundleResult {
  const { onProgress, today = '2100-12-31', cache } = opts;
  const problems: Problem[] = [];
  const kept: KeptArticle[] = [];
  const reconciler = new Reconciler();
  const seen = new Map<string, string>();
  const ids = new Set<string>();
  const textUtf8 = new Map<string, Uint8Array>();
  const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  sorted.forEach((input, i) => {
    onProgress?.(i, sorted.length);
    const { file } = input;
    if (!/\.txt$/i.test(file)) {
      problems.push({ file, severity: 'warning', message: 'skipped: not a .txt file' });
      return;
    }
    const decoded = decode(input.bytes);
    if (decoded.binary) {
      problems.push({ file, severity: 'error', message: 'skipped: binary content, not text (is it an image or a document renamed .txt?)' });
      return;
    }
    if (!/^utf-8/.test(decoded.encoding)) {
      problems.push({ file, severity: 'warning', message: `decoded as ${decoded.encoding}; save it as UTF-8 to silence this warning` });
    }
    let text = decoded.text;
    if (text.length > MAX_CHARS) {
      problems.push({ file, severity: 'warning', message: `text is ${text.length} characters; only the first ${MAX_CHARS} were read` });
      text = text.slice(0, MAX_CHARS);
    }
    const { doc, warnings, verbatim } = toDoc(file, text);
    for (const w of warnings) problems.push({ file, severity: 'warning', message: w });
    if (!doc.text.trim()) {
      problems.push({ file, severity: 'error', message: 'skipped: the file has no article text (empty or whitespace only)' });
      return;
    }
    // One-shot: no Hash object per article (≈20% less time than createHash().update().digest()).
    // Valid UTF-8 read as it is: the body's own bytes are its UTF-8, hashed without encoding the text again.
    const own = verbatim && text === decoded.text && decoded.encoding === 'utf-8' ? bodyBytes(input.bytes, text, verbatim) : null;
    const hash = digest('sha256', own ?? doc.text, 'hex');
    const first = seen.get(hash);
    if (first) {
      problems.push({ file, severity: 'warning', message: `skipped: same text as ${first} (duplicate)` });
      return;
    }
    seen.set(hash, file);
    let id = doc.id;
    for (let n = 2; ids.has(id); n++) id = `${doc.id}-${n}`;
    ids.add(id);
    doc.id = id;
    if (own) textUtf8.set(id, own);
    const x = cache ? cachedExtraction(cache, doc, file, text) : extractArticle(doc);
    kept.push(keepArticle(x, hash));
    reconciler.add({ id, language: doc.language, people: x.people, figures: x.figures, milestones: x.milestones });
  });
  onProgress?.(sorted.length, sorted.length);

  // Consecutive articles share a file (a pack): one file created per ≈40 articles, not one each.
  const textPaths = packPaths(kept.map((k) => k.article.chars));
  const articles: Article[] = kept.map((k, i) => {
    k.article.textPath = textPaths[i]!;
    return k.article;
  });
  for (const a of articles) {
    const d = a.date;
    if (d && (d < '1991' || d.slice(0, today.length) > today.slice(0, d.length))) {
      problems.push({ file: a.file, severity: 'warning', message: `date ${d} is ${d < '1991' ? 'before 1991' : 'in the future'}; check the header or the dateline` });
    }
  }
  const texts: KeptText[] = kept.map((k) => k.text);
  const merged = reconciler.result();
  const built: Dataset = { schemaVersion: SCHEMA_VERSION, articles, ...merged, problems };
  // Checked, not copied: every record above and in `reconcile` is made with the schema's fields in
  // its order, so a parse would return an equal copy (tens of thousands of records made again, and
  // kept to the end of the run). Invalid data goes on to the parse, which throws as before.
  const schema = datasetSchema(articles.length);
  const dataset = schema.validate(built, schema === Dataset ? NO_CODEGEN : undefined) ? built : schema.parse(built);
  return { dataset, texts, textUtf8 };
}

/**
 * The UTF-8 bytes of the body `text.slice(at.start, at.end)`, read from the file's own bytes (valid UTF-8 decoded as it
 * is): hashing them spares encoding the text to UTF-8 again (≈14 instructions a character).
 */
function bodyBytes(bytes: Uint8Array, text: string, at: { start: number; end: number }): Uint8Array {
  return bytes.subarray(Buffer.byteLength(text.slice(0, at.start)), bytes.length - Buffer.byteLength(text.slice(at.end)));
}

/** The article's extraction from the cache, else extracted (and remembered). */
function cachedExtraction(cache: ExtractionCache, doc: ArticleDoc, file: string, text: string): ArticleExtraction {
  const key = extractionKey(doc.id, file, text);
  const hit = cache.get(key);
  if (hit) return { doc, ...hit };
  const x = extractArticle(doc);
  const { doc: _doc, ...rest } = x;
  cache.set(key, rest);
  return x;
}

/** The article's address: `url`, else a `source` that is an address (with any trailing note cut). */
function pickUrl(header: Record<string, string>): string | null {
  for (const v of [header.url, header.source]) {
    const m = v?.match(/^https?:\/\/\S+/i);
    if (m) return m[0];
  }
  return null;
}
