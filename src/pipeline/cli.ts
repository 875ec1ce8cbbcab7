/**
 * The pipeline's only I/O shell: argv, file system, stderr, exit codes.
 *
 *   tsx src/pipeline/cli.ts bundle [--seeds DIR] [--out FILE] [--format columns|plain]
 *   tsx src/pipeline/cli.ts eval --corpus DIR [--json FILE]
 *
 * Both take `--cache DIR|off`: where each article's extraction is kept for the next run (default:
 * the folder the launcher names in PIPELINE_EXTRACTION_CACHE, else none).
 */
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync, writeSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { z } from 'zod';
import { ARTICLE_DIR, groupPacks } from '../schema/articleFiles';
import { splitDataset } from '../schema/split';
import { packDataset } from '../schema/packed';
import { hash as digest } from 'node:crypto';
import { bundle, type InputFile } from './bundle';
import { compareKeys } from './collate';
import { evaluate, formatReport, GoldArticle } from './eval';
import { readCacheFile, runCache, type RunCache } from './extractionCache';
import { jsonBytes, textRecordsBytes } from './jsonBytes';
import { schemaFiles } from './schemaFiles';

interface Args {
  command: string;
  flags: Record<string, string>;
}

function parseArgs(argv: string[]): Args {
  const [command = 'bundle', ...rest] = argv;
  const flags: Record<string, string> = {};
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (!a.startsWith('--')) throw new Error(`unexpected argument "${a}"`);
    const [k, v] = a.includes('=') ? a.slice(2).split(/=(.*)/s) : [a.slice(2), rest[i + 1]];
    if (v === undefined || v.startsWith('--')) throw new Error(`--${k} needs a value`);
    if (!a.includes('=')) i++;
    flags[k!] = v;
  }
  return { command, flags };
}

