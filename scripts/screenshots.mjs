#!/usr/bin/env node
// Screenshots of the built app (dist/) at phone and desktop widths, light and dark, en and ru.
// Usage: node scripts/screenshots.mjs [outDir] [query]   (run `npm run build` first)
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const outDir = process.argv[2] ?? '.tmp/shots';
const extra = process.argv[3] ?? '';
const port = 4196;
mkdirSync(outDir, { recursive: true });
const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 2500));
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
  server.kill();
}
