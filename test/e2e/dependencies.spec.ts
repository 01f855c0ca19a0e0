import { expect, type Page, test } from '@playwright/test';

/** The drawing on screen (charts.css shows one artboard). */
const shown = (page: Page) => page.locator('dependency-map .chart-box:visible');

async function enhanced(page: Page) {
  await page.goto('/dependencies/');
  await page.locator('dependency-map').scrollIntoViewIfNeeded();
  await expect(shown(page).locator('.dm-node[tabindex="0"]')).toHaveCount(1);
}

test('keyboard: a group opens and closes with Enter, says so, and shows its members', async ({ page }) => {
  await enhanced(page);
  const group = shown(page).locator('.dm-group[data-id="g-kakao-platform-platform-failed"]');
  await expect(group).toHaveAttribute('aria-expanded', 'false');
  await expect(group).toHaveAttribute('aria-label', /^카카오 플랫폼 \d+: \d+개 묶음, \d+개 멈춤$/);
  await group.focus();
  await page.keyboard.press('Enter');
  await expect(shown(page).locator('.dm-group[data-id="g-kakao-platform-platform-failed"]')).toHaveAttribute('aria-expanded', 'true');
  await expect(shown(page).locator('.dm-node[data-id="kakao-auth"]')).toBeVisible();
  await expect(page.locator('dependency-map .dm-live')).toContainText('펼쳤습니다');
  // Focus stays on the group, so Enter again closes it.
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe('g-kakao-platform-platform-failed');
  await page.keyboard.press('Enter');
  await expect(shown(page).locator('.dm-node[data-id="kakao-auth"]')).toHaveCount(0);
  await expect(page.locator('dependency-map .dm-live')).toContainText('접었습니다');
});

