import { chromium } from '@playwright/test';
import { serveStatic } from '/work/main/scripts/bench/serve';
const server = await serveStatic('/work/main/bench-data/app', 4176);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const p = await b.newPage({ viewport: { width: 1440, height: 900 } });
p.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 300)));
p.on('pageerror', (e) => console.log('pageerror', e.message.slice(0, 300)));
const url = process.argv[2] ?? 'http://127.0.0.1:4176/?data=bench/timeline.json&lang=en';
const t0 = Date.now();
await p.goto(url);
for (let i = 0; i < 12; i++) {
  await p.waitForTimeout(2500);
  const s = await p.evaluate(() => ({ h2: [...document.querySelectorAll('h2')].map((h) => h.textContent), status: document.querySelector('[role=status]')?.textContent, alert: document.querySelector('[role=alert]')?.textContent?.slice(0, 300), marks: document.querySelectorAll('.mark,.cluster').length }));
  console.log(((Date.now() - t0) / 1000).toFixed(1), JSON.stringify(s));
  if (s.marks || s.alert) break;
}
await p.screenshot({ path: '/tmp/bench-shot.png' });
await b.close(); server.close();
