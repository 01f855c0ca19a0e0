/** A tiny element builder for charts that render with any `document` (linkedom at build, the page in the browser). */
export type Attrs = Record<string, string | number | null | undefined | false>;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Rounds coordinates so output is stable and small. */
export const r2 = (n: number) => Math.round(n * 100) / 100;

export function svgEl(document: Document, name: string, attrs: Attrs = {}, children: (Node | string | null | undefined | false)[] = []): SVGElement {
  const node = document.createElementNS(SVG_NS, name) as SVGElement;
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    node.setAttribute(k, typeof v === 'number' ? String(r2(v)) : v);
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return node;
}

/** Approximate rendered width of a label at `size` px: Hangul and CJK are about one em, Latin about 0.55 em. */
export function textWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch) ? size : ch === ' ' ? size * 0.3 : size * 0.58;
  return w;
}

/**
 * Breaks `text` into lines that fit `max` px at `size`, on spaces (Korean is spaced too); a word wider
 * than a line is broken between characters. Nothing is cut: a label that needs more room gets a line.
 */
export function wrapText(text: string, size: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (textWidth(next, size) <= max) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    for (const ch of word) {
      if (line && textWidth(line + ch, size) > max) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A Plot drawing as one image to assistive technology (its figure's table carries the data): Plot's
 * per-mark aria-labels on role-less groups are dropped (axe: aria-prohibited-attr).
 */
export function asImage<T extends Element>(svg: T): T {
  svg.setAttribute('role', 'img');
  for (const g of svg.querySelectorAll('g[aria-label]')) if (!g.getAttribute('role')) g.removeAttribute('aria-label');
  return svg;
}
