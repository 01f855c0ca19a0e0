/**
 * How readers arrive: the Atom feed, the sitemap and robots.txt, structured data on stories, a
 * share card on every page, and the site search; and the Content-Security-Policy every page carries.
 */
import { expect, type Page, test } from '@playwright/test';
import { loadSiteContent } from '../../src/site/load.ts';
import { pageTypes } from './pages.ts';

const origin = (page: Page) => new URL(page.url()).origin;

/** Parses XML in the page (the browser's own parser) and returns what `pick` reads from it. */
async function xml<T>(page: Page, path: string, pick: (doc: Document) => T): Promise<T> {
  const text = await (await page.request.get(path)).text();
  await page.goto('/404.html');
  return page.evaluate(([t, fn]) => {
    const doc = new DOMParser().parseFromString(t, 'application/xml');
    if (doc.querySelector('parsererror')) throw new Error(`not XML: ${doc.querySelector('parsererror')!.textContent}`);
    return new Function('doc', `return (${fn})(doc)`)(doc);
  }, [text, pick.toString()] as const) as Promise<T>;
}

test('the Atom feed lists every story with RFC 3339 KST times, and corrections as entries', async ({ page }) => {
  await page.goto('/');
  const stories = await page.locator('main a[href^="/stories/"]:not([href="/stories/"])').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
  const feed = await xml(page, '/feed.xml', (doc) => ({
    root: doc.documentElement.namespaceURI,
    title: doc.querySelector('feed > title')?.textContent,
    id: doc.querySelector('feed > id')?.textContent,
    updated: doc.querySelector('feed > updated')?.textContent,
    self: doc.querySelector('feed > link[rel="self"]')?.getAttribute('href'),
    entries: [...doc.querySelectorAll('entry')].map((e) => ({
      id: e.querySelector('id')?.textContent,
      title: e.querySelector('title')?.textContent,
      updated: e.querySelector('updated')?.textContent,
      published: e.querySelector('published')?.textContent,
      link: e.querySelector('link')?.getAttribute('href'),
      author: e.querySelector('author > name')?.textContent,
      category: e.querySelector('category')?.getAttribute('term') ?? null,
    })),
  }));
  expect(feed.root).toBe('http://www.w3.org/2005/Atom');
  expect(feed.title && feed.id && feed.self).toBeTruthy();
  const rfc = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/;
  expect(feed.updated).toMatch(rfc);
  for (const e of feed.entries) {
    expect(e.id && e.title && e.link && e.author, JSON.stringify(e)).toBeTruthy();
    expect(e.updated).toMatch(rfc);
    expect(e.published).toMatch(rfc);
  }
  const linked = feed.entries.filter((e) => !e.category).map((e) => new URL(e.link!).pathname);
  expect(linked.sort()).toEqual(stories.sort());
  // Newest change first.
  const times = feed.entries.map((e) => Date.parse(e.updated!));
  expect(times).toEqual([...times].sort((a, b) => b - a));
});

test('every correction is published: on its story, on /data/ for the data, and in the feed', async ({ page }) => {
  const content = loadSiteContent(new URL('../..', import.meta.url).pathname);
  const feed = await xml(page, '/feed.xml', (doc) =>
    [...doc.querySelectorAll('entry')].map((e) => ({ link: e.querySelector('link')?.getAttribute('href') ?? '', summary: e.querySelector('summary')?.textContent ?? '', category: e.querySelector('category')?.getAttribute('term') ?? null })),
  );
  const storyCorrections = content.stories.flatMap((s) => s.data.corrections.map((c) => ({ slug: s.slug, ...c })));
  expect(storyCorrections.length, 'the stories carry corrections').toBeGreaterThanOrEqual(4);
  for (const s of content.stories.filter((x) => x.data.corrections.length)) {
    await page.goto(`/stories/${s.slug}/`);
    const note = page.locator('aside.corrections');
    await expect(note.getByRole('heading', { name: '정정' })).toBeVisible();
    await expect(note.locator('li')).toHaveCount(s.data.corrections.length);
    for (const c of s.data.corrections) await expect(note, s.slug).toContainText(c.text);
  }
  for (const c of storyCorrections) {
    const entry = feed.find((e) => e.category === 'correction' && e.summary === c.text);
    expect(entry, `feed entry for ${c.slug}: ${c.text.slice(0, 30)}`).toBeDefined();
    expect(new URL(entry!.link).pathname).toBe(`/stories/${c.slug}/`);
  }
  for (const d of content.incidents.values()) {
    if (!d.corrections.length) continue;
    await page.goto('/data/');
    const log = page.locator(`section[aria-labelledby="corrections-${d.id}"]`);
    await expect(log.getByRole('heading', { name: '데이터 정정 기록' })).toBeVisible();
    for (const [i, c] of d.corrections.entries()) {
      const item = log.locator(`#correction-${d.id}-${i + 1}`);
      await expect(item).toContainText(c.text.ko);
      for (const f of c.files) await expect(item.locator(`a[href="/data/${d.id}/${f}.json"]`)).toBeVisible();
      const entry = feed.find((e) => e.category === 'data-correction' && new URL(e.link).hash === `#correction-${d.id}-${i + 1}`);
      expect(entry?.summary, `feed entry for data correction ${i + 1}`).toContain(c.text.ko);
    }
  }
});

