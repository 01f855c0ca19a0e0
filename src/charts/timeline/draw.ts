/**
 * The outage timeline as a pure function of (data, options) → SVG element. It runs at build time
 * with a DOM shim and in the browser, where filters and zoom call it again with new options; the
 * same inputs always give the same markup, so the enhanced chart replaces the prerendered one
 * without a jump. Rows have a fixed height, so the height never depends on the width.
 */
import { stateName } from '../../lib/states.ts';
import { formatKst, type Lang, zoneLabel } from '../../lib/kst.ts';
import { kstClock } from '../../lib/kstClock.ts';
import { computedMoments, type TimelineData, visibleRows, zoomDomain } from '../../lib/timeline.ts';
import { placeInLanes } from '../labelLayout.ts';
import { r2, svgEl, textWidth } from '../svg.ts';
import { timeTicks } from '../timeAxis.ts';
import { IMPRECISE } from './labels.ts';

export interface TimelineOptions {
  document: Document;
  /** Total width in px. */
  width: number;
  lang?: Lang;
  /** KST-clock ms; defaults to the whole incident. */
  domain?: [number, number];
  /** Row ids to draw, in order; defaults to every row. */
  rows?: string[];
  /** Adds a roving tabindex to the bars (the browser enhancer sets it). */
  interactive?: boolean;
  /** Prefix for ids inside the SVG, unique per chart on a page. */
  id?: string;
  title?: string;
}

/**
 * Two layouts. Desktop (from DESKTOP_FROM px): row labels in a column left of the bars. Phone:
 * each row's label on its own line above a bar that spans the whole width, so a 288 px drawing
 * keeps every label whole and the time axis gets the full width.
 */
export const DESKTOP_FROM = 400;
export type TimelineLayout = 'phone' | 'desktop';
export const layoutOf = (width: number): TimelineLayout => (width < DESKTOP_FROM ? 'phone' : 'desktop');

export const LAYOUT = {
  row: { desktop: 20, phone: 30 },
  bar: 12,
  groupHeader: 28,
  lane: 16,
  lanes: { desktop: 4, phone: 3 },
  /** The axis row; on phones the time zone gets a line of its own above the ticks. */
  axis: { desktop: 22, phone: 38 },
  right: 16,
  fontSize: 12,
  /** Milestone and tick labels: drawn at 12 px so no scaling of the drawing takes them under 11. */
  smallSize: 12,
};

export function labelWidth(lang: Lang): number {
  return lang === 'ko' ? 150 : 170;
}

/** Height for a given number of rows and groups at a width: what the page reserves before any script runs. */
export function timelineHeight(rowCount: number, groupCount: number, width: number): number {
  const layout = layoutOf(width);
  return top(layout) + groupCount * LAYOUT.groupHeader + rowCount * LAYOUT.row[layout] + 8;
}

const axisTop = (layout: TimelineLayout) => LAYOUT.lanes[layout] * LAYOUT.lane + 6;
const top = (layout: TimelineLayout) => axisTop(layout) + LAYOUT.axis[layout];

/** The full name where it fits `room` px, else the data's short name: never a cut one. */
export function rowLabel(row: TimelineData['rows'][string], lang: Lang, room: number): string {
  const full = row.name[lang];
  return textWidth(full, LAYOUT.fontSize) <= room || !row.short ? full : row.short[lang];
}

