import { expect, test } from '@playwright/test';
import { pageTypes } from './pages.ts';

test.use({ viewport: { width: 320, height: 640 } });

test('no page type scrolls sideways at 320 px', async ({ page }) => {
  for (const url of await pageTypes(page)) {
    await page.goto(url);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${url} is ${overflow}px wider than the 320px viewport`).toBeLessThanOrEqual(0);
  }
});

test('pages declare Korean and keep Korean words whole', async ({ page }) => {
  for (const url of await pageTypes(page)) {
    await page.goto(url);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    expect(await page.evaluate(() => getComputedStyle(document.body).wordBreak)).toBe('keep-all');
  }
});
