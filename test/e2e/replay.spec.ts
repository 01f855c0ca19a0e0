/**
 * The replay and the scrollytelling lead story: scrolling moves the sticky graphic to each step's
 * moment, the scrubber works from the keyboard, `?t=` restores a moment, and without JavaScript or
 * with reduced motion every step has its own figure.
 */
import { axe } from './axe.ts';
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { replayStops, shortKst } from '../../src/lib/replay.ts';
import { probeLegibility, WIDTHS } from '../../scripts/lib/legibility.ts';

const STORY = '/stories/replay-127-hours/';
const source = readFileSync(new URL('../../content/stories/replay-127-hours.md', import.meta.url), 'utf8');
/** The steps as the editor wrote them, read from the Markdown (not from the page). */
const written = [...source.matchAll(/^::step\{t="([^"]+)"(?: view="(\w+)")?(?: focus="([\w-]+)")?\}$/gm)].map((m) => ({ t: m[1]!, view: m[2] ?? 'map', focus: m[3] }));
const time = (iso: string) => shortKst(Date.parse(iso), 'ko');

test.use({ viewport: { width: 360, height: 740 } });

/** The map drawing on screen: the visible artboard's layered map, or its chain on show. */
const mapShown = (scope: ReturnType<Page['locator']>) => scope.locator('.rp-map .chart-box:visible').locator('.dm-layered, .dm-chain.is-shown');

async function scrollToStep(page: Page, n: number) {
  await page.locator(`#replay-1-step-${n}`).evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.4));
}

test('every ::step in the Markdown becomes a step, in order, with its own figure', async ({ page }) => {
  expect(written.length).toBeGreaterThanOrEqual(10);
  await page.goto(STORY);
  const steps = page.locator('.scrolly .step');
  await expect(steps).toHaveCount(written.length);
  expect(await steps.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.t))).toEqual(written.map((s) => s.t));
  await expect(page.locator('.scrolly .step .step-figure')).toHaveCount(written.length);
});

test('scrolling the story on a phone moves the graphic to each step\'s time, view and focus', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(STORY);
  await expect(page.locator('html')).toHaveClass(/scrolly-on/);
  const graphic = page.locator('.scrolly-graphic');
  await expect(graphic).toBeVisible();
  // The graphic sits above the text on a phone, not beside it.
  for (const [i, step] of written.entries()) {
    await scrollToStep(page, i + 1);
    await expect(graphic.locator('.rp-caption time')).toHaveText(time(step.t));
    await expect(graphic.locator('.rp-figure')).toHaveClass(new RegExp(`rp-view-${step.view}`));
    await expect(page.locator(`#replay-1-step-${i + 1}`)).toHaveClass(/is-active/);
    if (step.view === 'map' && step.focus) {
      // The focus is marked, its group opened and its chain shown, at the map's own type size (never scaled down).
      const focus = mapShown(graphic).locator('.dm-node.is-focus');
      await expect(focus).toHaveAttribute('data-id', step.focus);
      await expect(focus).toBeInViewport();
      const px = await focus.locator('.dm-label').evaluate((t) => parseFloat(getComputedStyle(t).fontSize) * Math.hypot((t as SVGTextElement).getScreenCTM()!.a, (t as SVGTextElement).getScreenCTM()!.b));
      expect(px).toBeGreaterThanOrEqual(11);
    }
    const g = await graphic.boundingBox();
    const text = await page.locator(`#replay-1-step-${i + 1} .step-text`).boundingBox();
    expect(g!.width).toBeGreaterThan(300);
    expect(text!.x).toBeLessThan(g!.x + g!.width / 2);
  }
  // Scrolling back up returns to an earlier moment.
  await scrollToStep(page, 1);
  await expect(graphic.locator('.rp-caption time')).toHaveText(time(written[0]!.t));
});

