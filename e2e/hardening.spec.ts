/**
 * Hostile text never runs in the page, and a missing or broken dataset gives a clear message.
 * The hostile article goes through the real bundler, then the page is pointed at its output.
 */
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const HOSTILE = [
  'source: javascript:window.__pwned=1',
  'url: javascript:window.__pwned=2',
  'title: <script>window.__pwned=3</script><img src=x onerror="window.__pwned=4"> Визит',
  'date: 2024-05-05',
  '',
  'МОСКВА, 5 мая – <b onmouseover="window.__pwned=5">Агентство</b>. Президент России Владимир Путин провёл переговоры с президентом Киргизии Садыром Жапаровым в Москве <img src=x onerror="window.__pwned=6">.',
  'Стороны подписали соглашение о сотрудничестве <script>window.__pwned=7</script> в области энергетики.',
  '',
].join('\n');

let outDir: string;

test.beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
  mkdirSync(join(dir, 'seeds'));
  writeFileSync(join(dir, 'seeds', 'hostile.txt'), HOSTILE);
  outDir = join(dir, 'out');
  execFileSync(process.execPath, ['--import', 'tsx', 'src/pipeline/cli.ts', 'bundle', '--seeds', join(dir, 'seeds'), '--out', join(outDir, 'timeline.json')], {
    stdio: 'pipe',
  });
});

async function serveFrom(page: Page, dir: string) {
  await page.route('**/data/timeline.json', (r) => r.fulfill({ path: join(dir, 'timeline.json') }));
  await page.route('**/data/articles/*.json', (r) => r.fulfill({ path: join(dir, 'articles', r.request().url().split('/').pop()!) }));
}

test('hostile titles, outlets, URLs and article text are shown as text and never run', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await serveFrom(page, outDir);
  await page.goto('./?lang=en');
  const sources = page.getByRole('region', { name: 'Sources' }).or(page.locator('section', { has: page.getByRole('heading', { name: 'Sources' }) }));
  await expect(sources.getByText('<script>window.__pwned=3</script>', { exact: false })).toBeVisible();
  // No link with a javascript: address anywhere.
  expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
  // Open the first milestone so the article text with its markup is rendered in the details panel.
  const firstRow = page.getByRole('table', { name: 'Milestones' }).locator('tbody tr').first();
  await firstRow.getByRole('button').or(firstRow.getByRole('link')).first().click();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByText(/onerror/).first()).toBeVisible();
  await page.locator('body').hover();
  await page.mouse.move(10, 10);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

for (const [name, body, status, message] of [
  ['missing', '', 404, /not found/i],
  ['empty', '', 200, /empty/i],
  ['corrupt', '{"schemaVersion": 2, "articles": [', 200, /not valid JSON/i],
  ['unknown version', '{"schemaVersion": 99, "articles": []}', 200, /schemaVersion 99/],
  ['wrong shape', '{"schemaVersion": 2, "articles": {}}', 200, /articles/],
] as const) {
  test(`dataset ${name}: a clear message, not a blank page`, async ({ page }) => {
    await page.route('**/data/timeline.json', (r) => r.fulfill({ status, body, contentType: 'application/json' }));
    await page.goto('./?lang=en');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('could not be loaded');
    await expect(alert).toContainText(message);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
}

test('the page forbids inline script by its Content-Security-Policy', async ({ page }) => {
  await page.goto('./');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toMatch(/script-src 'self'(;|$)/);
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
});
