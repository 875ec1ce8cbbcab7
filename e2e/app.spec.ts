import { expect, test } from '@playwright/test';

test('shows every seed article with its date and source', async ({ page }) => {
  await page.goto('./');
  const articles = page.getByTestId('article');
  await expect(articles).toHaveCount(2);
  await expect(page.getByRole('heading', { name: /Kyrgyzstan–Russia relations/ })).toBeVisible();
  await expect(articles.filter({ hasText: 'РИА Новости' })).toHaveCount(1);
  await expect(articles.locator('time[datetime="2025-11-11"]')).toHaveCount(1);
  await expect(articles.locator('time[datetime="2022-02-25"]')).toHaveCount(1);
  await expect(articles.filter({ hasText: 'КирТАГ' })).toHaveCount(1);
});

test('switches the interface to Russian', async ({ page }) => {
  await page.goto('./?lang=ru');
  await expect(page.getByRole('heading', { name: 'Источники' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
});
