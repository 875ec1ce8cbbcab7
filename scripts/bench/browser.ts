/** Browser measures in headless Chromium: time to the timeline drawn, filter and zoom latency, panning fps. */
import { chromium, type Browser, type Page } from '@playwright/test';
import { percentile } from './measure';
import { PAGE_PROBE } from './page-probe';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];

/** Latency figures of one interaction, in ms. */
export interface Latency {
  p50: number | null;
  p95: number | null;
  n: number;
  /** Changes after which the timeline did not change within 1 s. */
  unchanged: number;
  how: string;
}

/** Everything the browser part measures; `skipped` says why when the timeline was not drawn. */
export interface BrowserResult {
  chromium: string;
  skipped: string | null;
  drawnMs: number[];
  drawnMedianMs: number | null;
  datasetLoadedMs: number | null;
  markers: number | null;
  articleTextRequests: number;
  jsHeapMB: number | null;
  filter: Latency | { error: string } | null;
  zoom: Latency | { error: string } | null;
  pan: { fps: number; worstFrameMs: number; mutations: number; moves: number } | null;
  consoleErrors: string[];
}

type Samples = { samples: { ms: number; mutated: boolean }[]; how?: string; kind?: string } | { error: string };

function latency(r: Samples): Latency | { error: string } {
  if ('error' in r) return r;
  const ms = r.samples.map((s) => s.ms);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), n: ms.length, unchanged: r.samples.filter((s) => !s.mutated).length, how: r.how ?? r.kind ?? '' };
}

async function open(browser: Browser, url: string, errors: string[]): Promise<{ page: Page; drawn: number | null; requests: string[] }> {
  // The page's CSP forbids eval; the probe's string predicates need it (this does not change how the app runs).
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion: 'no-preference', bypassCSP: true });
  await context.addInitScript({ content: PAGE_PROBE });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && errors.length < 5 && errors.push(m.text().slice(0, 200)));
  page.on('pageerror', (e) => errors.length < 5 && errors.push(e.message.slice(0, 200)));
  await page.goto(url, { waitUntil: 'commit' });
  const drawn = await page
    .waitForFunction('window.__bench && window.__bench.drawnAt()', null, { polling: 'raf', timeout: 60_000 })
    .then((h) => h.jsonValue() as Promise<number>)
    .catch((e: Error) => {
      errors.push(`waiting for the timeline: ${e.message.split('\n')[0]}`);
      return null;
    });
  return { page, drawn, requests };
}

/** Runs the browser measures against `url` (the app with the 10,000-article dataset). */
export async function measureBrowser(url: string, executablePath: string, log: (s: string) => void): Promise<BrowserResult> {
  const browser = await chromium.launch({ executablePath, args: ARGS });
  const errors: string[] = [];
  const res: BrowserResult = {
    chromium: browser.version(),
    skipped: null,
    drawnMs: [],
    drawnMedianMs: null,
    datasetLoadedMs: null,
    markers: null,
    articleTextRequests: 0,
    jsHeapMB: null,
    filter: null,
    zoom: null,
    pan: null,
    consoleErrors: errors,
  };
  try {
    // Three cold loads, each in a fresh context with the page before it closed (it would still be
    // rendering its later views on the same two cores); the median is reported.
    let last: { page: Page; requests: string[] } | null = null;
    for (let i = 0; i < 3; i++) {
      if (last) await last.page.context().close();
      const o = await open(browser, url, errors);
      if (o.drawn === null) {
        res.skipped = 'timeline not rendered';
        const d = await o.page.evaluate('window.__bench && window.__bench.describe()').catch(() => null);
        log(`  browser: no milestone markers in a region named "Timeline" within 60 s (${JSON.stringify(d)}; ${errors.join('; ')})`);
        return res;
      }
      res.drawnMs.push(o.drawn);
      log(`  browser: load ${i + 1}: timeline drawn at ${o.drawn.toFixed(0)} ms`);
      last = o;
    }
    res.drawnMedianMs = percentile(res.drawnMs, 50);
    const page = last!.page;
    await page.waitForTimeout(1000);
    // Article files (packs of texts and evidence, `articles/<n>.json`) are for opened milestones only.
    res.articleTextRequests = last!.requests.filter((u) => /\/articles\/[^/]+\.json(\?|$)/.test(u)).length;
    res.datasetLoadedMs = await page.evaluate(
      // Downloaded in the page (a resource entry), or in a worker and handed over (the app's mark).
      "(() => { const e = performance.getEntriesByType('resource').find((r) => /timeline\\.json/.test(r.name)); const m = performance.getEntriesByName('dataset:received')[0]; return e ? e.responseEnd : m ? m.startTime : null; })()",
    );
    const d = (await page.evaluate('window.__bench.describe()')) as { markers: number } | null;
    res.markers = d?.markers ?? null;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = (await cdp.send('Performance.getMetrics')).metrics;
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize');
    res.jsHeapMB = heap ? heap.value / 2 ** 20 : null;

    res.filter = latency((await page.evaluate('window.__bench.filterChanges("From year", 20)')) as Samples);
    log(`  browser: filter ${JSON.stringify(res.filter)}`);
    res.zoom = latency((await page.evaluate('window.__bench.zoomSteps(20)')) as Samples);
    log(`  browser: zoom ${JSON.stringify(res.zoom)}`);
    res.pan = await pan(page);
    log(`  browser: pan ${JSON.stringify(res.pan)}`);
  } finally {
    await browser.close();
  }
  return res;
}

/** Zooms in a little, then drags the timeline back and forth for 2 s while counting animation frames. */
async function pan(page: Page): Promise<BrowserResult['pan']> {
  await page.evaluate('window.__bench.zoomIn(3)');
  const box = (await page.evaluate('window.__bench.surfaceBox()')) as { x: number; y: number; width: number; height: number } | null;
  if (!box || box.width < 50) return null;
  const cy = box.y + box.height / 2;
  const cx = box.x + box.width / 2;
  const reach = Math.min(200, box.width / 3);
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  await page.evaluate('window.__bench.startFrames()');
  const t0 = Date.now();
  let x = cx;
  let dir = -1;
  let moves = 0;
  while (Date.now() - t0 < 2000) {
    x += dir * 6;
    if (Math.abs(x - cx) > reach) dir = -dir;
    await page.mouse.move(x, cy);
    moves++;
  }
  const f = (await page.evaluate('window.__bench.stopFrames()')) as { frames: number; ms: number; worstFrameMs: number; mutations: number };
  await page.mouse.up();
  return { fps: f.ms > 0 ? ((f.frames - 1) * 1000) / f.ms : 0, worstFrameMs: f.worstFrameMs, mutations: f.mutations, moves };
}