/** Reads every file under `dir` (recursively); unreadable files become problems, not crashes. */
function readFolder(dir: string): { inputs: InputFile[]; unreadable: { file: string; message: string }[] } {
  const inputs: InputFile[] = [];
  const unreadable: { file: string; message: string }[] = [];
  const walk = (d: string) => {
    // Entries with their types: a stat per file only for links and unknown types (10,000 files, 10,000 syscalls fewer).
    const entries = readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const name = entry.name;
      if (name.startsWith('.')) continue;
      const full = join(d, name);
      const rel = relative(dir, full).split('\\').join('/');
      try {
        const isDir = entry.isDirectory() || (!entry.isFile() && statSync(full).isDirectory());
        if (isDir) walk(full);
        else inputs.push({ file: rel, bytes: readFileSync(full) });
      } catch (e) {
        unreadable.push({ file: rel, message: `could not be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      }
    }
  };
  walk(dir);
  return { inputs, unreadable };
}

/** Writes a file atomically: a temporary file beside it, then a rename. */
function writeAtomic(file: string, content: string | Uint8Array): void {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}

/** Writes a file atomically from parts written one after another (no string of the whole file). */
function writePartsAtomic(file: string, parts: Iterable<string>): void {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  const fd = openSync(tmp, 'w');
  try {
    for (const part of parts) writeSync(fd, part);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
}

/**
 * Replaces a folder's contents with a file per item (`file` gives its name and content): they are
 * written into a new folder beside it, which then takes its place. Two renames for the folder instead of a temporary file and a
 * rename per file (10,000 renames cost ≈0.3 s of CPU); files of earlier runs go with the old folder.
 */
function replaceFolder<T>(dir: string, items: readonly T[], file: (item: T) => [name: string, content: string | Uint8Array]): void {
  const fresh = `${dir}.${process.pid}.new`;
  const old = `${dir}.${process.pid}.old`;
  rmSync(fresh, { recursive: true, force: true });
  mkdirSync(fresh, { recursive: true });
  for (const item of items) {
    const [name, content] = file(item);
    writeFileSync(join(fresh, name), content);
  }
  let hadOld = true;
  try {
    renameSync(dir, old);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    hadOld = false;
  }
  renameSync(fresh, dir);
  if (hadOld) rmSync(old, { recursive: true, force: true });
}

/** An extraction cache of one input folder, read from its file, and how to write it back. */
interface OpenCache {
  cache: RunCache;
  save(): void;
}

/**
 * The extraction cache of `inputDir` in `dir` (`off` or none: no cache). A file that cannot be read
 * or used is named with the reason and the run extracts every article; one that cannot be written
 * is named too, and the run's output stands.
 */
function openCache(command: string, dir: string | undefined, inputDir: string): OpenCache | null {
  if (!dir || dir === 'off') return null;
  const file = join(resolve(dir), `${digest('sha256', inputDir, 'hex').slice(0, 16)}.json`);
  let text: string | null = null;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') process.stderr.write(`${command}: extraction cache ${file} not read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); extracting every article\n`);
  }
  const read = text === null ? { entries: {} } : readCacheFile(text, process.version);
  if ('reason' in read) process.stderr.write(`${command}: extraction cache ${file} not used: ${read.reason}; extracting every article\n`);
  const cache = runCache('entries' in read ? read.entries : {});
  return {
    cache,
    save() {
      try {
        mkdirSync(dirname(file), { recursive: true });
        writePartsAtomic(file, cache.fileParts(process.version));
      } catch (e) {
        process.stderr.write(`${command}: could not write the extraction cache ${file}: ${(e as Error).message}\n`);
      }
    },
  };
}

const cacheDir = (flags: Record<string, string>) => flags.cache ?? process.env.PIPELINE_EXTRACTION_CACHE;

function progress(done: number, total: number): void {
  if (total < 200 || !process.stderr.isTTY) {
    if (total >= 200 && (done % 1000 === 0 || done === total)) process.stderr.write(`  ${done}/${total} articles\n`);
    return;
  }
  if (done % 50 === 0 || done === total) process.stderr.write(`\r  ${done}/${total} articles${done === total ? '\n' : ''}`);
}

function runBundle(flags: Record<string, string>): number {
  const seeds = resolve(flags.seeds ?? 'seeds');
  const out = resolve(flags.out ?? 'public/data/timeline.json');
  const format = flags.format ?? 'columns';
  if (format !== 'columns' && format !== 'plain') {
    process.stderr.write(`bundle: --format must be "columns" (the default: one array per field, strings stored once) or "plain" (one object per record), not "${format}"\n`);
    return 2;
  }
  // Not `performance.now()`: the first use of `performance` loads node:perf_hooks (≈15 ms of every run).
  const t0 = process.hrtime.bigint();
  let folder: ReturnType<typeof readFolder>;
  try {
    folder = readFolder(seeds);
  } catch (e) {
    process.stderr.write(`bundle: cannot read the input folder ${seeds}: ${(e as Error).message}\n`);
    return 2;
  }
  const store = openCache('bundle', cacheDir(flags), seeds);
  const { dataset, texts, textUtf8 } = bundle(folder.inputs, { onProgress: progress, today: new Date().toISOString().slice(0, 10), cache: store?.cache });
  store?.save();
  for (const u of folder.unreadable) dataset.problems.push({ file: u.file, severity: 'error', message: u.message });
  dataset.problems.sort((a, b) => compareKeys(a.file, b.file));

  try {
    // The first view needs no quotes: they go to each article's file, beside its text, and the
    // files of consecutive articles are written together, a pack per file (see articleFiles.ts).
    const files = splitDataset(dataset, texts);
    const packs = groupPacks(files.main.articles, files.articles);
    // A text read as it was written is copied from the file's own bytes, not stringified and encoded again.
    const utf8Of = (f: { id: string }) => textUtf8.get(f.id);
    replaceFolder(join(dirname(out), ARTICLE_DIR), [...packs], ([path, pack]) => [basename(path), textRecordsBytes(pack, utf8Of)]);
    const schemas = schemaFiles();
    writeAtomic(join(dirname(out), 'timeline.schema.json'), schemas.timeline);
    writeAtomic(join(dirname(out), 'article.schema.json'), schemas.article);
    // Compact: at 10,000 articles indentation alone adds megabytes; columns (src/schema/packed.ts)
    // take a quarter of the bytes and parse faster than one object per record.
    // Written part by part (see jsonBytes): down to each column's values in the packed form, to
    // each record of a list in the plain one.
    writeAtomic(out, format === 'plain' ? jsonBytes(files.main, 2) : jsonBytes(packDataset(files.main), 6));
  } catch (e) {
    process.stderr.write(`bundle: could not write ${out}: ${(e as Error).message}\n`);
    return 1;
  }
  for (const p of dataset.problems) process.stderr.write(`  ${p.severity}: ${p.file}: ${p.message}\n`);
  const secs = (Number(process.hrtime.bigint() - t0) / 1e9).toFixed(2);
  const d = dataset;
  process.stderr.write(
    `bundle: ${d.articles.length} articles, ${d.milestones.length} milestones, ${d.people.length} people, ${d.figures.length} figures, ${d.problems.length} problems in ${secs}s${fromCache(store)} → ${relative(process.cwd(), out)}\n`,
  );
  return 0;
}

/** ", 9990 of 10000 from the extraction cache" when the cache gave any. */
function fromCache(store: OpenCache | null): string {
  const hits = store?.cache.hits() ?? 0;
  return hits ? ` (${hits} of ${store!.cache.size()} extractions from the cache)` : '';
}

function runEval(flags: Record<string, string>): number {
  const corpus = flags.corpus;
  if (!corpus) {
    process.stderr.write('eval: --corpus DIR is required (a folder with articles/ and gold.json, or seeds with a gold file via --gold)\n');
    return 2;
  }
  const articlesDir = flags.articles ?? (statSafe(join(corpus, 'articles')) ? join(corpus, 'articles') : corpus);
  // A corpus folder holds gold.json; a seeds folder has its annotation beside it as `<folder>.gold.json`.
  const goldFile = flags.gold ?? (fileExists(join(corpus, 'gold.json')) ? join(corpus, 'gold.json') : `${corpus.replace(/\/+$/, '')}.gold.json`);
  let gold: GoldArticle[];
  try {
    gold = z.array(GoldArticle).parse(JSON.parse(readFileSync(goldFile, 'utf8')));
  } catch (e) {
    process.stderr.write(`eval: cannot read gold file ${goldFile}: ${(e as Error).message.slice(0, 500)}\n`);
    return 2;
  }
  const { inputs } = readFolder(articlesDir);
  const store = openCache('eval', cacheDir(flags), resolve(articlesDir));
  const result = bundle(inputs.filter((i) => i.file.endsWith('.txt')), { cache: store?.cache });
  store?.save();
  const report = evaluate(result, gold);
  process.stdout.write(formatReport(report));
  if (flags.json) writeFileSync(flags.json, JSON.stringify(report, null, 2));
  return 0;
}

function fileExists(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function statSafe(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function main(): number {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\nusage: bundle [--seeds DIR] [--out FILE] [--cache DIR|off] | eval --corpus DIR [--gold FILE] [--json FILE] [--cache DIR|off]\n`);
    return 2;
  }
  if (args.command === 'bundle') return runBundle(args.flags);
  if (args.command === 'eval') return runEval(args.flags);
  process.stderr.write(`unknown command "${args.command}"; use bundle or eval\n`);
  return 2;
}

process.exitCode = main();
