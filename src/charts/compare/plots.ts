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

/** The what-if: one stacked bar per scenario, services down / on a replica / running. */
export function stackPanel(data: StackDatum[], o: { document: Document; width: number; ariaLabel: string; total: number; tickFormat: (v: number) => string }): SVGSVGElement {
  const bars = [...new Set(data.map((d) => d.bar))];
  const startOf = (d: StackDatum) =>
    data.filter((e) => e.bar === d.bar && PARTS.indexOf(e.part as (typeof PARTS)[number]) < PARTS.indexOf(d.part as (typeof PARTS)[number])).reduce((a, e) => a + e.count, 0);
  const svg = Plot.plot({
    document: o.document,
    width: o.width,
    height: bars.length * 72 + 36,
    marginLeft: 8,
    marginRight: 16,
    marginTop: 28,
    marginBottom: 28,
    className: 'cmp-plot',
    ariaLabel: o.ariaLabel,
    style: { fontFamily: 'inherit', fontSize: '12px', background: 'transparent', color: 'currentColor' },
    x: { domain: [0, o.total], ticks: o.width < 480 ? 3 : 6, tickFormat: o.tickFormat, label: null, grid: true },
    y: { domain: bars, axis: null, padding: 0.45 },
    marks: [
      // Stacked by hand, one mark per part, so each part is styled by a class (theme colours in CSS).
      ...PARTS.map((part) =>
        Plot.barX(
          data.filter((d) => d.part === part),
          { x1: (d: StackDatum) => startOf(d), x2: (d: StackDatum) => startOf(d) + d.count, y: 'bar', className: `cmp-bar cmp-${part}`, title: 'tip' },
        ),
      ),
      Plot.text(bars, { y: (b: string) => b, x: 0, text: (b: string) => b, dy: -24, textAnchor: 'start', className: 'cmp-rowlabel', fontWeight: 700 }),
    ],
  });
  return asImage(svg) as SVGSVGElement;
}
