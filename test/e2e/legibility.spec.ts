/**
 * Every chart legible on every screen: on each chart page, story and embed, at 320, 375, 768 and
 * 1280 px, light and dark, no chart is wider than its screen or boxed to be swiped sideways, no
 * visible label ends in "…", no two labels sit on top of each other, no chart text is drawn under
 * 11 px (scripts/lib/legibility.ts says how each is measured). No chart is excepted: the
 * dependency map and the replay's map view are held to the same rules, grouped and in their chain
 * form, with a group open too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { legibilityUrls, type LegibilityProblem, probeLegibility, WIDTHS } from '../../scripts/lib/legibility.ts';

const ROOT = join(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const hasMap = (url: string) => /class="chart dm-figure"/.test(readFileSync(join(DIST, url, 'index.html'), 'utf8'));
const hasReplayButtons = (url: string) => /data-view="timeline" aria-pressed/.test(readFileSync(join(DIST, url, 'index.html'), 'utf8')) && url.startsWith('/embed/');
const line = (p: LegibilityProblem) => `${p.kind} [${p.chart}] ${p.detail}`;

async function probe(page: Page, url: string): Promise<Record<'light' | 'dark', LegibilityProblem[]>> {
  const out = { light: [] as LegibilityProblem[], dark: [] as LegibilityProblem[] };
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    if (scheme === 'light') await page.goto(url);
    await page.evaluate(() => document.fonts.ready);
    out[scheme] = await page.evaluate(probeLegibility);
  }
  return out;
}

test.describe('the probe', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('finds each fault in a broken fixture', async ({ page }) => {
    await page.setContent(readFileSync(join(ROOT, 'test/fixtures/legibility/broken.html'), 'utf8'));
    const found = await page.evaluate(probeLegibility);
    const by = (chart: string) => found.filter((p) => p.chart === chart).map((p) => p.kind);
    expect(by('sideways')).toContain('sideways');
    expect(by('ellipsis')).toEqual(['ellipsis', 'ellipsis']);
    expect(by('overlap')).toEqual(['overlap']);
    expect(by('small-text')).toEqual(['small-text']);
    expect(by('map')).toEqual(['small-text']);
    expect(found.find((p) => p.chart === 'small-text')!.detail).toMatch(/at [0-9.]+ px/);
  });

  test('finds nothing in a clean one (a label on its own bar is not a collision)', async ({ page }) => {
    await page.setContent(readFileSync(join(ROOT, 'test/fixtures/legibility/clean.html'), 'utf8'));
    expect(await page.evaluate(probeLegibility)).toEqual([]);
  });
});

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });
    for (const url of legibilityUrls(DIST)) {
      test(`${url}: every chart legible, light and dark`, async ({ page }) => {
        const found = await probe(page, url);
        expect({ light: found.light.map(line), dark: found.dark.map(line) }).toEqual({ light: [], dark: [] });
      });
      if (hasReplayButtons(url))
        test(`${url}: the replay's timeline view legible`, async ({ page }) => {
          await page.goto(url);
          // The button works once the replay's script has loaded.
          await expect(async () => {
            await page.locator('.rp-views button[data-view="timeline"]').click();
            await expect(page.locator('.rp-figure')).toHaveClass(/rp-view-timeline/, { timeout: 500 });
          }).toPass();
          expect((await page.evaluate(probeLegibility)).map(line)).toEqual([]);
        });
      if (hasMap(url))
        test(`${url}: the dependency map legible with a group open`, async ({ page }) => {
          await page.goto(url);
          await page.evaluate(() => document.fonts.ready);
          // The first group of the drawing on screen, opened once the map's script is running (it loads when the map comes near).
          await page.locator('dependency-map').first().scrollIntoViewIfNeeded();
          const closed = page.locator('dependency-map .chart-box:visible .dm-group[role="button"][aria-expanded="false"]:visible').first();
          const id = await closed.getAttribute('data-id');
          await closed.click();
          await expect(page.locator(`dependency-map .chart-box:visible .dm-group.is-open[data-id="${id}"]`).filter({ visible: true })).toHaveCount(1);
          expect((await page.evaluate(probeLegibility)).map(line)).toEqual([]);
        });
    }
  });
}