export function timelineChart(data: TimelineData, options: TimelineOptions): SVGSVGElement {
  const { document, width, lang = 'ko', interactive = false, id = 'tl' } = options;
  const layout = layoutOf(width);
  const phone = layout === 'phone';
  const domain = options.domain ?? zoomDomain(data, 'all');
  const rowIds = options.rows ?? visibleRows(data);
  const groups = data.groups.map((g) => ({ ...g, rows: g.rows.filter((r) => rowIds.includes(r)) })).filter((g) => g.rows.length);
  const rowCount = groups.reduce((n, g) => n + g.rows.length, 0);
  const height = timelineHeight(rowCount, groups.length, width);
  const rowHeight = LAYOUT.row[layout];

  const x0 = phone ? 4 : labelWidth(lang);
  const x1 = width - LAYOUT.right;
  const x = (t: number) => x0 + ((t - domain[0]) / (domain[1] - domain[0])) * (x1 - x0);
  const inDomain = (t: number) => t >= domain[0] && t <= domain[1];
  const axisY = axisTop(layout);
  const tickY = axisY + (phone ? 30 : 14);
  const plotTop = top(layout);
  const el = (name: string, attrs = {}, children: Parameters<typeof svgEl>[3] = []) => svgEl(document, name, attrs, children);

  const svg = el('svg', {
    xmlns: 'http://www.w3.org/2000/svg',
    class: `tl-svg tl-${layout}`,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'group',
    'aria-label': options.title ?? (lang === 'ko' ? '서비스별 장애 타임라인' : 'Outage timeline by service'),
    'font-size': LAYOUT.fontSize,
    'data-domain': `${domain[0]},${domain[1]}`,
    'data-x': `${x0},${x1}`,
  }) as SVGSVGElement;

  // Patterns and fades, one per status, referenced by class from the stylesheet.
  svg.append(
    el('defs', {}, [
      el('clipPath', { id: `${id}-clip` }, [el('rect', { x: x0, y: 0, width: x1 - x0 + 8, height })]),
      ...hatchAndFade(document, id),
    ]),
  );

  // Axis and grid.
  // A tick label that would overlap the previous one or run past the right edge is left out; its
  // grid line stays.
  const ticks = timeTicks(domain, x1 - x0, lang);
  let labelEnd = phone ? -Infinity : textWidth(zoneLabel(lang), LAYOUT.smallSize) + 4;
  // Grid lines go behind everything; the tick labels on top of the rules that cross the axis.
  const axis = el('g', { class: 'tl-axis', 'aria-hidden': 'true' });
  const axisLabels = el('g', { class: 'tl-axis-labels', 'aria-hidden': 'true' }, [el('text', { x: 4, y: axisY + 14, class: 'tl-zone' }, [zoneLabel(lang)])]);
  for (const t of ticks) {
    axis.append(el('line', { x1: x(t.t), x2: x(t.t), y1: tickY + 4, y2: height, class: t.day ? 'tl-grid tl-grid-day' : 'tl-grid' }));
    const end = x(t.t) + 3 + textWidth(t.label, LAYOUT.smallSize);
    if (x(t.t) < labelEnd + 6 || end > width) continue;
    labelEnd = end;
    axisLabels.append(el('text', { x: x(t.t) + 3, y: tickY, class: t.day ? 'tl-tick tl-tick-day' : 'tl-tick' }, [t.label]));
  }
  svg.append(axis);

  // Milestones: a rule each; labels go into lanes by importance (labelLayout.ts), and a label that
  // fits in no lane is left out of the drawing (its rule keeps a <title>; the list under the chart
  // names every one). Times other sources give are drawn dashed.
  // With them, the moments computed from the rows (lib/timeline.ts computedMoments: the first service back).
  const rules = [
    ...data.milestones.map((m) => ({ id: m.id, at: m.at, label: m.label, alternatives: m.alternatives, priority: milestonePriority(m.kind) })),
    ...computedMoments(data).map((m) => ({ ...m, alternatives: [] as { at: string }[], priority: milestonePriority('declared-recovery') + 0.5 })),
  ];
  const shown = rules.filter((m) => inDomain(kstClock(m.at)));
  const { placed } = placeInLanes(
    shown.map((m) => ({ id: m.id, x: x(kstClock(m.at)), width: textWidth(m.label[lang], LAYOUT.smallSize), priority: m.priority })),
    { lanes: LAYOUT.lanes[layout], min: 0, max: width - 2 },
  );
  const milestones = el('g', { class: 'tl-milestones' });
  const milestoneLabels = el('g', { class: 'tl-milestone-labels' });
  for (const m of rules) {
    const t = kstClock(m.at);
    for (const a of m.alternatives) {
      const ta = kstClock(a.at);
      if (inDomain(ta)) milestones.append(el('line', { x1: x(ta), x2: x(ta), y1: plotTop - 4, y2: height, class: 'tl-rule tl-rule-alt', 'data-milestone': m.id }));
    }
    if (!inDomain(t)) continue;
    const label = m.label[lang];
    const spot = placed.get(m.id);
    const ly = 14 + (spot?.lane ?? 0) * LAYOUT.lane;
    milestones.append(
      el('g', { class: 'tl-milestone', 'data-milestone': m.id }, [
        el('title', {}, [`${label}: ${formatKst(m.at, lang)}${m.alternatives.length ? (lang === 'ko' ? ' (다른 기록 있음)' : ' (other times reported)') : ''}`]),
        el('line', { x1: x(t), x2: x(t), y1: spot ? ly + 3 : plotTop - 4, y2: height, class: 'tl-rule' }),
      ]),
    );
    // Labels go on top of every rule, each on a patch of the page colour so no line crosses it.
    if (spot) milestoneLabels.append(el('rect', { x: spot.span[0] - 1, y: ly - 11, width: spot.span[1] - spot.span[0] + 2, height: 14, class: 'tl-milestone-bg' }));
    if (spot) milestoneLabels.append(el('text', { x: spot.flip ? x(t) - 3 : x(t) + 3, y: ly, class: 'tl-milestone-label', 'text-anchor': spot.flip ? 'end' : null, 'data-milestone': m.id, 'aria-hidden': 'true' }, [label]));
  }

  // Rows: group headers, labels and bars.
  const body = el('g', { class: 'tl-rows' });
  const bars = el('g', { class: 'tl-bars', 'clip-path': `url(#${id}-clip)` });
  let y = plotTop;
  let first = true;
  for (const g of groups) {
    body.append(
      el('g', { class: 'tl-group', 'data-group': g.id }, [
        el('line', { x1: 0, x2: x1, y1: y + 0.5, y2: y + 0.5, class: 'tl-group-rule' }),
        el('text', { x: 4, y: y + 18, class: 'tl-group-label' }, [`${g.name[lang]} (${g.rows.length})`]),
      ]),
    );
    y += LAYOUT.groupHeader;
    for (const rowId of g.rows) {
      const row = data.rows[rowId]!;
      const name = row.name[lang];
      // Desktop: the label is centred on its bar in the left column. Phone: it sits above the bar.
      const cy = phone ? y + 15 + LAYOUT.bar / 2 : y + rowHeight / 2;
      const visible = rowLabel(row, lang, phone ? width - 8 : x0 - 12);
      body.append(
        phone
          ? el('text', { x: 4, y: y + 12, class: 'tl-label', 'data-row': rowId }, [visible === name ? null : el('title', {}, [name]), visible])
          : el('text', { x: x0 - 6, y: cy + 4, 'text-anchor': 'end', class: 'tl-label', 'data-row': rowId }, [visible === name ? null : el('title', {}, [name]), visible]),
      );
      for (const i of row.spans) {
        const s = data.spans[i]!;
        const t0 = kstClock(s.start);
        const t1 = s.end ? kstClock(s.end) : domain[1];
        if (t1 < domain[0] || t0 > domain[1]) continue;
        const bx = x(Math.max(t0, domain[0] - 1));
        const bw = Math.max(2, x(Math.min(t1, domain[1] + 1)) - bx);
        const by = cy - LAYOUT.bar / 2;
        bars.append(
          el('g', { class: `tl-span tl-${s.status}`, 'data-i': i }, [
            // The prerendered bars are drawing only: the page draws four of these (one per artboard)
            // and the table under the chart says the same in words. The browser code names each bar
            // and makes it focusable (makeInteractive, or here when it redraws).
            el('rect', {
              x: bx, y: by, width: bw, height: LAYOUT.bar, class: 'tl-bar', fill: s.status === 'partially-restored' ? `url(#${id}-hatch)` : null, 'data-i': i,
              ...(interactive ? { role: 'img', 'aria-label': spanLabel(data, i, lang), tabindex: first ? 0 : -1 } : {}),
            }),
            s.end && IMPRECISE.has(s.endPrecision!) && t1 <= domain[1]
              ? el('rect', { x: bx + bw - Math.min(24, bw / 2), y: by, width: Math.min(24, bw / 2), height: LAYOUT.bar, class: 'tl-imprecise', mask: `url(#${id}-fade-mask)` })
              : null,
            s.end ? null : el('path', { d: `M${r2(bx + bw - 1)},${r2(by - 2)}l7,${LAYOUT.bar / 2 + 2}l-7,${LAYOUT.bar / 2 + 2}z`, class: 'tl-open' }),
          ]),
        );
        first = false;
      }
      y += rowHeight;
    }
  }
  // Rules behind the rows, so no line crosses a label; their labels sit in lanes above the axis.
  svg.append(milestones, axisLabels, milestoneLabels, body, bars);
  return svg;
}

