/**
 * Embeds on another origin: the host pages come from test/e2e/host-server.ts (port 4323), our
 * embeds from the preview server (4322). The iframe must end up as tall as the embed's content
 * (within 2 px, no inner scrollbar) after load, after the viewport narrows to 320 px and after a
 * filter inside the embed changes; pym.js must size it the same way; fake messages must not.
 */
import { axe } from './axe.ts';
import { expect, type Frame, type Locator, type Page, test } from '@playwright/test';

const HOST = `http://127.0.0.1:${process.env.E2E_HOST_PORT ?? 4323}`;
const EMBEDS = ['timeline', 'recovery', 'dependencies', 'redundancy', 'outcomes', 'whatif'];

async function frameOf(iframe: Locator): Promise<Frame> {
  const handle = await iframe.elementHandle();
  const frame = await handle!.contentFrame();
  if (!frame) throw new Error('iframe has no frame');
  return frame;
}

/** Outer (iframe box) and inner (document) heights, and whether the embed scrolls inside. */
async function measure(iframe: Locator) {
  const frame = await frameOf(iframe);
  const outer = await iframe.evaluate((f) => f.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => ({
    height: document.documentElement.getBoundingClientRect().height,
    scroll: document.documentElement.scrollHeight,
    view: document.documentElement.clientHeight,
  }));
  return { outer, inner: inner.height, scrolls: inner.scroll > inner.view + 1 };
}

/** Waits until the iframe is as tall as its content and has no vertical scrollbar. */
async function expectFitted(iframe: Locator): Promise<number> {
  await expect
    .poll(async () => {
      // The frame may be between documents (about:blank, then the embed) while it loads: its
      // documentElement is null for that moment, so a failed measure means "not yet", not a failure.
      const m = await measure(iframe).catch((error: Error) => error);
      if (m instanceof Error) return `not measurable yet: ${m.message.split('\n')[0]}`;
      return Math.abs(m.outer - m.inner) <= 2 && !m.scrolls ? 'fitted' : `outer ${m.outer}, inner ${m.inner}, scrolls ${m.scrolls}`;
    }, { timeout: 15_000 })
    .toBe('fitted');
  return (await measure(iframe)).outer;
}

