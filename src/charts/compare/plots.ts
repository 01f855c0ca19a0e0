/**
 * The comparison's static charts, drawn with Observable Plot at build time (the browser gets SVG
 * and a table, never Plot): dot rows on one shared scale per panel, and the what-if's stacked bars.
 * Every mark carries a <title>, which the tips enhancer turns into a tooltip for mouse, touch and
 * keyboard.
 */
import * as Plot from '@observablehq/plot';
import { asImage, textWidth } from '../svg.ts';

export interface DotDatum {
  /** Row label, e.g. "핵심 서비스가 다시 되기까지". */
  row: string;
  group: string;
  /** Position on the panel's scale (hours, services, …). */
  x: number;
  /** The value as printed next to the dot. */
  label: string;
  tip: string;
}

interface PanelOptions {
  document: Document;
  width: number;
  groups: string[];
  /** Colour slot (`org-1`…) of each group, from incident.yaml; groups without one are drawn plain. */
  colors: Record<string, string>;
  ariaLabel: string;
  /** Tick format for the x axis. */
  tickFormat: (v: number) => string;
  /** Upper end of the x scale (defaults to the largest value). */
  max?: number;
}

/** Height of one row: its dots, one per group 16 px apart, and its name above the top one. */
const rowHeight = (groups: number) => Math.max(64, (groups - 1) * 16 + 48);

/** One panel: a row per measure, a dot per organization, the value printed beside it. */
export function dotPanel(data: DotDatum[], o: PanelOptions): SVGSVGElement {
  const rows = [...new Set(data.map((d) => d.row))];
  const max = o.max ?? Math.max(1, ...data.map((d) => d.x));
  const narrow = o.width < 480;
  const offset = (g: string) => (o.groups.indexOf(g) - (o.groups.length - 1) / 2) * 16;
  const ROW = rowHeight(o.groups.length);
  // The row's name clears the top dot's value (12 px text, centred on the dot).
  const labelDy = -((o.groups.length - 1) / 2) * 16 - 20;
  // Room for half of the first tick label ("0시간"), which is centred on the axis origin.
  const marginLeft = 22;
  const marginRight = narrow ? 96 : 130;
  /** Whether the value fits right of its dot; the scale's nice end only moves a dot left of this estimate. */
  const fitsRight = (d: DotDatum) => marginLeft + (d.x / max) * (o.width - marginLeft - marginRight) + 10 + textWidth(d.label, 12) <= o.width;
  const marks: Plot.Markish[] = [
    Plot.ruleX([0], { className: 'cmp-zero' }),
    Plot.ruleY(rows, { y: (r: string) => r, className: 'cmp-row', dy: 0 }),
    // The row's name sits above its dots, so long Korean labels never need a wide margin.
    Plot.text(rows, { y: (r: string) => r, x: 0, text: (r: string) => r, dy: labelDy, textAnchor: 'start', className: 'cmp-rowlabel', fontWeight: 700 }),
    ...o.groups.map((g) =>
      Plot.dot(
        data.filter((d) => d.group === g),
        { x: 'x', y: 'row', dy: offset(g), r: 6, className: `cmp-dot${o.colors[g] ? ` cmp-${o.colors[g]}` : ''}`, title: 'tip' },
      ),
    ),
    // A value is written right of its dot, or left of it where it would run past the drawing's edge.
    ...o.groups.flatMap((g) =>
      ([true, false] as const).map((right) =>
        Plot.text(
          data.filter((d) => d.group === g && fitsRight(d) === right),
          { x: 'x', y: 'row', dy: offset(g), dx: right ? 10 : -10, text: 'label', textAnchor: right ? 'start' : 'end', className: `cmp-value${o.colors[g] ? ` cmp-${o.colors[g]}` : ''}` },
        ),
      ),
    ),
  ];
  const svg = Plot.plot({
    document: o.document,
    width: o.width,
    height: rows.length * ROW + 36,
    marginLeft,
    marginRight,
    marginTop: 28,
    marginBottom: 28,
    className: 'cmp-plot',
    ariaLabel: o.ariaLabel,
    style: { fontFamily: 'inherit', fontSize: '12px', background: 'transparent', color: 'currentColor' },
    x: { domain: [0, max], nice: true, ticks: narrow ? 3 : 6, tickFormat: o.tickFormat, label: null, grid: true },
    y: { domain: rows, axis: null, padding: 0.35 },
    marks,
  });
  return asImage(svg) as SVGSVGElement;
}

export interface StackDatum {
  /** Bar label (the scenario). */
  bar: string;
  /** `down`, `degraded` or `up`. */
  part: string;
  count: number;
  tip: string;
}

const PARTS = ['down', 'degraded', 'up'] as const;

