/**
 * The home page states its finding in a graphic first: on a phone's first screen (375 × 667) a
 * chart with its title, linked to the chart page and the lead story, with no script.
 */
import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 375, height: 667 } });

for (const scheme of ['light', 'dark'] as const)
  test(`the first screen holds a chart with its title (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    await page.evaluate(() => document.fonts.ready);
    const figure = page.locator('main figure.chart').first();
    const title = figure.locator('.chart-title');
    const drawing = figure.locator('.chart-box:visible svg');
    await expect(title).toBeVisible();
    await expect(drawing).toBeVisible();
    for (const el of [title, drawing]) {
      const box = (await el.boundingBox())!;
      expect(box.y, 'top on the first screen').toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, 'bottom on the first screen').toBeLessThanOrEqual(667);
    }
    // The title states a finding in numbers from the data, not a topic.
    await expect(title).toHaveText(/\d/);
    await expect(page.locator('.lead-links a[href="/timeline/"]')).toBeVisible();
    await expect(page.locator('.lead-links a[href^="/stories/"]')).toHaveCount(1);
    expect(await page.locator('script[src], script[type="module"]').count()).toBe(0);
  });