test('the sitemap lists the pages readers can land on, not the embeds; robots.txt points to it', async ({ page, request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
  const index = await xml(page, '/sitemap-index.xml', (doc) => [...doc.querySelectorAll('sitemap > loc')].map((l) => l.textContent!));
  expect(index.length).toBeGreaterThan(0);
  const locs = (await Promise.all(index.map((u) => xml(page, new URL(u).pathname, (doc) => [...doc.querySelectorAll('url > loc')].map((l) => l.textContent!))))).flat().map((u) => new URL(u).pathname);
  for (const p of await pageTypes(page)) if (p !== '/404.html') expect(locs, p).toContain(p);
  expect(locs.filter((p) => /^\/embed\/[^/]+\//.test(p))).toEqual([]);
  for (const p of locs) expect((await request.get(p)).status(), p).toBe(200);
});

test('every story carries NewsArticle structured data that matches the page', async ({ page, request }) => {
  await page.goto('/');
  const stories = await page.locator('main a[href^="/stories/"]:not([href="/stories/"])').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
  for (const url of stories) {
    await page.goto(url);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld.headline).toBe((await page.locator('h1').textContent())!.trim());
    expect(ld.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/);
    expect(Date.parse(ld.dateModified)).toBeGreaterThanOrEqual(Date.parse(ld.datePublished));
    expect(ld.author.length).toBeGreaterThan(0);
    expect(new URL(ld.mainEntityOfPage).pathname).toBe(url);
    expect((await request.get(new URL(ld.image[0]).pathname)).status()).toBe(200);
  }
});

test('every page has a share card that exists, at 1200 × 630, with alt text', async ({ page, request }) => {
  for (const url of [...(await pageTypes(page)), '/search/', '/embed/']) {
    await page.goto(url);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    const alt = await page.locator('meta[property="og:image:alt"]').getAttribute('content');
    expect(image, url).toBeTruthy();
    expect(alt && alt.length > 10, url).toBe(true);
    expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
    const res = await request.get(new URL(image!).pathname);
    expect(res.status(), `${url}: ${image}`).toBe(200);
    const png = await res.body();
    // PNG: the IHDR chunk holds width and height at bytes 16–23.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], url).toEqual([1200, 630]);
  }
});

test('search: typing a service name finds it, and its result opens the timeline filtered to it', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/');
  await page.getByRole('link', { name: '검색' }).click();
  await page.getByLabel('찾을 말').fill('카카오 메일');
  const first = page.locator('.search-results li').first();
  await expect(first).toContainText('카카오 메일');
  await expect(page.locator('.search-status')).toContainText('카카오 메일');
  await first.getByRole('link').click();
  await expect(page).toHaveURL(/\/timeline\/\?q=/);
  await expect(page.locator('outage-timeline tbody tr:not([hidden]) th').first()).toHaveText('카카오 메일');
  // Stories are found by their words too.
  await page.goto(`/search/?q=${encodeURIComponent('무정전 전원장치')}`);
  await expect(page.locator('.search-results a[href^="/stories/"]').first()).toBeVisible();
});

test('search keeps and searches words typed before its script has loaded', async ({ page }) => {
  // Hold the page's script back so the reader types first, as on a slow phone connection.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/_astro\/search[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/search/', { waitUntil: 'commit' });
  await page.getByLabel('찾을 말').fill('카카오 메일');
  release();
  await expect(page.locator('.search-results li').first()).toContainText('카카오 메일');
  await expect(page.getByLabel('찾을 말')).toHaveValue('카카오 메일');
});

test.describe('content security policy', () => {
  test('every page carries a policy without unsafe-inline scripts, and nothing breaks it while the charts work', async ({ page }) => {
    test.setTimeout(120_000);
    await page.addInitScript(() => {
      (window as unknown as { __csp: string[] }).__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
    const urls = [...(await pageTypes(page)), '/search/?q=%EC%B9%B4%EC%B9%B4%EC%98%A4', '/embed/timeline/', '/embed/dependencies/', '/embed/outcomes/'];
    for (const url of urls) {
      await page.goto(url);
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(policy, url).toMatch(/script-src 'self'/);
      expect(policy!.match(/script-src[^;]*/)![0], url).not.toContain('unsafe-inline');
      // Let the charts' enhancers run: they load when a chart comes near.
      await page.mouse.wheel(0, 1500);
      await page.waitForTimeout(400);
      const bar = page.locator('rect.tl-bar').first();
      if (await bar.count()) await bar.hover({ force: true });
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), url).toEqual([]);
    }
    await page.goto('/search/?q=%EC%B9%B4%EC%B9%B4%EC%98%A4');
    await expect(page.locator('.search-results li').first()).toBeVisible();
    expect(errors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([]);
  });

  test('links that leave the site cannot reach back into it (rel noopener)', async ({ page }) => {
    for (const url of await pageTypes(page)) {
      await page.goto(url);
      const bad = await page.locator('a[href^="http"]').evaluateAll((as, o) => as.filter((a) => !(a as HTMLAnchorElement).href.startsWith(o) && !/noopener/.test(a.getAttribute('rel') ?? '')).map((a) => a.getAttribute('href')), origin(page));
      expect(bad, url).toEqual([]);
    }
  });
});
