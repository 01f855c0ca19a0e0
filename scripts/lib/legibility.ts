/**
 * What a reader on a phone would call broken in a chart, measured in the page as drawn:
 * - `sideways`: a chart wider than the screen, or a box inside it that scrolls sideways;
 * - `ellipsis`: a visible chart label cut with "…" (in SVG text, or by CSS text-overflow);
 * - `overlap`: two visible labels of one drawing on top of each other (text on text; a label on
 *   its own bar is not a collision);
 * - `small-text`: chart text drawn under 11 px as rendered, after the drawing's own scaling.
 *
 * `probeLegibility` runs inside the page (page.evaluate), so it may use nothing from outside
 * its own body. test/e2e/legibility.spec.ts runs it over every chart page, story and embed.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export type LegibilityKind = 'sideways' | 'ellipsis' | 'overlap' | 'small-text';
export interface LegibilityProblem {
  kind: LegibilityKind;
  /** The chart's figure: its id, or its class list. */
  chart: string;
  detail: string;
}

/** Run as page.evaluate(probeLegibility). */
export function probeLegibility(): LegibilityProblem[] {
  const minPx = 11;
  const problems: LegibilityProblem[] = [];
  const vw = document.documentElement.clientWidth;
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return false;
    for (let e: Element | null = el; e; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.display === 'none' || s.visibility === 'hidden' || Number(s.opacity) === 0) return false;
    }
    return true;
  };
  const nameOf = (fig: Element) => {
    const host = fig.closest('[id]');
    return host?.id || fig.className.toString();
  };
  const short = (t: string | null) => (t ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);

  for (const fig of document.querySelectorAll('figure.chart')) {
    if (!visible(fig)) continue;
    const chart = nameOf(fig);
    const fr = fig.getBoundingClientRect();
    if (fr.right > vw + 0.5 || fr.left < -0.5) problems.push({ kind: 'sideways', chart, detail: `figure spans ${Math.round(fr.left)}–${Math.round(fr.right)} px on a ${vw} px screen` });
    for (const el of fig.querySelectorAll('*')) {
      if (!visible(el)) continue;
      const s = getComputedStyle(el);
      const scrolls = (s.overflowX === 'auto' || s.overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1;
      // A data table may scroll on a phone (with a visible cue); a drawing may not.
      if (scrolls && !el.matches('.table-wrap, .table-wrap *')) problems.push({ kind: 'sideways', chart, detail: `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> scrolls sideways: ${el.scrollWidth} px in ${el.clientWidth} px` });
      if (s.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) problems.push({ kind: 'ellipsis', chart, detail: `"${short(el.textContent)}" is cut by text-overflow` });
    }
    for (const svg of fig.querySelectorAll('svg')) {
      if (!visible(svg) || svg.closest('.chart-legend')) continue;
      const texts = [...svg.querySelectorAll('text')].filter((t) => visible(t) && (t.textContent ?? '').trim() !== '');
      const boxes: { el: SVGTextElement; r: DOMRect }[] = [];
      for (const t of texts) {
        const label = short(t.textContent);
        if (label.endsWith('…') || label.endsWith('...')) problems.push({ kind: 'ellipsis', chart, detail: `"${label}"` });
        const ctm = t.getScreenCTM();
        const scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
        const px = parseFloat(getComputedStyle(t).fontSize) * scale;
        if (px < minPx - 0.05) problems.push({ kind: 'small-text', chart, detail: `"${label}" at ${px.toFixed(1)} px` });
        boxes.push({ el: t, r: t.getBoundingClientRect() });
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.r;
          const b = boxes[j]!.r;
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          // Glyph boxes include line spacing: a sliver of 2 px is not two labels on top of each other.
          if (w > 2 && h > 2) problems.push({ kind: 'overlap', chart, detail: `"${short(boxes[i]!.el.textContent)}" and "${short(boxes[j]!.el.textContent)}"` });
        }
      }
    }
  }
  const over = document.documentElement.scrollWidth - vw;
  if (over > 0) problems.push({ kind: 'sideways', chart: 'page', detail: `the page is ${over} px wider than the ${vw} px screen` });
  return problems;
}

/** The smallest chart text on the page as drawn, in px (null when there is none). Runs in the page. */
export function smallestChartText(): number | null {
  let min: number | null = null;
  for (const t of document.querySelectorAll('figure.chart svg text')) {
    const r = t.getBoundingClientRect();
    if ((r.width === 0 && r.height === 0) || !(t.textContent ?? '').trim() || t.closest('.chart-legend')) continue;
    const ctm = (t as SVGTextElement).getScreenCTM();
    const px = parseFloat(getComputedStyle(t).fontSize) * (ctm ? Math.hypot(ctm.a, ctm.b) : 1);
    if (min === null || px < min) min = px;
  }
  return min;
}

/** The screen widths every chart is read at. */
export const WIDTHS = [320, 375, 768, 1280] as const;

/** Every page with a chart in a built site: the home page, the chart pages, each story and each embed in both languages. */
export function legibilityUrls(dist: string): string[] {
  const dirs = (p: string) => (existsSync(join(dist, p)) ? readdirSync(join(dist, p), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : []);
  return [
    '/',
    '/timeline/',
    '/dependencies/',
    '/compare/',
    ...dirs('stories').map((s) => `/stories/${s}/`),
    ...dirs('embed').flatMap((c) => [`/embed/${c}/`, ...(existsSync(join(dist, 'embed', c, 'en')) ? [`/embed/${c}/en/`] : [])]),
  ];
}