test('keyboard: focusing a part highlights its neighbours and opens the panel; arrows move', async ({ page }) => {
  await page.goto('/dependencies/?focus=kakao-auth');
  const map = page.locator('dependency-map');
  await expect(shown(page).locator('.dm-node[data-id="kakao-auth"]')).toBeVisible();
  await shown(page).locator('.dm-node[data-id="kakao-auth"]').focus();
  await expect(map.locator('.dm-panel')).toBeVisible();
  await expect(map.locator('.dm-panel h4')).toContainText('카카오');
  expect(await shown(page).locator('.dm-node.is-upstream').count()).toBeGreaterThan(0);
  expect(await shown(page).locator('.dm-node.is-downstream').count()).toBeGreaterThan(0);
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
  expect(await shown(page).locator('.dm-node.is-failed').count()).toBe(0);
  await shown(page).locator('.dm-node[data-id="pangyo-dc"]').focus();
  await page.keyboard.press('Enter');
  await expect(counts).toHaveText(fire);
  await expect(shown(page).locator('.dm-node[data-id="pangyo-dc"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('dependency-map .dm-live')).toContainText('멈춤');
});

test('presets switch on the grouped and the opened map: the what-if is labelled as hypothetical and fewer Kakao services go down', async ({ page }) => {
  await enhanced(page);
  const down = async () => Number((await page.locator('dependency-map .dm-counts').textContent())!.match(/카카오 서비스 \d+개 중 (\d+)개 멈춤/)![1]);
  const fire = await down();
  await page.getByRole('button', { name: /가정/ }).click();
  await expect(page.locator('dependency-map .dm-whatif')).toBeVisible();
  await expect(page.locator('dependency-map .dm-whatif')).toContainText('가정');
  expect(await down()).toBeLessThan(fire);
  // The groups' bars follow: Kakao's talk group is no longer all down.
  await expect(shown(page).locator('.dm-group[data-id="g-kakao-service-talk-failed"]')).not.toHaveClass(/is-failed/);
  await shown(page).locator('.dm-group[data-id="g-kakao-service-talk-failed"]').click();
  await expect(shown(page).locator('.dm-node[data-id="kakaotalk-messaging"]')).not.toHaveClass(/is-failed/);
  await page.getByRole('button', { name: /실제 화재/ }).click();
  await expect(page.locator('dependency-map .dm-whatif')).toBeHidden();
  expect(await down()).toBe(fire);
  await expect(shown(page).locator('.dm-node[data-id="kakaotalk-messaging"]')).toHaveClass(/is-failed/);
});

test('an organization filter dims the others and narrows the text table', async ({ page }) => {
  await enhanced(page);
  const rows = page.locator('dependency-map .dm-text tbody tr:not([hidden])');
  const all = await rows.count();
  await page.getByLabel('조직').selectOption('naver');
  expect(await rows.count()).toBeLessThan(all);
  expect(await shown(page).locator('.dm-node.is-filtered').count()).toBeGreaterThan(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('one chain at a time, top to bottom, switched with buttons; never sideways', async ({ page }) => {
    await enhanced(page);
    const chains = shown(page).locator('.dm-chain');
    await expect(chains.filter({ visible: true })).toHaveCount(1);
    await expect(chains.filter({ visible: true })).toHaveAttribute('data-chain', 'kakao');
    const naver = shown(page).getByRole('button', { name: '네이버', exact: true });
    await expect(naver).toHaveAttribute('aria-pressed', 'false');
    await naver.click();
    await expect(naver).toHaveAttribute('aria-pressed', 'true');
    await expect(chains.filter({ visible: true })).toHaveAttribute('data-chain', 'naver');
    await expect(shown(page).locator('.dm-chain.is-shown .dm-node[data-id="gak-chuncheon"]')).toBeVisible();
    await expect(page.locator('dependency-map .dm-live')).toContainText('네이버');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    // A group in the chain opens in place.
    const group = shown(page).locator('.dm-chain.is-shown .dm-group').first();
    await group.focus();
    await page.keyboard.press('Enter');
    await expect(shown(page).locator('.dm-chain.is-shown .dm-group.is-open')).toHaveCount(1);
  });
});

test('in print, the phone form shows every chain and no controls', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await enhanced(page);
  await page.emulateMedia({ media: 'print' });
  await expect(shown(page).locator('.dm-chain').filter({ visible: true })).toHaveCount(2);
  await expect(shown(page).locator('.dm-switch')).toBeHidden();
  await expect(page.locator('dependency-map .dm-controls')).toBeHidden();
});

test('a focus given to the chart is drawn by the build as the browser draws it: its group open, nothing moves', async ({ page, browser }) => {
  // The Q&A story places the map with focus="kakao-auth" (a member of Kakao's platform group).
  const url = '/stories/fire-power-redundancy-qna/';
  /** Where kakao-auth is drawn in its drawing (the script redraws the map, so nodes are replaced: measure, don't hold them). */
  const spot = (p: Page) =>
    p.locator('dependency-map').evaluate((m) => {
      const n = [...m.querySelectorAll('.chart-box .dm-node[data-id="kakao-auth"]')].find((e) => e.getBoundingClientRect().width > 0);
      if (!n) return null;
      // Relative to its drawing: the controls above it exist only with the script.
      const a = n.closest('svg')!.getBoundingClientRect();
      const b = n.getBoundingClientRect();
      return { x: Math.round(b.x - a.x), y: Math.round(b.y - a.y), w: Math.round(b.width), h: Math.round(b.height) };
    });
  // As the build drew it (no script at all)…
  const plain = await browser.newContext({ javaScriptEnabled: false, viewport: page.viewportSize() ?? undefined });
  const before = await plain.newPage();
  await before.goto(url);
  const built = await spot(before);
  await plain.close();
  expect(built).not.toBeNull();
  // …and once the script has upgraded the map (its nodes are buttons).
  await page.goto(url);
  const map = page.locator('dependency-map');
  await map.scrollIntoViewIfNeeded();
  await expect(map.locator('.chart-box:visible .dm-node[data-id="kakao-auth"][role="button"]').filter({ visible: true })).toHaveCount(1);
  expect(await spot(page)).toEqual(built);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the map is an SVG in the state of the fire, and the table lists every part under its group', async ({ page }) => {
    await page.goto('/dependencies/');
    const map = page.locator('dependency-map');
    await expect(shown(page).locator('svg.dm-svg')).toBeVisible();
    await expect(map.locator('.dm-controls')).toBeHidden();
    expect(await shown(page).locator('.dm-node.is-failed').count()).toBeGreaterThan(0);
    const data = await (await page.request.get('/chart-data/pangyo-2022/dependencies-ko.json')).json();
    await expect(map.locator('.dm-text tbody tr[data-id]:not(.dm-tgroup-head)')).toHaveCount(data.model.graph.nodes.length);
    await expect(map.locator('.dm-text .dm-tgroup-head')).toHaveCount(data.model.grouping.groups.length);
  });

  test('on a phone, every chain one after another', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto('/dependencies/');
    await expect(shown(page).locator('.dm-chain').filter({ visible: true })).toHaveCount(2);
    await expect(shown(page).locator('.dm-switch')).toBeHidden();
  });
});
