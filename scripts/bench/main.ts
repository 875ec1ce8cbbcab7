/**
 * `npm run bench`: generates the synthetic corpora, times the bundler, builds the app and an empty
 * Vite + React baseline, and measures the app with 10,000 articles in headless Chromium.
 * Prints a table with budgets and writes bench-data/results.json. Exit code 0 even when a budget
 * fails (it is a report); non-zero only when the bench itself could not run.
 *
 *   npm run bench [-- --reuse] [-- --no-browser] [-- --runs N]
 *   --reuse       keep corpora, bundles and their timings from an earlier run when they are there
 *   --no-browser  skip the Chromium measures
 *   --runs N      bundle each corpus N times (default 3) and report the median CPU time
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { initialAssets, totals } from './assets';
import { buildBaseline } from './baseline';
import { measureBrowser, type BrowserResult, type Latency } from './browser';
import { generateCorpus } from './generate';
import { fileSizes, folderBytes, machine, timed, type Timed } from './measure';
import { BUDGETS, check, info, kb, mb, renderMarkdown, renderTable, type Row } from './report';
import { serveStatic } from './serve';

const ROOT = resolve(import.meta.dirname, '../..');
const DATA = join(ROOT, 'bench-data');
const PORT = 4176;
const SIZES = [1000, 10000] as const;
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const argv = process.argv.slice(2);
const reuse = argv.includes('--reuse');
const noBrowser = argv.includes('--no-browser');
const runsAt = argv.indexOf('--runs');
/**
 * Bundler runs per corpus. One run's CPU time varies by ±20% on this shared VM (measured: the same
 * 10,000-article bundle took 16.9–24.7 s of CPU in six runs); the median of three is reported, with
 * the range beside it.
 */
const RUNS = runsAt >= 0 ? Math.max(1, Number(argv[runsAt + 1]) || 1) : 3;
const log = (s: string) => process.stderr.write(`${s}\n`);

/** One bundler run. */
interface BundleRun extends Timed {
  n: number;
  inputBytes: number;
  articles: number | null;
  milestones: number | null;
  /** The CLI's own timing (reading, extraction, writing; not module loading). */
  innerS: number | null;
  /** CPU seconds of every run (the reported `cpuS` is their median). */
  cpuRuns?: number[];
  /** One more run after those, with the extraction cache the last of them wrote (nothing changed in between). */
  warm?: Timed;
  dataset: { raw: number; gzip: number };
  texts: { bytes: number; files: number };
}

async function bundleRun(n: number, seeds: string, inputBytes: number): Promise<BundleRun> {
  const out = join(DATA, `out-${n}`);
  const saved = join(DATA, `bundle-${n}.json`);
  if (reuse && existsSync(saved) && existsSync(join(out, 'timeline.json'))) return JSON.parse(readFileSync(saved, 'utf8')) as BundleRun;
  // What `npm run bundle` runs: the CLI compiled ahead of time (built on the first, seeds run).
  const args = [join(ROOT, 'scripts/pipeline.mjs'), 'bundle', '--seeds', seeds, '--out', join(out, 'timeline.json')];
  const all: Timed[] = [];
  for (let k = 1; k <= RUNS; k++) {
    // Cold: every article extracted, as on a first run (the budget's measure); the run writes the cache.
    clearExtractionCache();
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    log(`bundling ${n} articles${RUNS > 1 ? ` (run ${k} of ${RUNS})` : ''}…`);
    const t = await timed(process.execPath, args, join(DATA, `time-${n}.txt`));
    if (t.code !== 0) throw new Error(`the bundler failed on ${seeds} (exit ${t.code}):\n${t.stderr.slice(-2000)}`);
    all.push(t);
  }
  // Again with the cache of the last run: re-bundling an archive in which no article changed.
  log(`bundling ${n} articles again, extractions from the cache…`);
  const warm = await timed(process.execPath, args, join(DATA, `time-${n}-warm.txt`));
  if (warm.code !== 0 || !/from the cache/.test(warm.stderr)) throw new Error(`the bundler did not use its extraction cache on ${seeds} (exit ${warm.code}):\n${warm.stderr.slice(-2000)}`);
  const t = medianRun(all);
  const m = t.stderr.match(/bundle: (\d+) articles, (\d+) milestones.* in ([\d.]+)s/);
  log(`  ${t.stderr.trim().split('\n').pop()}`);
  const r: BundleRun = {
    ...t,
    cpuRuns: all.map((x) => x.cpuS ?? x.wallS),
    warm: { ...warm, stderr: '' },
    n,
    inputBytes,
    articles: m ? Number(m[1]) : null,
    milestones: m ? Number(m[2]) : null,
    innerS: m ? Number(m[3]) : null,
    dataset: fileSizes(join(out, 'timeline.json')),
    texts: folderBytes(join(out, 'articles')),
  };
  writeFileSync(saved, JSON.stringify({ ...r, stderr: '' }));
  return r;
}