async function openHost(page: Page, path: string) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${HOST}${path}`);
  const iframe = page.locator('iframe[src*="/embed/"]').first();
  await expect(iframe).toBeVisible();
  return iframe;
}

test.describe('our snippet on another origin', () => {
  for (const chart of EMBEDS) {
    test(`${chart}: sized after load and after narrowing to 320 px`, async ({ page, request }) => {
      // The height the snippet starts the iframe at (the loader overwrites the attribute).
      const initial = ((await (await request.get(`/oembed/${chart}.json`)).json()) as { height: number }).height;
      const iframe = await openHost(page, `/plain.html?chart=${chart}`);
      const wide = await expectFitted(iframe);
      // The snippet's starting height is close to the real one, so the host page barely moves.
      expect(Math.abs(initial - wide) / wide).toBeLessThan(0.25);
      // And it stays put: nothing inside may size itself by the frame (a vh box would make the frame
      // and the box shrink each other step by step).
      await page.waitForTimeout(600);
      expect((await measure(iframe)).outer).toBe(wide);
      await page.setViewportSize({ width: 320, height: 800 });
      const narrow = await expectFitted(iframe);
      expect(narrow).not.toBe(wide);
    });
  }

  test('timeline: grows and shrinks with a filter inside the embed', async ({ page }) => {
    const iframe = await openHost(page, '/plain.html?chart=timeline');
    const before = await expectFitted(iframe);
    const frame = await frameOf(iframe);
    await frame.getByRole('checkbox', { name: '네이버' }).uncheck();
    const fewer = await expectFitted(iframe);
    expect(fewer).toBeLessThan(before - 100);
    await frame.getByRole('checkbox', { name: '네이버' }).check();
    expect(await expectFitted(iframe)).toBeCloseTo(before, -1);
  });

  test('timeline: URL parameters in the snippet set the embed’s view', async ({ page }) => {
    const iframe = await openHost(page, '/plain.html?chart=timeline&q=org%3Dkakao%26zoom%3D12h');
    await expectFitted(iframe);
    const frame = await frameOf(iframe);
    await expect(frame.getByRole('checkbox', { name: '네이버' })).not.toBeChecked();
    await expect(frame.getByRole('button', { name: '첫 12시간' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('dependencies: focus and scenario from the URL', async ({ page }) => {
    const iframe = await openHost(page, '/plain.html?chart=dependencies&q=preset%3Ddual%26focus%3Dkakao-auth');
    await expectFitted(iframe);
    const frame = await frameOf(iframe);
    await expect(frame.locator('button[data-preset="dual"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(frame.locator('.chart-box:visible .dm-node.is-focus')).toHaveAttribute('data-id', 'kakao-auth');
  });

  test('fake height messages from another frame or the host page change nothing', async ({ page }) => {
    const iframe = await openHost(page, '/hostile.html?chart=recovery');
    const fitted = await expectFitted(iframe);
    // The hostile frame and the page post every 50 ms; give them a second.
    await page.waitForTimeout(1000);
    const m = await measure(iframe);
    expect(m.outer).toBe(fitted);
    expect(Math.abs(m.outer - m.inner)).toBeLessThanOrEqual(2);
  });
});

test.describe('pym.js parent instead of our loader', () => {
  test('timeline: pym sizes the iframe after load, at 320 px and after a filter', async ({ page }) => {
    const iframe = await openHost(page, '/pym.html?chart=timeline');
    await expect(iframe).toHaveAttribute('src', /childId=pym-box/);
    const wide = await expectFitted(iframe);
    await page.setViewportSize({ width: 320, height: 800 });
    const narrow = await expectFitted(iframe);
    expect(narrow).not.toBe(wide);
    const frame = await frameOf(iframe);
    // On a phone the controls fold behind one button.
    await frame.getByRole('button', { name: '보기 설정' }).click();
    await frame.getByRole('checkbox', { name: '카카오' }).uncheck();
    expect(await expectFitted(iframe)).toBeLessThan(narrow - 100);
  });
});

test.describe('embed pages', () => {
  for (const chart of EMBEDS) {
    test(`${chart}: chart furniture only, noindex, canonical and oEmbed links that resolve`, async ({ page, request }) => {
      await page.goto(`/embed/${chart}/`);
      await expect(page.locator('header, nav[aria-label="사이트"]')).toHaveCount(0);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
      const canonical = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!);
      expect((await request.get(canonical.pathname)).status()).toBe(200);
      const oembed = new URL((await page.locator('link[type="application/json+oembed"]').getAttribute('href'))!);
      const res = await request.get(oembed.pathname);
      expect(res.status()).toBe(200);
      expect((await res.json()).type).toBe('rich');
      await expect(page.locator('.embed-credit a')).toHaveAttribute('href', /^\/(timeline|dependencies|compare)\//);
      expect(await page.title()).not.toBe('');
    });
  }

  test('lang=en moves to the English page and keeps the other parameters', async ({ page }) => {
    await page.goto('/embed/timeline/?lang=en&org=kakao');
    await expect(page).toHaveURL(/\/embed\/timeline\/en\/\?org=kakao$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1')).toContainText('Kakao');
  });

  test('theme=dark forces the dark scheme whatever the reader’s setting', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/embed/whatif/?theme=dark');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(22, 22, 22)');
    await page.goto('/embed/whatif/?theme=light');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no violations on embed pages and the gallery (${scheme})`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: scheme });
      const found: string[] = [];
      for (const url of ['/embed/', ...EMBEDS.map((c) => `/embed/${c}/`), '/embed/timeline/en/']) {
        await page.goto(url);
        const { violations } = await axe(page).analyze();
        found.push(...violations.map((v) => `${url}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`));
      }
      expect(found).toEqual([]);
    });
  }
});

