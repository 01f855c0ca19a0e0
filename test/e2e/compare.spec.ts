import { expect, test } from '@playwright/test';

test('hovering a dot shows its value and sources; the keyboard walks the marks and Escape closes', async ({ page }) => {
  await page.goto('/compare/');
  const fig = page.locator('#outcomes-fig');
  await fig.scrollIntoViewIfNeeded();
  const marks = fig.locator('.chart-box:visible .cmp-mark-live');
  await expect(marks.first()).toHaveAttribute('tabindex', '0');
  const core = await page.request.get('/data/pangyo-2022/comparison.json').then((r) => r.json());
  const kakaoCore = core.find((f: { id: string }) => f.id === 'kakao.core');
  await marks.first().hover();
  const tip = fig.locator('.cmp-tip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(kakaoCore.display.ko);
  await expect(tip).toContainText(kakaoCore.sources[0]);

  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();
  await marks.first().focus();
  await expect(tip).toBeVisible();
  const first = await tip.textContent();
  await page.keyboard.press('ArrowRight');
  await expect(marks.nth(1)).toBeFocused();
  await expect(tip).not.toHaveText(first!);
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
});

test('the page shows no number that did not come from the data', async ({ page }) => {
  await page.goto('/compare/');
  const figures: { id: string; value: number; sources: string[] }[] = await page.request.get('/data/pangyo-2022/comparison.json').then((r) => r.json());
  const byId = new Map(figures.map((f) => [f.id, f]));
  // Every printed figure names its sources; the comparison's own figures match comparison.json (the
  // recovery curve's steps are figures of the outages data instead).
  const printed = await page.locator('main data[data-figure]').evaluateAll((els) => els.map((e) => ({ id: e.getAttribute('data-figure')!, value: Number(e.getAttribute('value')), sources: e.getAttribute('data-sources')!.split(' ').filter(Boolean) })));
  const own = printed.filter((p) => !p.id.startsWith('recovery.'));
  expect(own.length).toBeGreaterThan(20);
  for (const p of printed) expect(p.sources.length, p.id).toBeGreaterThan(0);
  for (const p of own) {
    expect(byId.get(p.id), p.id).toBeDefined();
    expect(p.value, p.id).toBe(byId.get(p.id)!.value);
    expect(p.sources, p.id).toEqual(byId.get(p.id)!.sources);
  }
  // Whatever digits remain are the page’s own words: there must be none. Excluded: figures, times,
  // text from the content files, source ids, data-file names, the drawings (built from the data) and
  // the embed snippets (code, whose iframe titles repeat the chart titles).
  const stray = await page.locator('main').evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('data[data-figure], time, [data-from="content"], .refs, sup.cite, .sources, a[href^="/sources/#source-"], a[href^="/data/"], svg, script, style, .cmp-tip, .embed-code').forEach((e) => e.remove());
    return (copy.textContent ?? '').split(/\s+/).filter((w) => /\d/.test(w));
  });
  expect(stray).toEqual([]);
});

test('every claim in the redundancy table links a source that exists on the sources page', async ({ page }) => {
  await page.goto('/compare/');
  const cells = page.locator('.cmp-matrix tbody td');
  expect(await cells.count()).toBeGreaterThanOrEqual(14);
  for (const cell of await cells.all()) await expect(cell.locator('a[href^="/sources/#source-"]').first()).toBeVisible();
  const ids = await page.locator('.cmp-matrix a[href^="/sources/#source-"]').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!.split('#')[1]))]);
  await page.goto('/sources/');
  for (const id of ids) await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
});

test('the page opens with its chart, then the text; it cites with numbered notes, as stories do', async ({ page }) => {
  await page.goto('/compare/');
  const order = await page.locator('main').evaluate((main) => {
    const firstChart = main.querySelector('figure.chart')!;
    const firstText = [...main.querySelectorAll('p')].find((p) => !p.closest('figure, nav, header') && p.textContent!.trim().length > 40)!;
    return firstChart.compareDocumentPosition(firstText) & Node.DOCUMENT_POSITION_FOLLOWING ? 'chart first' : 'text first';
  });
  expect(order).toBe('chart first');
  // That first chart is a drawing (not only cards and a table): where the two companies part ways.
  await expect(page.locator('main figure.chart').first().locator('.chart-box svg').filter({ visible: true })).toHaveCount(1);
  const notes = page.locator('main sup.cite a');
  expect(await notes.count()).toBeGreaterThan(5);
  // Numbered 1, 2, 3… in order of first citation, each pointing at an entry of the page's own list.
  const seen: string[] = [];
  for (const a of await notes.all()) {
    const id = (await a.getAttribute('href'))!.slice(1);
    if (!seen.includes(id)) seen.push(id);
    expect(await a.textContent()).toBe(String(seen.indexOf(id) + 1));
    await expect(page.locator(`.sources > ol > li[id="${id}"]`)).toHaveCount(1);
  }
  await expect(page.locator('.sources > ol > li')).toHaveCount(seen.length);
  // The page's prose no longer cites by source id ("S02, S105"); the charts keep their own source links, as in stories.
  expect(await page.locator('main .refs').evaluateAll((els) => els.filter((e) => !e.closest('figure')).length)).toBe(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every chart is an SVG with its table, and the what-if lists its assumptions', async ({ page }) => {
    await page.goto('/compare/');
    for (const id of ['outcomes-fig', 'recovery-fig', 'whatif-fig']) {
      expect(await page.locator(`#${id} .chart-box svg`).filter({ visible: true }).count()).toBeGreaterThan(0);
      await expect(page.locator(`#${id} table tbody tr`).first()).toBeVisible();
    }
    await expect(page.locator('.cmp-matrix tbody tr')).toHaveCount(7);
    await expect(page.locator('#whatif-fig .cmp-assumptions li')).not.toHaveCount(0);
    await expect(page.locator('#whatif-fig')).toContainText('모델');
  });
});
