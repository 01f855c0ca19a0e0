import { axe } from './axe.ts';
import { expect, test } from '@playwright/test';
import { PAGE_TYPES, urlOf } from './pages.ts';

// The sources page lists every source; axe needs more than the default 30 s on two cores.
test.describe.configure({ timeout: 120_000 });

for (const scheme of ['light', 'dark'] as const) {
  for (const type of PAGE_TYPES) {
    test(`axe finds no violations on ${type} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const url = await urlOf(page, type);
      await page.goto(url);
      // Embed previews (the gallery's iframes) are checked as pages of their own in embed.spec.ts.
      const { violations } = await axe(page).analyze();
      expect(violations.map((v) => `${url}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    });
  }
}
