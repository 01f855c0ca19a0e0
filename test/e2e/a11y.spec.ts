import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pageTypes } from './pages.ts';

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on any page type (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const url of await pageTypes(page)) {
      await page.goto(url);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${url}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    }
  });
}
