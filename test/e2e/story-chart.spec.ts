import { expect, test } from '@playwright/test';

/** Finds a story whose Markdown places a timeline with ::chart (read from the home page's links). */
async function storyWithTimeline(page: import('@playwright/test').Page): Promise<string> {
  await page.goto('/');
  const hrefs = await page.locator('main a[href^="/stories/"]').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
  for (const href of hrefs) {
    await page.goto(href);
    if (await page.locator('outage-timeline').count()) return href;
  }
  throw new Error('no story places a timeline');
}

test('a ::chart timeline in a story is enhanced: tooltip on hover, filter in the URL', async ({ page }) => {
  const url = await storyWithTimeline(page);
  await page.goto(url);
  const chart = page.locator('outage-timeline').first();
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('.chart-box:visible rect.tl-bar[tabindex="0"]')).toHaveCount(1);
  const id = await chart.getAttribute('id');
  await chart.locator('.chart-box:visible svg.tl-svg rect.tl-bar[data-i]').first().hover();
  await expect(chart.locator('.tl-tooltip')).toBeVisible();
  await chart.getByLabel(/서비스 찾기/).fill('파파고');
  await expect(page).toHaveURL(new RegExp(`${id}-q=`));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the story shows the chart as SVG with its table and sources', async ({ page }) => {
    await page.goto('/stories/why-kakao-took-127-hours/');
    const chart = page.locator('outage-timeline').first();
    await expect(chart.locator('.chart-box:visible svg.tl-svg')).toBeVisible();
    await expect(chart.locator('table tbody tr').first()).toBeVisible();
    await expect(chart.locator('.chart-source a[href$="outages.csv"]')).toHaveCount(1);
    await expect(page.locator('.rc-figure .chart-box:visible svg').first()).toBeVisible();
  });
});
