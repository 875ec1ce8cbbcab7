import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

// A frozen fixture dataset stands in for the generated one.
async function useFixture(page: Page) {
  await page.route('**/data/timeline.json', (r) => r.fulfill({ path: 'e2e/fixtures/trade.json' }));
  await page.route('**/data/articles/*.json', (r) => r.fulfill({ path: `e2e/fixtures/articles/${r.request().url().split('/').pop()}` }));
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buf: Buffer): { width: number; height: number } {
  expect(buf.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

const panel = (page: Page) => page.getByRole('region', { name: 'Trade turnover' });

test.describe('trade chart on the page', () => {
  test('draws every period, explains a bar on keyboard focus and follows the leader filter', async ({ page }) => {
    await useFixture(page);
    await page.goto('./?lang=en');
    const chart = panel(page);
    await expect(chart.locator('.trade-bar')).toHaveCount(12);
    await expect(chart.locator('.trade-bar[data-period="2022-H1"]')).toHaveCount(1);
    const bar = chart.getByRole('button', { name: /^2022: \$2\.8–3\.1\sbn/ });
    await bar.focus();
    const tip = chart.getByRole('tooltip');
    await expect(tip).toContainText('Sources disagree');
    await expect(tip).toContainText('Kyrgyzstan’s trade with Russia hit a record $3.1 billion in 2022');
    await expect(tip).toContainText('Eurasianet, 10 Mar 2023');

    await page.goto('./?lang=en&leader=japarov');
    await expect(chart.getByTestId('trade-filter-note')).toHaveText('All years · only figures from articles featuring Sadyr Japarov');
    await expect(chart.locator('.trade-bar')).toHaveCount(3);
  });

  test('is one Tab stop: arrows move between bars with a visible ring and the tooltip, Enter opens the milestone', async ({ page }) => {
    await useFixture(page);
    await page.goto('./?lang=en');
    const chart = panel(page);
    await expect(chart.locator('.trade-bar')).toHaveCount(12);
    await expect(chart.locator('svg [tabindex="0"]')).toHaveCount(1);
    // Tab from the last toolbar button lands on the chart once, and the next Tab leaves it.
    await chart.getByRole('button', { name: 'Present' }).focus();
    await page.keyboard.press('Tab');
    const focused = page.locator('.trade-panel svg :focus');
    await expect(focused).toHaveAttribute('data-period', '2015');
    await expect(chart.locator('.trade-ring')).toHaveCount(1);
    await expect(chart.getByRole('tooltip')).toContainText('2015');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(focused).toHaveAttribute('data-period', '2018');
    await expect(chart.getByRole('tooltip')).toContainText('2018');
    await page.keyboard.press('End');
    await expect(focused).toHaveAttribute('data-kind', 'forecast');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.screenshot({ path: 'test-results/tc-keyboard-focus.png', clip: (await chart.boundingBox())! });
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/[?&]m=m-2019-visit/);
    await page.keyboard.press('Tab');
    await expect(page.locator('.trade-panel svg :focus')).toHaveCount(0);
  });

  test('the Embed button gives a ready iframe snippet and copies it', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
    await useFixture(page);
    await page.goto('./?lang=en&from=2018&to=2025');
    await panel(page).getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this chart' });
    await expect(dialog).toBeVisible();
    const code = await dialog.getByLabel('Embed code').inputValue();
    expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?from=2018&amp;to=2025&amp;lang=en" title="Kyrgyzstan–Russia trade turnover, 2018–2025" width="800" height="520"/);
    await expect(dialog.getByRole('status')).toHaveText('Copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
});

test.describe('accessibility', () => {
  for (const theme of ['light', 'dark']) {
    test(`the chart panel and the embed pass axe in the ${theme} theme`, async ({ page }) => {
      test.setTimeout(120_000); // two axe scans: slow on a loaded 2-core machine
      await useFixture(page);
      await page.goto(`./?lang=ru&theme=${theme}`);
      const ru = page.getByRole('region', { name: 'Товарооборот' });
      await expect(ru.locator('.trade-bar')).not.toHaveCount(0);
      await ru.locator('.trade-bar[data-period="2022"]').focus();
      const onPage = await new AxeBuilder({ page }).include('.trade-panel').analyze();
      expect(onPage.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
      await page.goto(`./embed.html?lang=en&theme=${theme}`);
      await expect(page.locator('.trade-bar')).not.toHaveCount(0);
      const embed = await new AxeBuilder({ page }).analyze();
      expect(embed.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    });
  }
});

test.describe('embed.html inside a cross-origin iframe', () => {
  test('shows the chart alone, fills its frame at any size and never navigates the parent', async ({ page, context, baseURL }) => {
    // Chromium's local-network checks treat an intercepted page as public: allow it to frame the local server.
    await context.grantPermissions(['local-network-access']);
    await useFixture(page);
    // Another origin (localhost, not 127.0.0.1) serves the host page.
    const host = `${baseURL!.replace('127.0.0.1', 'localhost')}embed-host.html`;
    await page.route(`${host}?**`, (r) => r.fulfill({ path: 'e2e/embed-host.html', contentType: 'text/html' }));
    const src = `${baseURL}embed.html?from=2018&lang=ru&theme=dark&leader=japarov`;
    await page.goto(`${host}?src=${encodeURIComponent(src)}&w=720&h=480`);
    const frame = page.frameLocator('#frame');
    const figure = frame.locator('svg.trade-figure');
    await expect(figure.locator('.trade-title')).toHaveText('Товарооборот Киргизии и России, 2018–2023');
    await expect(figure.locator('.trade-subtitle')).toContainText('только данные из статей, где упоминается: Садыр Жапаров');
    await expect(figure.locator('.trade-legend')).toContainText('Часть года');
    await expect(figure.locator('.trade-source')).toContainText('Источник:');
    await expect(frame.locator('header, nav, .app-header')).toHaveCount(0);
    expect(await figure.getAttribute('width')).toBe('720');

    // The figure follows its frame.
    await page.locator('#frame').evaluate((f: HTMLIFrameElement) => {
      f.width = '360';
      f.height = '600';
    });
    await expect(figure).toHaveAttribute('width', '360');
    await expect(figure).toHaveAttribute('height', /^5\d\d$/);

    // Links open new tabs; clicking a bar pins its explanation and the host page stays where it is.
    for (const a of await frame.locator('a').all()) {
      await expect(a).toHaveAttribute('target', '_blank');
      await expect(a).toHaveAttribute('rel', /noopener/);
    }
    await figure.locator('.trade-bar[data-period="2022"]').focus();
    await page.keyboard.press('Enter');
    await expect(frame.getByRole('tooltip')).toContainText('Russian statistics put the figure at $2.8 billion');
    await expect(frame.getByRole('tooltip').getByRole('link', { name: 'Eurasianet' }).first()).toHaveAttribute('target', '_blank');
    expect(page.url()).toContain(host);
  });
});

test.describe('exports', () => {
  test('downloads an SVG with text as text, and PNGs at 2× (16:9) and 4× (square)', async ({ page }) => {
    await useFixture(page);
    await page.goto('./?lang=en');
    const chart = panel(page);
    await expect(chart.locator('.trade-bar')).toHaveCount(12);

    const [svgDl] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: 'Download SVG' }).click()]);
    expect(svgDl.suggestedFilename()).toBe('kg-ru-trade-2015-2025-wide-en.svg');
    const svg = readFileSync((await svgDl.path())!, 'utf8');
    expect(svg).toContain('width="960"');
    expect(svg).toContain('@font-face');
    expect(svg).toMatch(/<text[^>]*class="trade-title"[^>]*>.*Kyrgyzstan–Russia trade turnover, 2015–2025/s);
    expect(svg).toMatch(/<text[^>]*class="trade-source"[^>]*>.*Source: figures quoted in 8 news articles/s);
    expect(svg).toContain('Data\u00a0to\u00a026\u00a0Nov\u00a02025.');

    const [png2] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: 'Download PNG' }).click()]);
    expect(png2.suggestedFilename()).toBe('kg-ru-trade-2015-2025-wide-en-2x.png');
    expect(pngSize(readFileSync((await png2.path())!))).toEqual({ width: 1920, height: 1080 });
    await png2.saveAs('test-results/tc-export-wide-2x.png');

    await chart.getByLabel('Export shape').selectOption('square');
    await chart.getByLabel('PNG resolution').selectOption('4');
    const [png4] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: 'Download PNG' }).click()]);
    expect(pngSize(readFileSync((await png4.path())!))).toEqual({ width: 2880, height: 2880 });
  });
});