/** Which milestone labels win a lane first when they crowd each other. */
const PRIORITY: TimelineData['milestones'][number]['kind'][] = [
  'ignition', 'power-cut', 'declared-recovery', 'power-restart', 'fire-extinguished', 'power-full', 'fire-report',
  'fire-under-control', 'power-loss-partial', 'power-level',
];
function milestonePriority(kind: string): number {
  const i = PRIORITY.indexOf(kind as (typeof PRIORITY)[number]);
  return i < 0 ? PRIORITY.length : i;
}

/** One sentence per span, for screen readers and the live region. */
export function spanLabel(data: TimelineData, i: number, lang: Lang): string {
  const s = data.spans[i]!;
  const name = data.rows[s.row]!.name[lang];
  const status = stateName(s.status, lang);
  const start = formatKst(s.start, lang);
  if (lang === 'ko') return `${name}: ${status}, ${start}부터 ${s.end ? `${formatKst(s.end, lang)}까지` : '복구 기록 없음'}`;
  return `${name}: ${status}, from ${start} ${s.end ? `to ${formatKst(s.end, lang)}` : '(no restoration on record)'}`;
}

/** The hatch for partly restored spans and the fade for imprecise ends, with ids under `id`: the drawing and its legend each carry their own. */
export function hatchAndFade(document: Document, id: string): SVGElement[] {
  const el = (name: string, attrs = {}, children: Parameters<typeof svgEl>[3] = []) => svgEl(document, name, attrs, children);
  return [
    el('pattern', { id: `${id}-hatch`, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, [
      el('rect', { width: 6, height: 6, class: 'tl-hatch-bg' }),
      el('line', { x1: 0, y1: 0, x2: 0, y2: 6, class: 'tl-hatch-line' }),
    ]),
    el('linearGradient', { id: `${id}-fade`, x1: 0, x2: 1, y1: 0, y2: 0 }, [
      el('stop', { offset: 0, 'stop-color': 'white', 'stop-opacity': 0 }),
      el('stop', { offset: 1, 'stop-color': 'white', 'stop-opacity': 0.85 }),
    ]),
    el('mask', { id: `${id}-fade-mask`, maskContentUnits: 'objectBoundingBox' }, [el('rect', { width: 1, height: 1, fill: `url(#${id}-fade)` })]),
  ];
}