/**
 * The what-if: one stacked bar per scenario, services down / on a replica / running. Each part is
 * named on the chart, with its count, under the bar from where the part starts (a swatch of its
 * colour first), in lanes so no two names meet: no legend to look up.
 */
export function stackPanel(
  data: StackDatum[],
  o: { document: Document; width: number; ariaLabel: string; total: number; tickFormat: (v: number) => string; partLabel: (d: StackDatum) => string },
): SVGSVGElement {
  const bars = [...new Set(data.map((d) => d.bar))];
  const startOf = (d: StackDatum) =>
    data.filter((e) => e.bar === d.bar && PARTS.indexOf(e.part as (typeof PARTS)[number]) < PARTS.indexOf(d.part as (typeof PARTS)[number])).reduce((a, e) => a + e.count, 0);
  const M = { left: 8, right: 16, top: 28, bottom: 28 };
  const xOf = (v: number) => M.left + (v / o.total) * (o.width - M.left - M.right);
  const SWATCH = 14;
  const LANE = 17;
  // Lanes per bar first (they set the row height), then the drawing. A name starts where its part
  // starts, or further right while it stays within its part, in the first lane it meets nothing;
  // near the right edge it ends at the edge.
  const layouts = bars.map((b) => {
    const laneEnd: number[] = [];
    const placed = new Map<string, { lane: number; left: number }>();
    for (const d of data.filter((e) => e.bar === b && e.count > 0)) {
      const start = xOf(startOf(d));
      const end = xOf(startOf(d) + d.count);
      const w = SWATCH + textWidth(o.partLabel(d), 12);
      for (let lane = 0; ; lane++) {
        const x = Math.min(Math.max(start, (laneEnd[lane] ?? -Infinity) + 12), o.width - w);
        if (x >= (laneEnd[lane] ?? -Infinity) + 12 && x <= Math.max(start, end - w)) {
          placed.set(d.part, { lane, left: x });
          laneEnd[lane] = x + w;
          break;
        }
      }
    }
    return placed;
  });
  const lanes = Math.max(1, ...layouts.map((l) => Math.max(...[...l.values()].map((s) => s.lane + 1))));
  // Rows in px (the y scale is the identity): the row's name, its bar, then its lanes of part names.
  const BAR = 28;
  const NAME = 22;
  const ROW = NAME + BAR + 8 + lanes * LANE + 10;
  const barTop = (b: string) => M.top + bars.indexOf(b) * ROW + NAME;
  const labels = data.flatMap((d) => {
    const spot = layouts[bars.indexOf(d.bar)]!.get(d.part);
    if (!spot) return [];
    return [{ ...d, text: o.partLabel(d), left: spot.left, y: barTop(d.bar) + BAR + 8 + spot.lane * LANE + LANE / 2 }];
  });
  type Label = (typeof labels)[number];
  /** Pixels back to the x scale's units (Plot positions text by data). */
  const xInv = (px: number) => ((px - M.left) / (o.width - M.left - M.right)) * o.total;
  const svg = Plot.plot({
    document: o.document,
    width: o.width,
    height: M.top + bars.length * ROW + M.bottom,
    marginLeft: M.left,
    marginRight: M.right,
    marginTop: M.top,
    marginBottom: M.bottom,
    className: 'cmp-plot',
    ariaLabel: o.ariaLabel,
    style: { fontFamily: 'inherit', fontSize: '12px', background: 'transparent', color: 'currentColor' },
    x: { domain: [0, o.total], ticks: o.width < 480 ? 3 : 6, tickFormat: o.tickFormat, label: null, grid: true },
    y: { type: 'identity', axis: null },
    marks: [
      // Stacked by hand, one mark per part, so each part is styled by a class (theme colours in CSS).
      ...PARTS.map((part) =>
        Plot.rect(
          data.filter((d) => d.part === part),
          { x1: (d: StackDatum) => startOf(d), x2: (d: StackDatum) => startOf(d) + d.count, y1: (d: StackDatum) => barTop(d.bar), y2: (d: StackDatum) => barTop(d.bar) + BAR, className: `cmp-bar cmp-${part}`, title: 'tip' },
        ),
      ),
      Plot.text(bars, { y: (b: string) => barTop(b) - 8, x: 0, text: (b: string) => b, textAnchor: 'start', className: 'cmp-rowlabel', fontWeight: 700 }),
      ...PARTS.map((part) =>
        Plot.rect(labels.filter((l) => l.part === part), { x1: (l: Label) => xInv(l.left), x2: (l: Label) => xInv(l.left + 10), y1: (l: Label) => l.y - 5, y2: (l: Label) => l.y + 5, className: `cmp-bar cmp-${part}` }),
      ),
      Plot.text(labels, { x: (l: Label) => xInv(l.left + SWATCH), y: 'y', text: 'text', textAnchor: 'start', className: 'cmp-value' }),
    ],
  });
  return asImage(svg) as SVGSVGElement;
}
