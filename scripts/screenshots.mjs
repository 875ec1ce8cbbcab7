#!/usr/bin/env node
// Screenshots of the built app (dist/) at phone and desktop widths, light and dark, en and ru.
// Usage: node scripts/screenshots.mjs [outDir] [query]   (run `npm run build` first)
// Env: PORT (default 4196), WAIT (ms after load, default 1500), FULL=1 (full page), CHROMIUM_PATH.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const outDir = process.argv[2] ?? '.tmp/shots';
const extra = process.argv[3] ?? '';
const port = Number(process.env.PORT ?? 4196);
mkdirSync(outDir, { recursive: true });
// Vite itself, not through npx: killing npx would leave the preview server running, and the next
// run would photograph the old build. --strictPort: a port already taken ends this run instead.
const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'pipe'] });
let said = '';
await new Promise((resolve) => {
  // Ready when vite names its address; an exit first (port taken, no dist/) ends this run.
  const listen = (d) => {
    said += d;
    if (said.replace(/\x1b\[[0-9;]*m/g, "").includes(`127.0.0.1:${port}`)) resolve();
  };
  server.stdout.on('data', listen);
  server.stderr.on('data', (d) => (said += d));
  server.on('exit', () => {
    console.error(`screenshots: vite preview did not start on port ${port}: ${said.trim()}`);
    process.exit(1);
  });
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
});
try {
  for (const [w, h] of [[1440, 1000], [375, 800]]) {
    for (const theme of ['light', 'dark']) {
      for (const lang of ['en', 'ru']) {
        const page = await browser.newPage({ viewport: { width: w, height: h }, deviceScaleFactor: 1 });
        await page.goto(`http://127.0.0.1:${port}/?lang=${lang}&theme=${theme}${extra ? `&${extra}` : ''}`);
        await page.waitForTimeout(Number(process.env.WAIT ?? 1500));
        const file = `${outDir}/app-${w}-${theme}-${lang}.png`;
        await page.screenshot({ path: file, fullPage: process.env.FULL === "1" });
        console.log(file);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  server.removeAllListeners('exit');
  server.kill();
}
