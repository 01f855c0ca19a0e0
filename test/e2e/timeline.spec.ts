import { expect, type Page, test } from '@playwright/test';

test.use({ timezoneId: 'America/Los_Angeles' });

interface Data {
  spans: { i: number; row: string; status: string; start: string; end: string | null; sources: string[] }[];
  rows: Record<string, { name: { ko: string } }>;
}

async function data(page: Page): Promise<Data> {
  // The chart's data is a file of its own (src/charts/chartData.ts), named by the element.
  const src = await page.locator('outage-timeline').first().getAttribute('data-src');
  return (await page.request.get(src!)).json();
}

/** Waits until the enhancer has made the drawing on screen interactive (its bars become focusable). */
async function enhanced(page: Page) {
  await page.locator('outage-timeline').scrollIntoViewIfNeeded();
  await expect(page.locator('outage-timeline .chart-box:visible rect.tl-bar[tabindex="0"]')).toHaveCount(1);
}

test('hovering a span shows its KST times, status and sources', async ({ page }) => {
  await page.goto('/timeline/');
  await enhanced(page);
  const d = await data(page);
  const span = d.spans.find((s) => s.row === 'kakaotalk-messaging' && s.status === 'down')!;
  await page.locator(`outage-timeline .chart-box:visible rect.tl-bar[data-i="${span.i}"]`).hover();
  const tip = page.locator('.tl-tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(d.rows['kakaotalk-messaging']!.name.ko);
  await expect(tip).toContainText('10월 15일(토) 15:30');
  await expect(tip).toContainText('10월 16일(일) 01:31');
  await expect(tip).toContainText('10시간 1분');
  await expect(tip.locator('li')).toHaveCount(span.sources.length);
});

test('the keyboard reaches the chart, arrows move between spans, Escape closes the tooltip', async ({ page }) => {
  await page.goto('/timeline/');
  await enhanced(page);
  const first = page.locator('outage-timeline .chart-box:visible rect.tl-bar[tabindex="0"]');
  await first.focus();
  const tip = page.locator('.tl-tooltip');
  await expect(tip).toBeVisible();
  const before = await page.evaluate(() => document.activeElement?.getAttribute('data-i'));
  await page.keyboard.press('ArrowDown');
  const after = await page.evaluate(() => document.activeElement?.getAttribute('data-i'));
  expect(after).not.toBe(before);
  await expect(page.locator('.tl-live')).not.toBeEmpty();
  const d = await data(page);
  const s = d.spans[Number(after)]!;
  await expect(page.locator('.tl-live')).toContainText(d.rows[s.row]!.name.ko);
  await page.keyboard.press('ArrowRight');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-i'))).not.toBe(after);
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
});

test('keyboard focus on a span shows its KST times in the tooltip', async ({ page }) => {
  await page.goto('/timeline/');
  await enhanced(page);
  const d = await data(page);
  const span = d.spans.find((s) => s.row === 'daum-mail' && s.status === 'down')!;
  await page.locator(`outage-timeline .chart-box:visible rect.tl-bar[data-i="${span.i}"]`).focus();
  const tip = page.locator('.tl-tooltip');
  await expect(tip).toContainText('10월 15일(토) 15:30');
  await expect(tip).toContainText('10월 19일(수) 06:00');
  await expect(page.locator('.tl-live')).toContainText('10월 19일(수) 06:00까지');
});

test('every span can be reached with the arrow keys', async ({ page }) => {
  await page.goto('/timeline/');
  await enhanced(page);
  const total = (await data(page)).spans.length;
  await page.locator('outage-timeline .chart-box:visible rect.tl-bar[tabindex="0"]').focus();
  await page.keyboard.press('Home');
  const seen = new Set<string>();
  for (let k = 0; k < total + 2; k++) {
    seen.add((await page.evaluate(() => document.activeElement?.getAttribute('data-i')))!);
    await page.keyboard.press('ArrowRight');
  }
  expect(seen.size).toBe(total);
});

test('a filter narrows chart and table together and survives a reload through the URL', async ({ page }) => {
  await page.goto('/timeline/');
  await enhanced(page);
  const labels = page.locator('outage-timeline .chart-box:visible text.tl-label');
  const rows = page.locator('outage-timeline tbody tr:not([hidden])');
  const allLabels = await labels.count();
  const allRows = await rows.count();
  await page.getByRole('checkbox', { name: '카카오' }).uncheck();
  await expect(page).toHaveURL(/org=/);
  const fewerLabels = await labels.count();
  expect(fewerLabels).toBeLessThan(allLabels);
  expect(await rows.count()).toBeLessThan(allRows);
  await page.getByLabel('서비스 찾기').fill('파파고');
  await expect(page).toHaveURL(/q=/);
  await expect(labels).toHaveCount(1);
  await expect(rows).toHaveCount(1);
  await page.reload();
  await enhanced(page);
  await expect(labels).toHaveCount(1);
  await expect(page.getByLabel('서비스 찾기')).toHaveValue('파파고');
  await expect(page.getByRole('checkbox', { name: '카카오' })).not.toBeChecked();
});

test('zoom presets change the axis and are kept in the URL; reset returns to the whole incident', async ({ page }) => {
  await page.goto('/timeline/');
  await enhanced(page);
  const ticks = () => page.locator('outage-timeline .chart-box:visible text.tl-tick').allTextContents();
  const whole = await ticks();
  await page.getByRole('button', { name: '첫 12시간' }).click();
  await expect(page).toHaveURL(/zoom=12h/);
  const twelve = await ticks();
  expect(twelve).not.toEqual(whole);
  expect(twelve.some((t) => /^(1[6-9]|2[0-3])시$/.test(t))).toBe(true);
  await page.getByRole('button', { name: '처음 상태로' }).click();
  await expect(page).not.toHaveURL(/zoom=/);
  expect(await ticks()).toEqual(whole);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page shows the full SVG with milestones and the table of every span', async ({ page }) => {
    await page.goto('/timeline/');
    const svg = page.locator('outage-timeline .chart-box:visible svg.tl-svg');
    await expect(svg).toBeVisible();
    await expect(page.locator('.tl-controls')).toBeHidden();
    const spans = (await data(page)).spans.length;
    await expect(svg.locator('rect.tl-bar')).toHaveCount(spans);
    await expect(page.locator('outage-timeline tbody tr')).toHaveCount(spans);
    await expect(svg.locator('.tl-milestone-label', { hasText: '발화' })).toHaveCount(1);
    await expect(page.locator('outage-timeline table caption')).toBeVisible();
  });
});
