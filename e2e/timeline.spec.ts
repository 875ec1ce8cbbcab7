/**
 * The main view on a frozen fixture dataset (e2e/fixtures): filter by year and by leader, reopen a
 * shared URL, drive the timeline by keyboard, and scan for accessibility violations.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const FIX = 'e2e/fixtures';

async function open(page: Page, query = '') {
  await page.route('**/data/timeline.json', (r) => r.fulfill({ path: `${FIX}/timeline.json` }));
  await page.route('**/data/articles/*.json', (r) => r.fulfill({ path: `${FIX}/articles/${r.request().url().split('/').pop()}` }));
  await page.goto(`./${query}`);
  await expect(page.getByRole('region', { name: /^(Timeline|Хронология)$/ })).toBeVisible();
}

const table = (page: Page) => page.getByRole('table', { name: /^(Milestones|Вехи)$/ });
const rows = (page: Page) => table(page).locator('tbody tr');

test('shows every milestone in the timeline and in the list', async ({ page }) => {
  await open(page, '?lang=en');
  await expect(rows(page)).toHaveCount(29);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByText('29 of 29 milestones')).toBeVisible();
  // Every dated milestone is a marker or inside a cluster badge.
  const marks = await timeline.locator('g.mark').count();
  const clustered = await timeline.locator('g.cluster').evaluateAll((gs) => gs.reduce((n, g) => n + Number(g.textContent!.replace(/\D/g, '')), 0));
  expect(marks + clustered).toBe(28);
});

test('filters by year: a single year, then a range', async ({ page }) => {
  await open(page, '?lang=en');
  await page.getByLabel('From year').selectOption('2019');
  await page.getByLabel('To year').selectOption('2019');
  await expect(rows(page)).toHaveCount(3);
  await expect(page).toHaveURL(/from=2019&to=2019/);
  for (const title of ['Vladimir Putin’s state visit to Bishkek', 'More than ten intergovernmental agreements signed', 'Intergovernmental Commission meets in Moscow']) {
    await expect(table(page).getByRole('row', { name: new RegExp(title) })).toBeVisible();
  }
  await page.getByLabel('To year').selectOption('2022');
  await expect(rows(page)).toHaveCount(7);
  await expect(page.getByRole('region', { name: 'Timeline' }).getByText('7 of 29 milestones')).toBeVisible();
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(rows(page)).toHaveCount(29);
  await expect(page).not.toHaveURL(/from=/);
});

