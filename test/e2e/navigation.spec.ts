import { expect, test } from '@playwright/test';

test('home → lead story → a citation → its source', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/판교 데이터센터 화재/);
  const lead = page.locator('main article.lead a').first();
  const title = (await lead.textContent())!.trim();
  await lead.click();
  await expect(page).toHaveURL(/\/stories\/[a-z0-9-]+\/$/);
  await expect(page.locator('h1')).toHaveText(title);
  await expect(page.locator('.byline time')).not.toHaveCount(0);
  const cite = page.locator('sup.cite a').first();
  const target = await cite.getAttribute('href');
  await cite.click();
  await expect(page.locator(`li${target}`)).toBeVisible();
  await expect(page.locator(`li${target} a[href^="http"]`)).toHaveAttribute('rel', /noopener/);
});

test('every story linked from the home page opens with its sources list', async ({ page }) => {
  await page.goto('/');
  const hrefs = await page.locator('main a[href^="/stories/"]:not([href="/stories/"])').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
  expect(hrefs.length).toBeGreaterThanOrEqual(3);
  for (const href of hrefs) {
    await page.goto(href);
    await expect(page.locator('#sources-heading')).toHaveText('출처');
    const cited = await page.locator('sup.cite a').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')))]);
    const listed = await page.locator('section.sources li').evaluateAll((lis) => lis.map((li) => `#${li.id}`));
    expect(listed).toEqual(cited);
  }
});