/** Removes the extraction caches the launcher keeps in .cache/pipeline (see src/pipeline/extractionCache.ts). */
function clearExtractionCache(): void {
  const dir = join(ROOT, '.cache/pipeline');
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) if (name.startsWith('extractions-')) rmSync(join(dir, name), { recursive: true, force: true });
}

/** The run with the median CPU time (the lower middle one of an even count). */
function medianRun(all: Timed[]): Timed {
  const sorted = [...all].sort((a, b) => (a.cpuS ?? a.wallS) - (b.cpuS ?? b.wallS));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${(r.stderr || r.stdout || '').slice(-3000)}`);
}

async function main(): Promise<number> {
  const t0 = performance.now();
  const host = machine();
  mkdirSync(DATA, { recursive: true });

  // 1. Corpora.
  const corpora: Record<number, { dir: string; bytes: number }> = {};
  for (const n of SIZES) {
    const dir = join(DATA, `corpus-${n}`);
    if (!(reuse && existsSync(dir))) {
      log(`generating ${n} articles…`);
      generateCorpus(n, dir, undefined, join(ROOT, 'src/pipeline/knowledge/officials.json'));
    }
    corpora[n] = { dir, bytes: folderBytes(dir).bytes };
  }

  // 2. Bundling: the two seed articles, then 1,000 and 10,000.
  const seedsDir = join(ROOT, 'seeds');
  const runs: BundleRun[] = [await bundleRun(2, seedsDir, folderBytes(seedsDir).bytes)];
  for (const n of SIZES) runs.push(await bundleRun(n, corpora[n]!.dir, corpora[n]!.bytes));
  const [, r1k, r10k] = runs as [BundleRun, BundleRun, BundleRun];

  // 3. The app with the big dataset beside it, and the baseline page.
  log('building the app…');
  const appDir = join(DATA, 'app');
  run(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', appDir, '--emptyOutDir', '--logLevel', 'warn']);
  cpSync(join(DATA, 'out-10000'), join(appDir, 'bench'), { recursive: true });
  const app = totals(initialAssets(join(appDir, 'index.html')));
  log('building the baseline (empty Vite + React page)…');
  const base = totals(initialAssets(await buildBaseline(join(DATA, 'baseline'))));

  // 4. Browser.
  let browser: BrowserResult | null = null;
  let browserWhy = 'skipped (--no-browser)';
  if (!noBrowser) {
    if (!existsSync(CHROMIUM)) browserWhy = `no Chromium at ${CHROMIUM}`;
    else {
      const server = await serveStatic(appDir, PORT);
      try {
        log(`measuring in Chromium: http://127.0.0.1:${PORT}/?data=bench/timeline.json&lang=en`);
        browser = await measureBrowser(`http://127.0.0.1:${PORT}/?data=bench/timeline.json&lang=en`, CHROMIUM, log);
        browserWhy = browser.skipped ?? '';
      } catch (e) {
        browserWhy = `browser failed: ${(e as Error).message.split('\n')[0]}`;
        log(browserWhy);
      } finally {
        server.close();
      }
    }
  }

  // 5. Table.
  // Per core = per CPU-second the bundler used (one thread, plus GC); unlike wall time it holds on a busy machine.
  const cpuOf = (r: BundleRun) => r.cpuS ?? r.wallS;
  const spread = (r: BundleRun) => (r.cpuRuns && r.cpuRuns.length > 1 ? ` (median of ${r.cpuRuns.length}: ${Math.min(...r.cpuRuns).toFixed(1)}–${Math.max(...r.cpuRuns).toFixed(1)})` : '');
  const perCore = (r: BundleRun) => r.inputBytes / 1e6 / cpuOf(r);
  const rows: Row[] = [];
  for (const r of [r1k, r10k]) {
    rows.push(
      check(
        `bundling ${r.n.toLocaleString('en')} articles (${mb(r.inputBytes)})`,
        perCore(r),
        (v) => `${v.toFixed(2)} MB/s per core · ${(r.n / cpuOf(r)).toFixed(0)} articles/s · ${(r.cpuS ?? 0).toFixed(1)} s CPU${spread(r)}, ${r.wallS.toFixed(1)} s wall`,
        `≥ ${BUDGETS.mbPerSecPerCore} MB/s per core`,
        (v) => v >= BUDGETS.mbPerSecPerCore,
      ),
    );
  }
  rows.push(
    check(
      'bundling linearity t(10k)/t(1k), CPU time',
      cpuOf(r10k) / cpuOf(r1k),
      (v) => `${v.toFixed(2)}× (wall ${(r10k.wallS / r1k.wallS).toFixed(2)}×, CLI's own timer ${r10k.innerS && r1k.innerS ? (r10k.innerS / r1k.innerS).toFixed(2) : '?'}×)`,
      `≤ ${BUDGETS.linearity}×`,
      (v) => v <= BUDGETS.linearity,
    ),
  );
  for (const r of [r1k, r10k]) {
    const w = r.warm;
    if (w) rows.push(info(`bundling ${r.n.toLocaleString('en')} articles again, none changed (extraction cache)`, `${(r.inputBytes / 1e6 / (w.cpuS ?? w.wallS)).toFixed(2)} MB/s per core · ${(w.cpuS ?? w.wallS).toFixed(1)} s CPU, ${w.wallS.toFixed(1)} s wall${w.peakRssMB === null ? '' : ` · ${w.peakRssMB.toFixed(0)} MB RSS`}`));
  }
  for (const r of [r1k, r10k]) rows.push(info(`bundler peak memory, ${r.n.toLocaleString('en')} articles`, r.peakRssMB === null ? 'n/a' : `${r.peakRssMB.toFixed(0)} MB RSS`));
  for (const r of runs) {
    rows.push(info(`dataset at ${r.n.toLocaleString('en')} articles${r.n === 2 ? ' (seeds/)' : ''}`, `${mb(r.dataset.raw)} raw · ${kb(r.dataset.gzip)} gzip · ${r.milestones ?? '?'} milestones (+ text and evidence of ${r.articles ?? '?'} articles in ${r.texts.files} pack file${r.texts.files === 1 ? "" : "s"}, ${mb(r.texts.bytes)}, on demand)`));
  }
  rows.push(check('initial JS (gzip), every feature', app.js.gzip, (v) => `${kb(v)} (${kb(app.js.raw)} raw)`, `≤ ${BUDGETS.initialJsKB} KB`, (v) => v <= BUDGETS.initialJsKB * 1024));
  rows.push(info('initial CSS (gzip)', `${kb(app.css.gzip)} (${kb(app.css.raw)} raw)`));
  rows.push(info('baseline: empty Vite + React page, JS (gzip)', `${kb(base.js.gzip)} (${kb(base.js.raw)} raw)`));
  const why = browserWhy || 'not measured';
  rows.push(check('article texts fetched on first load', browser && !browser.skipped ? browser.articleTextRequests : null, (v) => `${v} requests`, '0', (v) => v === 0, why));
  rows.push(
    check(
      `timeline drawn after navigation (${r10k.milestones ?? '?'} milestones)`,
      browser?.drawnMedianMs ?? null,
      (v) => `${v.toFixed(0)} ms median of 3 (dataset received at ${browser?.datasetLoadedMs?.toFixed(0) ?? '?'} ms)`,
      `≤ ${BUDGETS.drawnMs} ms`,
      (v) => v <= BUDGETS.drawnMs,
      why,
    ),
  );
  const lat = (x: Latency | { error: string } | null | undefined) => (x && !('error' in x) ? x : null);
  const latWhy = (x: Latency | { error: string } | null | undefined) => (x && 'error' in x ? x.error : why);
  const fl = lat(browser?.filter);
  const fmtLat = (l: Latency) => (v: number) => `p95 ${v.toFixed(1)} ms · p50 ${l.p50?.toFixed(1)} ms (${l.n} changes${l.unchanged ? `, ${l.unchanged} without a timeline update` : ''}, ${l.how})`;
  rows.push(check('filter change ("From year")', fl?.p95 ?? null, fl ? fmtLat(fl) : String, `p95 ≤ ${BUDGETS.filterP95Ms} ms`, (v) => v <= BUDGETS.filterP95Ms, latWhy(browser?.filter)));
  const zl = lat(browser?.zoom);
  rows.push(zl?.p95 != null ? info('zoom step', fmtLat(zl)(zl.p95)) : { measure: 'zoom step', value: `n/a (${latWhy(browser?.zoom)})`, budget: '—', status: 'n/a' });
  const pan = browser?.pan ?? null;
  rows.push(
    check('panning (drag for 2 s)', pan && pan.mutations > 0 ? pan.fps : null, (v) => `${v.toFixed(1)} fps · worst frame ${pan!.worstFrameMs.toFixed(0)} ms`, `≥ ${BUDGETS.panFps} fps`, (v) => v >= BUDGETS.panFps, pan ? 'dragging did not move the timeline' : why),
  );
  if (browser?.jsHeapMB != null) rows.push(info('page JS heap after load', `${browser.jsHeapMB.toFixed(0)} MB`));

  const hostLine = `${host.nproc} cores · ${host.cpu} · ${host.memory} · Node ${host.node} · Chromium ${browser?.chromium ?? (spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout ?? '').trim().replace(/^Chromium /, '').split(' ')[0]}`;
  const table = renderTable(rows);
  process.stdout.write(`\n${table}\n\nmachine: ${hostLine}\nbench took ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
  const results = { date: new Date().toISOString(), machine: { ...host, chromium: browser?.chromium ?? null }, corpora, bundles: runs.map(({ stderr: _s, ...r }) => r), app, baseline: base, browser, browserWhy, rows };
  writeFileSync(join(DATA, 'results.json'), JSON.stringify(results, null, 2));
  writeFileSync(join(DATA, 'results.md'), `${renderMarkdown(rows)}\n\nMachine: ${hostLine}\n`);
  log(`results → bench-data/results.json, bench-data/results.md`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: Error) => {
    process.stderr.write(`bench could not run: ${e.message}\n`);
    process.exit(1);
  },
);
