import { chromium } from 'playwright-core';
import { startPreview } from './lib/preview.ts';
const [path, ...sels] = process.argv.slice(2);
const { base, stop } = await startPreview(4398);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const scheme of ['light', 'dark'] as const) for (const width of [320, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme, locale: 'ko-KR' });
    await page.goto(base + path);
    await page.evaluate(() => document.fonts.ready);
    for (const sel of sels) {
      const f = `test-results/shot-${sel.replace(/\W+/g, '')}-${width}-${scheme}.png`;
      await page.locator(sel).first().screenshot({ path: f });
      console.log(f);
    }
    await page.close();
  }
} finally { await browser.close(); stop(); }
