#!/usr/bin/env node
/**
 * `npm run legibility [-- /path/ …]`: counts, per chart page, story and embed of the built site, what a
 * phone reader would call broken (scripts/lib/legibility.ts: sideways boxes, labels cut with "…",
 * labels on top of each other, text under 11 px) at 320, 375, 768 and 1280 px, and the smallest
 * chart text drawn. The Playwright legibility test fails on the same findings; this prints the
 * figures for a closing note. `--list` prints each finding. Serves dist/ itself.
 */
import { chromium } from 'playwright-core';
import { startPreview } from './lib/preview.ts';
import { legibilityUrls, probeLegibility, smallestChartText, WIDTHS } from './lib/legibility.ts';

const args = process.argv.slice(2);
const list = args.includes('--list');
const { base, stop } = await startPreview(4398);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const urls = args.filter((a) => a.startsWith('/'));
  const rows: string[][] = [['page', 'width', 'sideways', 'ellipsis', 'overlap', 'small-text', 'smallest px']];
  const totals = { sideways: 0, ellipsis: 0, overlap: 0, 'small-text': 0 };
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height: 800 }, locale: 'ko-KR' });
    for (const url of urls.length ? urls : legibilityUrls('dist')) {
      await page.goto(base + url);
      await page.evaluate(() => document.fonts.ready);
      const found = await page.evaluate(probeLegibility);
      const smallest = await page.evaluate(smallestChartText);
      const count = (k: keyof typeof totals) => found.filter((p) => p.kind === k).length;
      for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += count(k);
      rows.push([url, String(width), ...(['sideways', 'ellipsis', 'overlap', 'small-text'] as const).map((k) => String(count(k))), smallest === null ? '–' : smallest.toFixed(1)]);
      if (list) for (const p of found) console.log(`${url} @${width}: ${p.kind} [${p.chart}] ${p.detail}`);
    }
    await page.close();
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
  console.log(`\ntotal: ${Object.entries(totals).map(([k, n]) => `${k} ${n}`).join(', ')}`);
} finally {
  await browser.close();
  stop();
}