for (const width of WIDTHS)
  test(`the sticky graphic is legible at every step, its map and strip at their drawn size (${width} px)`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: width < 600 ? 740 : 800 });
    await page.goto(STORY);
    await expect(page.locator('html')).toHaveClass(/scrolly-on/);
    await page.evaluate(() => document.fonts.ready);
    for (const [i, step] of written.entries()) {
      await scrollToStep(page, i + 1);
      await expect(page.locator('.scrolly-graphic .rp-caption time')).toHaveText(time(step.t));
      // Let a smooth scroll of the panel settle before measuring.
      await page.waitForTimeout(400);
      const found = (await page.evaluate(probeLegibility)).map((p) => `step ${i + 1}: ${p.kind} [${p.chart}] ${p.detail}`);
      expect(found).toEqual([]);
      const caption = page.locator('.scrolly-graphic .rp-caption');
      expect(await caption.evaluate((c) => (c.scrollHeight <= c.clientHeight + 1 && !c.textContent!.includes('…') ? 'whole' : `cut: ${c.textContent} (${c.scrollHeight} > ${c.clientHeight})`))).toBe('whole');
    }
  });

for (const width of [360, 1280]) test(`moving through the story with Tab activates the step that holds the focus, and the graphic never hides it (${width} px)`, async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width, height: width < 600 ? 740 : 800 });
  await page.goto(STORY);
  await expect(page.locator('html')).toHaveClass(/scrolly-on/);
  const graphic = page.locator('.scrolly-graphic');
  const reached = new Set<number>();
  for (let n = 0; n < 300; n++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const f = document.activeElement as HTMLElement | null;
      const step = f?.closest<HTMLElement>('.scrolly .step');
      if (!f || !step) return null;
      const r = f.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + Math.min(r.width, 20) / 2, r.top + r.height / 2);
      const k = [...document.querySelectorAll('.scrolly .step')].indexOf(step);
      return { id: step.id, k, visible: !!hit && (f === hit || f.contains(hit)) };
    });
    if (!where) {
      if (reached.size) break; // past the last step
      continue;
    }
    const { k } = where;
    reached.add(k);
    expect(where.visible, `focus in ${where.id} is covered`).toBe(true);
    await expect(page.locator(`#${where.id}`)).toHaveClass(/is-active/);
    await expect(graphic.locator('.rp-caption time')).toHaveText(time(written[k]!.t));
  }
  // Every step that holds a link was reached (steps without one are read by scrolling).
  const withLinks = await page.locator('.scrolly .step').evaluateAll((els) => els.flatMap((e, k) => (e.querySelector('.step-text :is(a[href], button)') ? [k] : [])));
  expect(withLinks.length).toBeGreaterThan(5);
  expect([...reached].sort((a, b) => a - b)).toEqual(withLinks);
});

test('the keyboard scrubs the replay from change to change and the map\'s parts change state', async ({ page }) => {
  await page.goto('/embed/replay/');
  const replay = page.locator('incident-replay[data-ready]');
  const range = replay.locator('input[name=t]');
  await range.focus();
  await page.keyboard.press('Home');
  await expect(mapShown(replay).locator('.dm-node.is-failed')).toHaveCount(0);
  const before = await replay.locator('.rp-caption time').textContent();
  await page.keyboard.press('ArrowRight');
  await expect(replay.locator('.rp-caption time')).not.toHaveText(before!);
  // Step on until something is down: the first failures come within a few changes of the start.
  for (let i = 0; i < 8 && (await mapShown(replay).locator('.dm-node.is-failed').count()) === 0; i++) await page.keyboard.press('ArrowRight');
  expect(await mapShown(replay).locator('.dm-node.is-failed').count()).toBeGreaterThan(0);
  await page.keyboard.press('End');
  await expect(replay.locator('.rp-caption time')).toHaveText('20일 23:00');
  // Kakao's talk group, closed, is all up again: its bar says so.
  await expect(mapShown(replay).locator('.dm-group[data-id="g-kakao-service-talk-failed"]')).toHaveClass(/is-up/);
  await page.keyboard.press('ArrowLeft');
  await expect(replay.locator('.rp-caption time')).not.toHaveText('20일 23:00');
  // The moment is kept in the URL with its +09:00 offset.
  expect(decodeURIComponent(page.url())).toMatch(/[?&]t=2022-10-\d\dT\d\d:\d\d\+09:00/);
  await expect(range).toHaveAttribute('aria-valuetext', /KST$/);
});

