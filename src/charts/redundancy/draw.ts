/**
 * Where the two companies part ways, as one drawing: a column per organization, its main data
 * center first (the burning building or another one), then every layer with its redundancy mark and
 * word, the first organization's worst layers first. The point is written on the chart: a band and
 * a line of text over the layers the first organization kept only in the burning building, and a tag
 * on each main center. Every label wraps; nothing is cut.
 */
import { STATUS_WORD } from '../../lib/compare.ts';
import type { Lang } from '../../lib/kst.ts';
import type { IncidentData } from '../../lib/loadIncident.ts';
import { colorSlots } from '../../lib/organizations.ts';
import type { Redundancy, RedundancyStatus } from '../../schemas/redundancy.ts';
import { orgNames } from '../compare/context.ts';
import { svgEl, wrapText } from '../svg.ts';

/** Layer order in the drawing: the first organization's worst status first; data order within one. */
const RANK: Record<RedundancyStatus, number> = { 'not-redundant': 0, partial: 1, redundant: 2, unknown: 3 };

export interface PartingOptions {
  document: Document;
  width: number;
  lang: Lang;
  title: string;
}

/** What the drawing says, computed from the data (the page's title and the test use it too). */
export interface Parting {
  /** Layers in drawing order. */
  layers: Redundancy['layers'];
  /** Ids of the layers the first organization had only in the burning building. */
  onlyThere: string[];
  /** Per organization: whether its main center was the site that failed (undefined: not known). */
  mainIsSite: Record<string, boolean | undefined>;
}

export function partingOf(r: Redundancy): Parting {
  const first = r.organizations[0]!;
  const status = (layer: string) => first.layers.find((c) => c.layer === layer)!.status;
  const layers = r.layers.map((l, i) => ({ l, i })).sort((a, b) => RANK[status(a.l.id)] - RANK[status(b.l.id)] || a.i - b.i).map((x) => x.l);
  return {
    layers,
    onlyThere: layers.filter((l) => status(l.id) === 'not-redundant').map((l) => l.id),
    mainIsSite: Object.fromEntries(r.organizations.map((o) => [o.organization, o.main === undefined ? undefined : o.main === r.site])),
  };
}

/** Geometry, in px. */
const G = { head: 40, text: 13, line: 19, pad: 8, mark: 22, wide: 560 };

