/**
 * The replay's timeline strip: one thin row per part with status events, coloured by its replay
 * state over the whole incident, a cursor at the replay's moment and a veil over what has not
 * happened yet. Pure (any `document`); the browser only moves the cursor, the veil and the focus.
 */
import type { Lang } from '../../lib/kst.ts';
import { KST_OFFSET_MS } from '../../lib/kstClock.ts';
import type { ReplayModel } from '../../lib/replay.ts';
import { r2, svgEl } from '../svg.ts';

/** `width` is the drawing used for pictures and steps; the figure draws one per artboard (stripAt). */
export const STRIP = { width: 440, left: 6, right: 10, top: 30, row: 6, bar: 5, header: 16 };

export interface StripRow {
  id: string;
  group: string;
}

export interface StripGeometry {
  /** Epoch ms at the left and right edges of the time axis. */
  domain: [number, number];
  x0: number;
  x1: number;
  height: number;
  /** Top of each row's bar. */
  rowY: Record<string, number>;
}

const DAY = 86400_000;

export function stripGeometry(model: ReplayModel, rows: readonly StripRow[]): StripGeometry {
  const rowY: Record<string, number> = {};
  let y = STRIP.top;
  let group = '';
  for (const r of rows) {
    if (r.group !== group) {
      y += STRIP.header;
      group = r.group;
    }
    rowY[r.id] = y;
    y += STRIP.row;
  }
  return { domain: model.domain, x0: STRIP.left, x1: STRIP.width - STRIP.right, height: y + 4, rowY };
}

/** The same strip drawn `width` px wide: rows keep their place, the time axis gets the width. */
export const stripAt = (g: StripGeometry, width: number): StripGeometry => ({ ...g, x1: width - STRIP.right });

export const stripX = (g: StripGeometry, t: number) => g.x0 + ((t - g.domain[0]) / (g.domain[1] - g.domain[0])) * (g.x1 - g.x0);

export interface StripOptions {
  document: Document;
  lang: Lang;
  /** The moment (epoch ms) of the cursor. */
  t: number;
  focus?: string;
  names: Record<string, string>;
  groupNames: Record<string, string>;
  /** Milestones drawn as rules: [epoch ms, label]. */
  rules: [number, string][];
  label: string;
}

export function replayStrip(model: ReplayModel, rows: readonly StripRow[], g: StripGeometry, o: StripOptions): SVGSVGElement {
  const el = (name: string, attrs = {}, children: Parameters<typeof svgEl>[3] = []) => svgEl(o.document, name, attrs, children);
  const width = g.x1 + STRIP.right;
  // 12 px text: a drawing is never scaled below 11/12 (html.ts artboards).
  const svg = el('svg', { xmlns: 'http://www.w3.org/2000/svg', class: 'rp-strip-svg', viewBox: `0 0 ${width} ${g.height}`, width, height: g.height, role: 'img', 'aria-label': o.label, 'font-size': 12 }) as SVGSVGElement;
  const [d0, d1] = g.domain;

  // Day ticks at KST midnight.
  const ticks = el('g', { class: 'rp-axis', 'aria-hidden': 'true' });
  for (let day = Math.ceil((d0 + KST_OFFSET_MS) / DAY) * DAY - KST_OFFSET_MS; day <= d1; day += DAY) {
    const x = stripX(g, day);
    const date = new Date(day + KST_OFFSET_MS).getUTCDate();
    ticks.append(el('line', { x1: x, x2: x, y1: 18, y2: g.height, class: 'rp-grid' }), el('text', { x: x + 3, y: 14, class: 'rp-tick' }, [o.lang === 'ko' ? `${date}일` : `${date} Oct`]));
  }
  for (const [t, label] of o.rules) {
    const x = stripX(g, t);
    ticks.append(el('line', { x1: x, x2: x, y1: 20, y2: g.height, class: 'rp-rule' }, [el('title', {}, [label])]));
  }
  svg.append(ticks);

  const body = el('g', { class: 'rp-rows' });
  let group = '';
  for (const r of rows) {
    const y = g.rowY[r.id]!;
    if (r.group !== group) {
      group = r.group;
      body.append(el('text', { x: g.x0, y: y - 4, class: 'rp-group' }, [o.groupNames[group] ?? group]));
    }
    const row = el('g', { class: 'rp-row', 'data-id': r.id }, [el('title', {}, [o.names[r.id] ?? r.id]), el('rect', { x: g.x0, y, width: g.x1 - g.x0, height: STRIP.bar, class: 'rp-bg' })]);
    const segs = model.subjects[r.id] ?? [];
    segs.forEach((s, i) => {
      if (s.state === 'up') return;
      const from = Math.max(s.from, d0);
      const to = Math.min(segs[i + 1]?.from ?? d1, d1);
      if (to <= from) return;
      row.append(el('rect', { x: stripX(g, from), y, width: Math.max(0.5, stripX(g, to) - stripX(g, from)), height: STRIP.bar, class: `rp-s rp-s-${s.state}` }));
    });
    body.append(row);
  }
  svg.append(body);

  const x = r2(stripX(g, o.t));
  svg.append(
    el('rect', { class: 'rp-veil', x, y: 20, width: Math.max(0, g.x1 - x), height: g.height - 20 }),
    el('g', { class: 'rp-cursor', transform: `translate(${x},0)`, 'aria-hidden': 'true' }, [el('line', { y1: 18, y2: g.height, class: 'rp-cursor-line' }), el('path', { d: 'M-5,18h10l-5,6z', class: 'rp-cursor-head' })]),
  );
  const fy = o.focus ? g.rowY[o.focus] : undefined;
  svg.append(
    el('g', { class: 'rp-focus', transform: `translate(0,${fy ?? 0})`, ...(fy === undefined ? { visibility: 'hidden' } : {}), 'aria-hidden': 'true' }, [
      el('rect', { x: g.x0 - 2, y: -1.5, width: g.x1 - g.x0 + 4, height: STRIP.bar + 3, class: 'rp-focus-box' }),
      el('text', { x: g.x0 + 2, y: -4, class: 'rp-focus-label' }, [o.focus ? (o.names[o.focus] ?? o.focus) : '']),
    ]),
  );
  return svg;
}
