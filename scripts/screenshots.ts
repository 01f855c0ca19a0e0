#!/usr/bin/env node
/**
 * `npm run screenshots [-- /path/ …]`: full-page PNGs of the built site at 320 px and 1280 px, light and
 * dark, into test-results/screenshots/, to look at pages the way readers do. Serves dist/ itself.
 * `--widths 375,1280` takes other widths.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startPreview } from './lib/preview.ts';

const args = process.argv.slice(2);
/** `--screens N`: instead of one full-page image, the first N screens as separate images (easier to read). */
const screensAt = args.indexOf('--screens');
const screens = screensAt >= 0 ? Number(args.splice(screensAt, 2)[1]) : 0;
const widthsAt = args.indexOf('--widths');
const widths = widthsAt >= 0 ? args.splice(widthsAt, 2)[1]!.split(',').map(Number) : [320, 1280];
const paths = args.length ? args : ['/', '/sources/', '/data/'];
const { base, stop } = await startPreview(4399);
const out = 'test-results/screenshots';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of widths) {
      const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: scheme, locale: 'ko-KR', timezoneId: 'America/New_York' });
      for (const p of paths) {
        await page.goto(base + p);
        await page.evaluate(() => document.fonts.ready);
        const name = `${out}/${p.replace(/\W+/g, '_') || 'home'}-${width}-${scheme}`;
        if (!screens) {
          await page.screenshot({ path: `${name}.png`, fullPage: true });
          console.log(`${name}.png`);
        }
        for (let i = 0; i < screens; i++) {
          await page.evaluate((y) => window.scrollTo(0, y), i * 800);
          await page.screenshot({ path: `${name}-${i + 1}.png` });
          console.log(`${name}-${i + 1}.png`);
        }
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  stop();
}
