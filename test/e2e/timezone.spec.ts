import { expect, test } from '@playwright/test';

test.use({ timezoneId: 'America/New_York', locale: 'en-US' });

test('times read in KST for a reader in New York', async ({ page }) => {
  await page.goto('/');
  expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('America/New_York');
  const times = page.locator('main time[datetime]');
  expect(await times.count()).toBeGreaterThan(0);
  for (const t of await times.all()) {
    const iso = (await t.getAttribute('datetime'))!;
    expect(iso).toMatch(/\+09:00$/);
    const [, month, day, hour, minute] = iso.match(/^\d{4}-(\d{2})-(\d{2})T(\d{2}):(\d{2})/)!;
    // The wall-clock KST time stored in the data is what the reader sees.
    await expect(t).toContainText(`${Number(month)}월 ${Number(day)}일`);
    if (!(await t.textContent())!.match(/^\d{4}년 \d+월 \d+일$/)) await expect(t).toContainText(`${hour}:${minute}`);
  }
});
