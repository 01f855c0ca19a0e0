/**
 * Charts say their point next to their marks (issue 17): on the home page's recovery curves, the
 * timeline's milestones, and the comparison's three charts, the annotations are drawn text (not only
 * tooltips or a legend), visible and inside their drawing, and none sits on another label, at each
 * of the four widths the legibility test uses.
 */
import { expect, test } from '@playwright/test';
import { WIDTHS } from '../../scripts/lib/legibility.ts';

/** Per page: a selector for annotation text, and what some of it must say. */
const PAGES: { url: string; notes: { sel: string; says: RegExp; min: number }[] }[] = [
  { url: '/', notes: [{ sel: '.rc-note text', says: /절반/, min: 2 }] },
  {
    url: '/timeline/',
    notes: [
      { sel: '.tl-milestone-label', says: /^발화$/, min: 1 },
      { sel: '.tl-milestone-label', says: /^첫 복구: /, min: 1 },
      { sel: '.tl-milestone-label', says: /전 서비스 복구/, min: 1 },
    ],
  },
  {
    url: '/compare/',
    notes: [
      { sel: '#architecture-fig .cmp-callout', says: /불난 센터에만 둔 층 \d+개/, min: 1 },
      { sel: '#architecture-fig .cmp-tag', says: /^(불난|다른) 건물$/, min: 2 },
      { sel: '#outcomes-fig .cmp-value text', says: /의 [\d.]+배\)$/, min: 1 },
      { sel: '#whatif-fig .cmp-value text', says: /^(멈춤|예비로 버팀|정상) \d+개$/, min: 5 },
    ],
  },
];

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });
    for (const { url, notes } of PAGES) {
      test(`${url}: the annotations are visible text, inside their drawing, on no other label`, async ({ page }) => {
        await page.goto(url);
        await page.evaluate(() => document.fonts.ready);
        for (const n of notes) {
          const found = await page.locator(n.sel).evaluateAll((els, says) => {
            const re = new RegExp(says);
            return els
              .filter((e) => (e as SVGGraphicsElement).getBoundingClientRect().width > 0)
              .filter((e) => re.test((e.textContent ?? '').trim()))
              .map((e) => {
                const box = e.getBoundingClientRect();
                const svg = e.closest('svg')!.getBoundingClientRect();
                // Every other text in the same drawing, which this one must not cover.
                const others = [...e.closest('svg')!.querySelectorAll('text')]
                  .filter((t) => t !== e && !t.contains(e) && !e.contains(t) && t.getBoundingClientRect().width > 0)
                  .map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }));
                const hit = others.find(({ r }) => r.left < box.right - 1 && box.left < r.right - 1 && r.top < box.bottom - 2 && box.top < r.bottom - 2);
                return {
                  text: e.textContent,
                  inside: box.left >= svg.left - 1 && box.right <= svg.right + 1 && box.top >= svg.top - 1 && box.bottom <= svg.bottom + 1,
                  onTopOf: hit?.text ?? null,
                  title: e.closest('title') !== null,
                };
              });
          }, n.says.source);
          expect(found.length, `${n.sel} saying ${n.says}`).toBeGreaterThanOrEqual(n.min);
          for (const f of found) expect(f, String(f.text)).toEqual({ text: f.text, inside: true, onTopOf: null, title: false });
        }
      });
    }
  });
}

for (const width of WIDTHS) {
  test(`at ${width} px the band over the layers kept only in the burning building spans its drawing`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/compare/');
    const spans = await page.locator('#architecture-fig .cmp-band').evaluateAll((els) =>
      els.filter((e) => e.getBoundingClientRect().height > 0).map((e) => [Math.round(e.getBoundingClientRect().width), Math.round(e.closest('svg')!.getBoundingClientRect().width)]),
    );
    expect(spans).toHaveLength(1);
    expect(spans[0]![0]).toBe(spans[0]![1]);
  });
}
