/**
 * Writes a deterministic synthetic corpus for the benchmark:
 *   npx tsx scripts/bench/generate.ts --n 10000 [--out bench-data/corpus-10000] [--seed 20260101]
 * A few files are Windows-1251 and a few are exact duplicates, as in real archives.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import { generateArticle } from './article';
import { loadOfficials } from './people';

/** Default seed of the benchmark corpus. */
export const DEFAULT_SEED = 20260101;

/** What a generated corpus holds. */
export interface CorpusManifest {
  n: number;
  seed: number;
  bytes: number;
  languages: Record<string, number>;
  events: Record<string, number>;
  years: [number, number];
  cp1251: number;
  duplicates: number;
  officials: string;
}

/** Generates `n` articles into `outDir` (emptied first) and returns the manifest. */
export function generateCorpus(n: number, outDir: string, seed = DEFAULT_SEED, officialsFile = 'src/pipeline/knowledge/officials.json'): CorpusManifest {
  const { officials, source } = loadOfficials(officialsFile);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const m: CorpusManifest = { n, seed, bytes: 0, languages: {}, events: {}, years: [9999, 0], cp1251: 0, duplicates: 0, officials: source };
  let previous: { text: string } | null = null;
  for (let i = 0; i < n; i++) {
    const a = generateArticle(i, seed, officials);
    // Every 300th article repeats the previous one's text under its own name (a re-post).
    const text: string = i % 300 === 299 && previous ? previous.text : a.text;
    if (text !== a.text) m.duplicates++;
    const bytes = a.cp1251 && text === a.text ? iconv.encode(text, 'windows-1251') : Buffer.from(text, 'utf8');
    if (a.cp1251 && text === a.text) m.cp1251++;
    writeFileSync(join(outDir, a.file), bytes);
    m.bytes += bytes.length;
    m.languages[a.lang] = (m.languages[a.lang] ?? 0) + 1;
    m.events[a.event] = (m.events[a.event] ?? 0) + 1;
    const y = Number(a.iso.slice(0, 4));
    m.years = [Math.min(m.years[0], y), Math.max(m.years[1], y)];
    previous = { text: a.text };
  }
  writeFileSync(join(outDir, '..', `corpus-${n}.manifest.json`), JSON.stringify(m, null, 2));
  return m;
}

function main(argv: string[]): number {
  const flag = (k: string) => {
    const i = argv.indexOf(`--${k}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const n = Number(flag('n') ?? 10000);
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write('generate: --n must be a positive integer\n');
    return 2;
  }
  const out = resolve(flag('out') ?? `bench-data/corpus-${n}`);
  const t0 = performance.now();
  const m = generateCorpus(n, out, Number(flag('seed') ?? DEFAULT_SEED));
  process.stderr.write(`generate: ${n} articles, ${(m.bytes / 1e6).toFixed(1)} MB (avg ${Math.round(m.bytes / n)} B) in ${((performance.now() - t0) / 1000).toFixed(1)}s → ${out} (officials: ${m.officials})\n`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