test('filters by leader and keeps the two Japarovs apart', async ({ page }) => {
  await open(page, '?lang=en');
  const leader = page.getByLabel('Leader');
  await leader.fill('japarov');
  const options = page.getByRole('listbox', { name: 'People' }).getByRole('option');
  await expect(options).toHaveCount(2);
  await expect(options.filter({ hasText: /Sadyr Japarov.*President of Kyrgyzstan/ })).toBeVisible();
  await expect(options.filter({ hasText: /Akylbek Japarov.*Chairman of the Cabinet/ })).toBeVisible();
  await options.filter({ hasText: /Akylbek Japarov/ }).click();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Akylbek Japarov meets Mikhail Mishustin');
  await expect(page).toHaveURL(/leader=akylbek-japarov/);
  // Leaders combine with each other (either) and with the years (both).
  await leader.fill('sadyr');
  await leader.press('Enter');
  await expect(rows(page)).toHaveCount(10);
  await page.getByLabel('From year').selectOption('2025');
  await expect(rows(page)).toHaveCount(3);
  await expect(rows(page).filter({ hasText: 'Akylbek' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Remove Akylbek Japarov' }).click();
  await expect(page).not.toHaveURL(/akylbek/);
});

test('reopens a shared URL exactly, and back/forward work', async ({ page }) => {
  await open(page, '?from=2021&to=2025&leader=sadyr-japarov&m=2024-11-26-talks&lang=ru&theme=dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByLabel('С года')).toHaveValue('2021');
  await expect(page.getByLabel('До года')).toHaveValue('2025');
  await expect(page.getByRole('button', { name: 'Убрать: Садыр Жапаров' })).toBeVisible();
  const details = page.getByRole('region', { name: 'Подробности' });
  await expect(details.getByRole('heading', { name: 'Переговоры Садыра Жапарова и Владимира Путина в Бишкеке' })).toBeVisible();
  await expect(details.locator('mark')).toHaveText('Садыр Жапаров и Владимир Путин провели переговоры в Бишкеке 26 ноября 2024 года.');
  await expect(rows(page)).toHaveCount(7);
  await page.getByLabel('С года').selectOption('2024');
  await expect(rows(page)).toHaveCount(4);
  await page.goBack();
  await expect(page.getByLabel('С года')).toHaveValue('2021');
  await expect(rows(page)).toHaveCount(7);
  await page.goForward();
  await expect(page.getByLabel('С года')).toHaveValue('2024');
});

test('drops invalid and unknown link values with a notice', async ({ page }) => {
  await open(page, '?from=abc&leader=ghost&m=nope&lang=en');
  await expect(page.getByRole('status').filter({ hasText: 'Some link parameters were ignored' })).toBeVisible();
  await expect(rows(page)).toHaveCount(29);
  await expect(page).not.toHaveURL(/ghost|nope|abc/);
});

test('drives the timeline by keyboard', async ({ page }) => {
  await open(page, '?lang=en&from=2022&to=2022');
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const first = timeline.getByRole('button', { name: /^23rd meeting of the Intergovernmental Commission/ });
  await first.focus();
  await page.keyboard.press('Enter');
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { name: '23rd meeting of the Intergovernmental Commission' })).toBeVisible();
  await expect(page).toHaveURL(/m=2022-igc-23/);
  await page.keyboard.press('ArrowRight');
  await expect(details.getByRole('heading', { name: 'Akylbek Japarov meets Mikhail Mishustin' })).toBeVisible();
  await expect(timeline.getByRole('button', { name: /^Akylbek Japarov meets Mikhail Mishustin/ })).toBeFocused();
  await expect(details.getByText('Chairman of the Cabinet of Ministers of Kyrgyzstan')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(details.getByRole('heading', { name: '23rd meeting of the Intergovernmental Commission' })).toBeVisible();
  // Zoom by keys and by buttons; "Show all" returns to the fitted view.
  const zoomOut = timeline.getByRole('button', { name: 'Zoom out' });
  await expect(zoomOut).toBeDisabled();
  await page.keyboard.press('+');
  await expect(zoomOut).toBeEnabled();
  await timeline.getByRole('button', { name: 'Show all' }).click();
  await expect(zoomOut).toBeDisabled();
  // Tab reaches the markers.
  await timeline.getByRole('button', { name: 'Show all' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('data-id', /.+/);
});

test('wheel zooms at the pointer, drag pans, pinch zooms; a drag never selects', async ({ page }) => {
  await open(page, '?lang=en');
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const svg = timeline.locator('svg.timeline-svg');
  const zoomOut = timeline.getByRole('button', { name: 'Zoom out' });
  const box = (await svg.boundingBox())!;
  const cy = box.y + 12;
  // The centre of a year's label is where its tick is.
  const tickX = async (label: string) => {
    const b = (await timeline.locator('.timeline-axis text', { hasText: new RegExp(`^${label}$`) }).first().boundingBox())!;
    return b.x + b.width / 2;
  };

  // Wheel up over the chart zooms in around the pointer: the year under it stays put.
  await expect(zoomOut).toBeDisabled();
  const year = (await timeline.locator('.timeline-axis text').allTextContents()).filter((t) => /^\d{4}$/.test(t)).at(-3)!;
  const at = await tickX(year);
  await page.mouse.move(at, cy);
  await page.mouse.wheel(0, -400);
  await expect(zoomOut).toBeEnabled();
  await expect.poll(() => tickX(year)).toBeGreaterThan(at - 3);
  expect(await tickX(year)).toBeLessThan(at + 3);

  // Dragging right shows earlier dates: the same tick moves right by the drag.
  const before = await tickX(year);
  await page.mouse.move(box.x + box.width / 2, cy);
  await page.mouse.down();
  for (let i = 1; i <= 6; i++) await page.mouse.move(box.x + box.width / 2 + i * 10, cy);
  await page.mouse.up();
  await expect.poll(() => tickX(year)).toBeGreaterThan(before + 50);

  // A drag that starts on a marker does not open it; a click does.
  const mark = timeline.locator('g.mark .dot').first();
  const mb = (await mark.boundingBox())!;
  await page.mouse.move(mb.x + mb.width / 2, mb.y + mb.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 5; i++) await page.mouse.move(mb.x + mb.width / 2 - i * 8, mb.y + mb.height / 2);
  await page.mouse.up();
  await expect(page).not.toHaveURL(/m=/);
  const mark2 = timeline.locator('g.mark .dot').first();
  await mark2.click();
  await expect(page).toHaveURL(/m=/);

  // Two fingers moving apart zoom in (synthetic touch pointers, as a phone sends them).
  await timeline.getByRole('button', { name: 'Show all' }).click();
  await expect(zoomOut).toBeDisabled();
  await svg.evaluate((el, y) => {
    const b = el.getBoundingClientRect();
    const cx = b.left + b.width / 2;
    const ev = (type: string, id: number, x: number) =>
      el.dispatchEvent(new PointerEvent(type, { pointerId: id, pointerType: 'touch', isPrimary: id === 11, clientX: x, clientY: y, bubbles: true, cancelable: true }));
    ev('pointerdown', 11, cx - 40);
    ev('pointerdown', 12, cx + 40);
    ev('pointermove', 11, cx - 90);
    ev('pointermove', 12, cx + 90);
    ev('pointerup', 11, cx - 90);
    ev('pointerup', 12, cx + 90);
  }, cy);
  await expect(zoomOut).toBeEnabled();
});

test('a cluster opens on click', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await open(page, '?lang=en');
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const cluster = timeline.locator('g.cluster').first();
  await expect(cluster).toBeVisible();
  const before = await timeline.locator('g.mark').count();
  await cluster.click();
  await expect(timeline.getByRole('button', { name: 'Zoom out' })).toBeEnabled();
  expect(await timeline.locator('g.mark').count()).toBeGreaterThan(0);
  expect(before).toBeGreaterThan(0);
});

for (const [lang, theme, width] of [
  ['en', 'light', 1440],
  ['ru', 'dark', 375],
] as const) {
  test(`has no serious or critical axe violations (${lang}, ${theme}, ${width}px)`, async ({ page }) => {
    // axe walks the whole DOM: slow on a busy 2-core machine, so it gets more than the default 30 s.
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    await open(page, `?lang=${lang}&theme=${theme}&m=2024-11-26-talks`);
    await expect(page.locator('.details mark')).toBeVisible();
    const results = await new AxeBuilder({ page }).exclude('.ws-chart').analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test("a milestone's label opens it, as its marker does", async ({ page }) => {
  await open(page, '?lang=en');
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const mark = timeline.locator('g.mark').filter({ has: page.locator('text.mark-label') }).first();
  const id = await mark.getAttribute('data-id');
  await mark.locator('text.mark-label').click();
  await expect(page).toHaveURL(new RegExp(`m=${id}`));
  await expect(page.getByRole('region', { name: 'Details' })).toBeVisible();
});

test('the milestone list fits a phone: no side-scroll, participants under the title', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await open(page, '?lang=ru');
  const table = page.locator('.milestone-table');
  await expect(table).toBeVisible();
  const [scroll, client] = await page.locator('.table-scroll').evaluate((el) => [el.scrollWidth, el.clientWidth]);
  expect(scroll).toBeLessThanOrEqual(client);
  // The participants column is folded into the milestone's cell: three column headers remain.
  await expect(table.locator('thead th:visible')).toHaveCount(3);
  const withPeople = table.locator('tbody th .row-people:visible');
  expect(await withPeople.count()).toBeGreaterThan(0);
});