export function partingChart(data: IncidentData, o: PartingOptions): SVGSVGElement {
  const { document: doc, width, lang } = o;
  const r = data.redundancy!;
  const p = partingOf(r);
  const n = r.organizations.length;
  const narrow = width < G.wide;
  const labelW = narrow ? 0 : Math.round(width * 0.3);
  const colW = (width - labelW) / n;
  const colX = (k: number) => labelW + colW * k;
  const names = orgNames(data, lang);
  const orgName = (id: string) => names[id] ?? id;
  const slots = colorSlots(data);
  const slot = (id: string): string | undefined => slots[id];
  const shortOf = (id: string) => {
    const c = data.components.find((x) => x.id === id);
    return c ? (c.short ?? c.name)[lang] : id;
  };
  const out: SVGElement[] = [];
  /** Text in lines from (x, top); returns the height used. */
  const lines = (text: string, x: number, top: number, max: number, attrs: Record<string, string | number> = {}) => {
    const ls = wrapText(text, G.text, max);
    out.push(svgEl(doc, 'text', { x, y: top, ...attrs }, ls.map((l, i) => svgEl(doc, 'tspan', { x, y: top + G.text + i * G.line }, [l]))));
    return ls.length * G.line;
  };
  let y = 0;
  // Column heads: the organization's name over a bar in its colour.
  r.organizations.forEach((org, k) => {
    const c = slot(org.organization);
    out.push(svgEl(doc, 'rect', { x: colX(k) + 2, y: 0, width: colW - 4, height: 4, class: c ? `cmp-swatch cmp-${c}` : null }));
    lines(orgName(org.organization), colX(k) + G.pad, 10, colW - 2 * G.pad, { 'font-weight': 700, 'font-size': 14 });
  });
  y = G.head;
  /** A row: its label (left, or above the cells when narrow), then a cell per organization; returns its height. */
  const row = (label: string, cell: (k: number, top: number, x: number, max: number) => number) => {
    const top = y;
    out.push(svgEl(doc, 'line', { x1: 0, x2: width, y1: top, y2: top, class: 'cmp-rule' }));
    let h = 0;
    let cellTop = top + G.pad;
    if (narrow) cellTop += lines(label, 0, top + G.pad, width, { 'font-weight': 650 }) + 2;
    else h = lines(label, 0, top + G.pad, labelW - G.pad, { 'font-weight': 650 });
    r.organizations.forEach((_, k) => (h = Math.max(h, cellTop - top - G.pad + cell(k, cellTop, colX(k) + G.pad, colW - 2 * G.pad))));
    y = top + h + 2 * G.pad;
  };
  // The main centers: the first place the two part ways.
  if (r.organizations.some((org) => org.main)) {
    row(lang === 'ko' ? '주 센터' : 'Main center', (k, top, x, max) => {
      const org = r.organizations[k]!;
      if (!org.main) return lines(lang === 'ko' ? '알 수 없음' : 'not known', x, top, max, { class: 'cmp-mark cmp-unknown' });
      const h = lines(shortOf(org.main), x, top, max);
      const there = p.mainIsSite[org.organization];
      const tag = there ? (lang === 'ko' ? '불난 건물' : 'the burning building') : lang === 'ko' ? '다른 건물' : 'another building';
      return h + lines(tag, x, top + h, max, { class: `cmp-tag cmp-mark ${there ? 'cmp-not-redundant' : 'cmp-redundant'}`, 'font-weight': 700 });
    });
  }
  // The annotation over the layers the first organization had only in the burning building.
  const first = r.organizations[0]!;
  const band = { top: 0, index: 0 };
  p.layers.forEach((l, i) => {
    if (i === 0 && p.onlyThere.length) {
      const note =
        lang === 'ko'
          ? `${orgName(first.organization)}: 불난 센터에만 둔 층 ${p.onlyThere.length}개`
          : `${p.onlyThere.length} layers ${orgName(first.organization)} kept only in the burning center`;
      band.top = y;
      band.index = out.length;
      out.push(svgEl(doc, 'line', { x1: 0, x2: width, y1: y, y2: y, class: 'cmp-rule' }));
      y += G.pad / 2 + lines(note, G.pad, y + G.pad / 2, width - 2 * G.pad, { class: 'cmp-callout cmp-mark cmp-not-redundant', 'font-weight': 700 }) + G.pad / 2;
    }
    row(l.label[lang], (k, top, x, max) => {
      const cell = r.organizations[k]!.layers.find((c) => c.layer === l.id)!;
      out.push(statusShape(doc, cell.status, x + 7, top + G.text / 2 + 3));
      return lines(STATUS_WORD[cell.status][lang], x + G.mark, top, max - G.mark, cell.status === 'unknown' ? { class: 'cmp-mark cmp-unknown' } : {});
    });
    // The band goes under everything drawn since its top.
    // Its colour comes from a group: .cmp-mark's CSS width would override the rect's own.
    if (i === p.onlyThere.length - 1)
      out.splice(band.index, 0, svgEl(doc, 'g', { class: 'cmp-mark cmp-not-redundant' }, [svgEl(doc, 'rect', { x: 0, y: band.top, width, height: y - band.top, fill: 'currentColor', 'fill-opacity': 0.09, class: 'cmp-band' })]));
  });
  out.push(svgEl(doc, 'line', { x1: 0, x2: width, y1: y, y2: y, class: 'cmp-rule' }));
  const height = Math.ceil(y + 1);
  return svgEl(
    doc,
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': o.title, 'font-size': G.text, fill: 'currentColor', class: 'cmp-parting' },
    out,
  ) as SVGSVGElement;
}

/** The status mark drawn as a shape (the glyphs ● ◐ ○ are not in every font): full, half, empty, "?". */
function statusShape(document: Document, status: RedundancyStatus, cx: number, cy: number): SVGElement {
  const cls = `cmp-mark cmp-${status}`;
  if (status === 'unknown') return svgEl(document, 'text', { x: cx, y: cy + 5, 'text-anchor': 'middle', class: cls, fill: 'currentColor', 'font-weight': 700 }, ['?']);
  const ring = svgEl(document, 'circle', { cx, cy, r: 6, fill: status === 'redundant' ? 'currentColor' : 'none', stroke: 'currentColor', 'stroke-width': 2 });
  const half = status === 'partial' ? svgEl(document, 'path', { d: `M${cx},${cy - 6}A6,6 0 0 0 ${cx},${cy + 6}Z`, fill: 'currentColor' }) : null;
  return svgEl(document, 'g', { class: cls }, [ring, half]);
}