test.describe('oEmbed', () => {
  test('every chart page and embed names oEmbed documents that meet the spec’s required fields', async ({ page, request }) => {
    const found = new Set<string>();
    for (const url of ['/timeline/', '/dependencies/', '/compare/', ...EMBEDS.flatMap((c) => [`/embed/${c}/`, `/embed/${c}/en/`])]) {
      await page.goto(url);
      const hrefs = await page.locator('link[rel="alternate"][type="application/json+oembed"]').evaluateAll((ls) => ls.map((l) => l.getAttribute('href')!));
      expect(hrefs.length, url).toBeGreaterThan(0);
      for (const h of hrefs) found.add(new URL(h).pathname);
    }
    expect(found.size).toBe(EMBEDS.length * 2);
    for (const path of found) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      const doc = (await res.json()) as Record<string, unknown>;
      // oEmbed 1.0, section 2.3.4: type and version always; rich needs html, width and height.
      expect(doc.type, path).toBe('rich');
      expect(doc.version, path).toBe('1.0');
      expect(typeof doc.html, path).toBe('string');
      expect(Number.isInteger(doc.width) && Number.isInteger(doc.height), path).toBe(true);
      expect(doc.html as string, path).toMatch(/^<iframe src="https:\/\/[^"]+\/embed\/[a-z]+\/(en\/)?"/);
      // Optional fields, but all three thumbnail fields or none.
      for (const k of ['title', 'provider_name', 'provider_url']) expect(typeof doc[k], `${path} ${k}`).toBe('string');
      expect(typeof doc.thumbnail_url === 'string' && Number.isInteger(doc.thumbnail_width) && Number.isInteger(doc.thumbnail_height), path).toBe(true);
      const thumb = await request.get(new URL(doc.thumbnail_url as string).pathname);
      expect(thumb.headers()['content-type'], path).toContain('image/png');
    }
  });
});

test.describe('gallery', () => {
  test('opening a preview loads the chart at 320, 600 and 1000 px, each sized to its content', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/embed/');
    const section = page.locator('section#whatif');
    await expect(section.locator('textarea')).toHaveCount(3);
    await section.locator('.embed-preview-box summary').click();
    const frames = section.locator('iframe');
    await expect(frames).toHaveCount(3);
    const heights: number[] = [];
    for (let i = 0; i < 3; i++) heights.push(await expectFitted(frames.nth(i)));
    expect(new Set(heights).size).toBeGreaterThan(1);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const chart of EMBEDS) {
    test(`${chart}: the embed shows its prerendered drawing and table`, async ({ page }) => {
      await page.goto(`/embed/${chart}/`);
      await expect(page.locator('h1')).toBeVisible();
      if (chart === 'redundancy') await expect(page.locator('table.cmp-matrix')).toBeVisible();
      else await expect(page.locator('figure svg:not([aria-hidden="true"]):visible').first()).toBeVisible();
      await expect(page.locator('.chart-source')).toBeVisible();
    });
  }

  test('the host page shows the picture, linked to the chart page, instead of the frame', async ({ page }) => {
    await page.goto(`${HOST}/plain.html?chart=outcomes`);
    await expect(page.locator('iframe[data-pangyo-embed]')).toBeHidden();
    const img = page.locator('a > img[src$="/embed/outcomes/chart.png"]');
    await expect(img).toBeVisible();
    const alt = await img.getAttribute('alt');
    expect(alt && alt.length > 20).toBe(true);
    const loaded = await img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0);
    expect(loaded).toBe(true);
  });
});

test.describe('embed code on chart pages', () => {
  test('the button reveals the snippet and copies it', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/timeline/');
    const block = page.locator('#timeline-embed');
    await block.locator('summary').click();
    const code = await block.locator('textarea').inputValue();
    expect(code).toContain('/embed/timeline/');
    expect(code).toContain('/embed.js');
    await block.getByRole('button', { name: '코드 복사' }).click();
    await expect(block.locator('.embed-copied')).toHaveText('복사했습니다.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  });

  test('a story chart’s snippet carries the chart’s options', async ({ page }) => {
    await page.goto('/stories/what-naver-lost/');
    const codes = await page.locator('.embed-code textarea').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
    expect(codes.length).toBeGreaterThan(0);
    for (const c of codes) expect(c).toMatch(/<iframe src="[^"]+\/embed\/[a-z]+\/(\?[^"]*)?" title="[^"]+"/);
    // ::chart{name="timeline" org="naver" zoom="12h" …} embeds the same view.
    expect(codes.some((c) => c.includes('/embed/timeline/?org=naver&amp;zoom=12h"'))).toBe(true);
  });
});