test.describe('presentation mode', () => {
  test('steps through the milestones with the arrow keys and leaves with Esc', async ({ page }) => {
    await useFixture(page);
    await page.goto('./?lang=en&from=2019');
    const present = panel(page).getByRole('button', { name: 'Present' });
    await present.click();
    const deck = page.getByRole('dialog', { name: /Kyrgyzstan–Russia trade turnover, 2019–2025/ });
    await expect(deck).toBeVisible();
    await expect(deck).toContainText('Milestone 1 of 8');
    await expect(deck).toContainText('More than 20 cooperation documents signed');
    await expect(deck.locator('[data-milestone="m-2019-documents"]')).toHaveAttribute('data-active', 'true');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(deck).toContainText('Milestone 3 of 8');
    await expect(deck).toContainText('19th meeting of the intergovernmental commission');
    await expect(deck.locator('[data-milestone="m-2020-igc"]')).toHaveAttribute('data-active', 'true');
    await page.keyboard.press('End');
    await expect(deck).toContainText('Milestone 8 of 8');
    await page.keyboard.press('ArrowLeft');
    await expect(deck).toContainText('Milestone 7 of 8');
    await page.keyboard.press('Escape');
    await expect(deck).toBeHidden();
    await expect(present).toBeFocused();
  });
});
