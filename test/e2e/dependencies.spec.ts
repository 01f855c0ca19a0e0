import { expect, type Page, test } from '@playwright/test';

async function enhanced(page: Page) {
  await page.goto('/dependencies/');
  await page.locator('dependency-map').scrollIntoViewIfNeeded();
  await expect(page.locator('dependency-map .dm-node[tabindex="0"]')).toHaveCount(1);
}

test('keyboard: focusing a part highlights its neighbours and opens the panel; arrows move', async ({ page }) => {
  await enhanced(page);
  const map = page.locator('dependency-map');
  await map.locator('.dm-node[data-id="kakao-auth"]').focus();
  await expect(map.locator('.dm-panel')).toBeVisible();
  await expect(map.locator('.dm-panel h4')).toContainText('카카오');
  expect(await map.locator('.dm-node.is-upstream').count()).toBeGreaterThan(0);
  expect(await map.locator('.dm-node.is-downstream').count()).toBeGreaterThan(0);
  await expect(map.locator('.dm-live')).not.toBeEmpty();
  await page.keyboard.press('ArrowDown');
  const moved = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
  expect(moved).not.toBe('kakao-auth');
  await page.keyboard.press('ArrowLeft');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).not.toBe(moved);
  await page.keyboard.press('Escape');
  await expect(map.locator('.dm-panel')).toBeHidden();
});

test('failing the data center through the UI gives the counts the build computed for the fire', async ({ page }) => {
  await enhanced(page);
  const counts = page.locator('dependency-map .dm-counts');
  const fire = (await counts.textContent())!.trim();
  expect(fire).toMatch(/\d+개 멈춤/);
  await page.getByRole('button', { name: '모두 정상' }).click();
  await expect(counts).not.toHaveText(fire);
  expect(await page.locator('dependency-map .dm-node.is-failed').count()).toBe(0);
  await page.locator('.dm-node[data-id="pangyo-dc"]').focus();
  await page.keyboard.press('Enter');
  await expect(counts).toHaveText(fire);
  await expect(page.locator('.dm-node[data-id="pangyo-dc"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('dependency-map .dm-live')).toContainText('멈춤');
});

test('presets switch: the what-if is labelled as hypothetical and fewer Kakao services go down', async ({ page }) => {
  await enhanced(page);
  const down = async () => Number((await page.locator('dependency-map .dm-counts').textContent())!.match(/카카오 서비스 \d+개 중 (\d+)개 멈춤/)![1]);
  const fire = await down();
  await page.getByRole('button', { name: /가정/ }).click();
  await expect(page.locator('dependency-map .dm-whatif')).toBeVisible();
  await expect(page.locator('dependency-map .dm-whatif')).toContainText('가정');
  expect(await down()).toBeLessThan(fire);
  await page.getByRole('button', { name: /실제 화재/ }).click();
  await expect(page.locator('dependency-map .dm-whatif')).toBeHidden();
  expect(await down()).toBe(fire);
});

test('an organization filter dims the others and narrows the text table', async ({ page }) => {
  await enhanced(page);
  const rows = page.locator('dependency-map .dm-text tbody tr:not([hidden])');
  const all = await rows.count();
  await page.getByLabel('조직').selectOption('naver');
  expect(await rows.count()).toBeLessThan(all);
  expect(await page.locator('.dm-node.is-filtered').count()).toBeGreaterThan(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the map is an SVG in the state of the fire, with the text equivalent of every part', async ({ page }) => {
    await page.goto('/dependencies/');
    const map = page.locator('dependency-map');
    await expect(map.locator('svg.dm-svg')).toBeVisible();
    await expect(map.locator('.dm-controls')).toBeHidden();
    const nodes = await map.locator('.dm-node').count();
    await expect(map.locator('.dm-text tbody tr')).toHaveCount(nodes);
    expect(await map.locator('.dm-node.is-failed').count()).toBeGreaterThan(0);
  });
});
