import { expect, test } from '@playwright/test';
import { PAGE_TYPES, urlOf } from './pages.ts';

/** Sums layout shifts (not caused by input) from the first paint on, on a CPU slowed like a phone's:
 *  a slow parser is what exposes layouts that move while the page streams in. */
for (const type of PAGE_TYPES) {
  test(`no layout shift while ${type} loads, fonts and scripts included`, async ({ page }) => {
    const url = await urlOf(page, type);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      const w = window as unknown as { cls: number };
      w.cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) w.cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url);
    await page.evaluate(() => document.fonts.ready);
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(800);
    expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBe(0);
  });
}
