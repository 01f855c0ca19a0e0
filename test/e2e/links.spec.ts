import { expect, test } from '@playwright/test';

/** Crawls every internal page from the home page and checks each link, in-page anchor and that no id is used twice. */
test('the built site has no broken internal links', async ({ page, request }) => {
  // Every page, including each embed in both languages.
  test.setTimeout(180_000);
  const seen = new Set<string>();
  const queue = ['/'];
  const broken: string[] = [];
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const res = await page.goto(url);
    if (!res || res.status() !== 200) {
      broken.push(`${url} → ${res?.status()}`);
      continue;
    }
    if (!res.headers()['content-type']?.includes('text/html')) continue;
    // An anchor must name one element: two incidents' conflicts once shared ids on /sources/.
    const dupes = await page.evaluate(() => {
      const seen = new Set<string>();
      return [...document.querySelectorAll('[id]')].map((e) => e.id).filter((id) => seen.has(id) || !seen.add(id));
    });
    if (dupes.length) broken.push(`${url}: duplicate id ${[...new Set(dupes)].slice(0, 5).join(', ')}`);
    const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const href of links) {
      if (/^(https?:|mailto:)/.test(href)) continue;
      const target = new URL(href, `http://x${url}`);
      if (target.hash && target.pathname === new URL(`http://x${url}`).pathname) {
        const id = decodeURIComponent(target.hash.slice(1));
        if ((await page.locator(`[id="${id}"]`).count()) === 0) broken.push(`${url}: anchor ${href}`);
      } else if (target.hash) {
        queue.push(target.pathname); // the anchor is checked when that page is visited through its own links
      }
      if (!target.hash) {
        if (/\.(json|csv|png|svg|js)$/.test(target.pathname)) {
          if (!seen.has(target.pathname)) {
            seen.add(target.pathname);
            const r = await request.get(target.pathname);
            if (r.status() !== 200) broken.push(`${url}: ${href} → ${r.status()}`);
          }
        } else queue.push(target.pathname);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(seen.size).toBeGreaterThan(8);
});

test('cross-page anchors to sources resolve', async ({ page }) => {
  await page.goto('/');
  const refs = await page.locator('a[href^="/sources/#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(refs.length).toBeGreaterThan(0);
  await page.goto('/sources/');
  for (const href of new Set(refs)) {
    expect(await page.locator(`[id="${href.split('#')[1]}"]`).count(), href).toBe(1);
  }
});
