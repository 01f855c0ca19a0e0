/**
 * The outage timeline as a pure function of (data, options) → SVG element. It runs at build time
 * with a DOM shim and in the browser, where filters and zoom call it again with new options; the
 * same inputs always give the same markup, so the enhanced chart replaces the prerendered one
 * without a jump. Rows have a fixed height, so the height never depends on the width.
 */
import { stateName } from '../../lib/states.ts';
import { formatKst, type Lang, zoneLabel } from '../../lib/kst.ts';
import { kstClock } from '../../lib/kstClock.ts';
import { type TimelineData, visibleRows, zoomDomain } from '../../lib/timeline.ts';
import { fitText, r2, svgEl, textWidth } from '../svg.ts';
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

export const LAYOUT = {
  row: 20,
  bar: 12,
  groupHeader: 28,
  lane: 15,
  lanes: 4,
  axis: 22,
  right: 16,
  fontSize: 12,
};

export function labelWidth(lang: Lang): number {
  return lang === 'ko' ? 150 : 170;
}

/** Height for a given number of rows and groups: what the page reserves before any script runs. */
export function timelineHeight(rowCount: number, groupCount: number): number {
  return top() + groupCount * LAYOUT.groupHeader + rowCount * LAYOUT.row + 8;
}

const top = () => LAYOUT.lanes * LAYOUT.lane + 6 + LAYOUT.axis;