test('?t= restores a moment in the embed and in the story', async ({ page }) => {
  await page.goto('/embed/replay/?t=2022-10-16T01:31+09:00&view=timeline&focus=kakaotalk-messaging');
  const replay = page.locator('incident-replay');
  await expect(replay.locator('.rp-caption')).toContainText('16일 01:31 — 카카오톡 메시지 수발신 일부 복구');
  await expect(replay.locator('.rp-figure')).toHaveClass(/rp-view-timeline/);
  await expect(replay.locator('.chart-box:visible .rp-focus text')).toHaveText('카카오톡 메시지 수발신');
  await page.goto(`${STORY}?t=2022-10-16T03:00+09:00`);
  await expect(page.locator('.scrolly-graphic .rp-caption time')).toHaveText('16일 03:00');
  const expected = written.filter((s) => Date.parse(s.t) <= Date.parse('2022-10-16T03:00+09:00')).length;
  await expect(page.locator(`#replay-1-step-${expected}`)).toHaveClass(/is-active/);
});

test('play moves time forward and pause stops it', async ({ page }) => {
  await page.goto('/embed/replay/?t=2022-10-15T15:19+09:00');
  const replay = page.locator('incident-replay[data-ready]');
  await replay.locator('select[name=speed]').selectOption('12');
  await replay.locator('.rp-play').click();
  await expect(replay.locator('.rp-play')).toHaveAttribute('aria-pressed', 'true');
  await expect(replay.locator('.rp-caption time')).not.toHaveText('15일 15:19');
  await replay.locator('.rp-play').click();
  const paused = await replay.locator('.rp-caption time').textContent();
  await page.waitForTimeout(400);
  await expect(replay.locator('.rp-caption time')).toHaveText(paused!);
  await replay.getByRole('button', { name: /전력 100%/ }).click();
  await expect(replay.locator('.rp-caption time')).toHaveText('19일 05:00');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every step has its own prerendered figure at its moment, and no sticky graphic', async ({ page }) => {
    await page.goto(STORY);
    await expect(page.locator('.scrolly-graphic')).toBeHidden();
    const figures = page.locator('.step .step-figure');
    await expect(figures).toHaveCount(written.length);
    for (const [i, step] of written.entries()) {
      const figure = figures.nth(i);
      const img = figure.locator('img');
      await img.scrollIntoViewIfNeeded();
      await expect(img).toBeVisible();
      await expect.poll(() => img.evaluate((e: HTMLImageElement) => e.complete && e.naturalWidth)).toBeGreaterThan(0);
      await expect(figure.locator('figcaption time')).toHaveText(time(step.t));
      // The picture is the drawing at that moment: the map with the step's focus, or the strip.
      const svg = await (await page.request.get(new URL((await img.getAttribute('src'))!, page.url()).href)).text();
      expect(svg).toContain(step.view === 'map' ? 'class="dm-svg"' : 'class="rp-strip-svg"');
      if (step.view === 'map' && step.focus) expect(svg).toMatch(new RegExp(`class="dm-node[^"]*is-focus[^"]*" data-id="${step.focus}"|data-id="${step.focus}"[^>]*is-focus`));
    }
  });
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('the story shows the step figures, not the moving graphic, and nothing animates', async ({ page }) => {
    await page.goto(STORY);
    await expect(page.locator('html')).not.toHaveClass(/scrolly-on/);
    await expect(page.locator('.scrolly-graphic')).toBeHidden();
    await scrollToStep(page, 6);
    await expect(page.locator('#replay-1-step-6 .step-figure img')).toBeVisible();
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  });

  test('play moves from change to change instead of gliding', async ({ page }) => {
    await page.goto('/embed/replay/?t=2022-10-15T15:19+09:00');
    const replay = page.locator('incident-replay[data-ready]');
    const data = JSON.parse((await replay.locator('script.rp-data').textContent())!);
    const stops = new Set(replayStops(data.model));
    await replay.locator('.rp-play').click();
    const seen = new Set<number>();
    for (let i = 0; i < 20; i++) {
      seen.add(Number(await replay.locator('input[name=t]').inputValue()) * 60_000);
      await page.waitForTimeout(100);
    }
    await replay.locator('.rp-play').click();
    // Every moment shown is a change of the data; gliding would show the minutes in between.
    expect(seen.size).toBeGreaterThan(1);
    expect([...seen].filter((t) => !stops.has(t))).toEqual([]);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations in the scrolly story and the replay embed (${scheme})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    for (const url of [STORY, '/embed/replay/?view=timeline&focus=kakao-mail']) {
      await page.goto(url);
      if (url === STORY) await scrollToStep(page, 3);
      const { violations } = await axe(page).analyze();
      expect(violations.map((v) => `${url}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    }
  });
}