export function timelineChart(data: TimelineData, options: TimelineOptions): SVGSVGElement {
  const { document, width, lang = 'ko', interactive = false, id = 'tl' } = options;
  const domain = options.domain ?? zoomDomain(data, 'all');
  const rowIds = options.rows ?? visibleRows(data);
  const groups = data.groups.map((g) => ({ ...g, rows: g.rows.filter((r) => rowIds.includes(r)) })).filter((g) => g.rows.length);
  const rowCount = groups.reduce((n, g) => n + g.rows.length, 0);
  const height = timelineHeight(rowCount, groups.length);

  const x0 = labelWidth(lang);
  const x1 = width - LAYOUT.right;
  const x = (t: number) => x0 + ((t - domain[0]) / (domain[1] - domain[0])) * (x1 - x0);
  const inDomain = (t: number) => t >= domain[0] && t <= domain[1];
  const axisY = LAYOUT.lanes * LAYOUT.lane + 6;
  const plotTop = top();
  const el = (name: string, attrs = {}, children: Parameters<typeof svgEl>[3] = []) => svgEl(document, name, attrs, children);

  const svg = el('svg', {
    xmlns: 'http://www.w3.org/2000/svg',
    class: 'tl-svg',
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
      el('clipPath', { id: `${id}-clip` }, [el('rect', { x: x0, y: 0, width: x1 - x0, height })]),
      el('pattern', { id: `${id}-hatch`, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, [
        el('rect', { width: 6, height: 6, class: 'tl-hatch-bg' }),
        el('line', { x1: 0, y1: 0, x2: 0, y2: 6, class: 'tl-hatch-line' }),
      ]),
      el('linearGradient', { id: `${id}-fade`, x1: 0, x2: 1, y1: 0, y2: 0 }, [
        el('stop', { offset: 0, 'stop-color': 'white', 'stop-opacity': 0 }),
        el('stop', { offset: 1, 'stop-color': 'white', 'stop-opacity': 0.85 }),
      ]),
      el('mask', { id: `${id}-fade-mask`, maskContentUnits: 'objectBoundingBox' }, [el('rect', { width: 1, height: 1, fill: `url(#${id}-fade)` })]),
    ]),
  );

  // Axis and grid.
  // A tick label that would overlap the previous one or run past the right edge is left out; its
  // grid line stays.
  const ticks = timeTicks(domain, x1 - x0, lang);
  let labelEnd = -Infinity;
  const axis = el('g', { class: 'tl-axis', 'aria-hidden': 'true' }, [el('text', { x: 4, y: axisY + 14, class: 'tl-zone' }, [zoneLabel(lang)])]);
  for (const t of ticks) {
    axis.append(el('line', { x1: x(t.t), x2: x(t.t), y1: axisY + 18, y2: height, class: t.day ? 'tl-grid tl-grid-day' : 'tl-grid' }));
    const end = x(t.t) + 3 + textWidth(t.label, 11);
    if (x(t.t) < labelEnd + 6 || end > width) continue;
    labelEnd = end;
    axis.append(el('text', { x: x(t.t) + 3, y: axisY + 14, class: t.day ? 'tl-tick tl-tick-day' : 'tl-tick' }, [t.label]));
  }
  svg.append(axis);

  // Milestones: a rule each; labels go into lanes by importance, and a label that fits in no lane
  // is left out (its rule keeps a <title>). Times other sources give are drawn dashed.
  const laneSpans: [number, number][][] = Array.from({ length: LAYOUT.lanes }, () => []);
  const placed = new Map<string, { lane: number; flip: boolean }>();
  for (const m of [...data.milestones].sort((a, b) => milestonePriority(a.kind) - milestonePriority(b.kind))) {
    const t = kstClock(m.at);
    if (!inDomain(t)) continue;
    const w = textWidth(m.label[lang], 11) + 6;
    const flip = x(t) + w > x1;
    const span: [number, number] = flip ? [x(t) - w, x(t)] : [x(t), x(t) + w];
    const lane = laneSpans.findIndex((l) => l.every(([a, b]) => span[1] < a - 2 || span[0] > b + 2));
    if (lane < 0) continue;
    laneSpans[lane]!.push(span);
    placed.set(m.id, { lane, flip });
  }
  const milestones = el('g', { class: 'tl-milestones' });
  for (const m of data.milestones) {
    const t = kstClock(m.at);
    for (const a of m.alternatives) {
      const ta = kstClock(a.at);
      if (inDomain(ta)) milestones.append(el('line', { x1: x(ta), x2: x(ta), y1: plotTop - 4, y2: height, class: 'tl-rule tl-rule-alt', 'data-milestone': m.id }));
    }
    if (!inDomain(t)) continue;
    const label = m.label[lang];
    const spot = placed.get(m.id);
    const ly = 11 + (spot?.lane ?? 0) * LAYOUT.lane;
    milestones.append(
      el('g', { class: 'tl-milestone', 'data-milestone': m.id }, [
        el('title', {}, [`${label}: ${formatKst(m.at, lang)}${m.alternatives.length ? (lang === 'ko' ? ' (다른 기록 있음)' : ' (other times reported)') : ''}`]),
        el('line', { x1: x(t), x2: x(t), y1: spot ? ly + 3 : plotTop - 4, y2: height, class: 'tl-rule' }),
        spot ? el('text', { x: spot.flip ? x(t) - 3 : x(t) + 3, y: ly, class: 'tl-milestone-label', 'text-anchor': spot.flip ? 'end' : null }, [label]) : null,
      ]),
    );
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
      const cy = y + LAYOUT.row / 2;
      body.append(
        el('text', { x: x0 - 6, y: cy + 4, 'text-anchor': 'end', class: 'tl-label', 'data-row': rowId }, [
          el('title', {}, [name]),
          fitText(name, LAYOUT.fontSize, x0 - 12),
        ]),
      );
      for (const i of row.spans) {
        const s = data.spans[i]!;
        const t0 = kstClock(s.start);
        const t1 = s.end ? kstClock(s.end) : domain[1];
        if (t1 < domain[0] || t0 > domain[1]) continue;
        const bx = x(Math.max(t0, domain[0] - 1));
        const bw = Math.max(2, x(Math.min(t1, domain[1] + 1)) - bx);
        const by = cy - LAYOUT.bar / 2;
        const label = spanLabel(data, i, lang);
        bars.append(
          el('g', { class: `tl-span tl-${s.status}`, 'data-i': i }, [
            // <title> names the bar for screen readers and gives mouse users a tooltip without JavaScript.
            el('rect', { x: bx, y: by, width: bw, height: LAYOUT.bar, class: 'tl-bar', fill: s.status === 'partially-restored' ? `url(#${id}-hatch)` : null, 'data-i': i, role: 'img', tabindex: interactive ? (first ? 0 : -1) : null }, [
              el('title', {}, [label]),
            ]),
            s.end && IMPRECISE.has(s.endPrecision!) && t1 <= domain[1]
              ? el('rect', { x: bx + bw - Math.min(24, bw / 2), y: by, width: Math.min(24, bw / 2), height: LAYOUT.bar, class: 'tl-imprecise', mask: `url(#${id}-fade-mask)` })
              : null,
            s.end ? null : el('path', { d: `M${r2(bx + bw - 1)},${r2(by - 2)}l7,${LAYOUT.bar / 2 + 2}l-7,${LAYOUT.bar / 2 + 2}z`, class: 'tl-open' }),
          ]),
        );
        first = false;
      }
      y += LAYOUT.row;
    }
  }
  svg.append(body, bars, milestones);
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
