/**
 * Recovery curves drawn with Observable Plot at build time (a static chart: the browser gets the
 * SVG and a table, never Plot). Step lines on the shared KST clock, one per organization group.
 */
import * as Plot from '@observablehq/plot';
import type { Lang } from '../../lib/kst.ts';
import { kstClock } from '../../lib/kstClock.ts';
import type { RecoveryCurve } from '../../lib/recovery.ts';
import { formatKst } from '../../lib/kst.ts';
import { formatDuration } from '../../lib/kst.ts';
import { placeInLanes } from '../labelLayout.ts';
import { asImage, textWidth } from '../svg.ts';
import { timeTicks } from '../timeAxis.ts';

export interface RecoveryOptions {
  document: Document;
  width: number;
  lang?: Lang;
  /** KST-clock ms. */
  domain: [number, number];
  names: Record<string, string>;
  /** Colour slot of each group (`org-1`…), from incident.yaml; groups without one are drawn plain. */
  colors?: Record<string, string>;
  title?: string;
}

interface Point {
  group: string;
  t: Date;
  share: number;
  label: string;
}

/** A curve with more steps than this is drawn as a line alone. */
export const RECOVERY_DOTS_UP_TO = 60;

export function recoveryChart(curves: RecoveryCurve[], options: RecoveryOptions): SVGSVGElement {
  const { document, width, lang = 'ko', domain, names, colors = {} } = options;
  const slot = (group: string) => (colors[group] ? ` rc-${colors[group]}` : '');
  const points: Point[] = curves.flatMap((c) => [
    { group: c.group, t: new Date(kstClock(c.start)), share: 0, label: `${names[c.group]}: 0%` },
    ...c.steps.map((s) => ({
      group: c.group,
      t: new Date(kstClock(s.at)),
      share: s.share,
      label: `${names[c.group]}: ${Math.round(s.share * 100)}% (${s.restored}/${c.total}), ${formatKst(s.at, lang)}`,
    })),
  ]);
  // Each line runs on to the end of the domain at its last level.
  const ends = curves.map((c) => ({ group: c.group, t: new Date(domain[1]), share: c.steps.at(-1)?.share ?? 0, label: '' }));
  const ticks = timeTicks(domain, width - 104, lang, width < 480 ? 76 : 64);
  const tickLabel = new Map(ticks.map((t) => [t.t, t.label]));
  const marks: Plot.Markish[] = [
    Plot.ruleY([0, 0.5, 1], { className: 'rc-grid' }),
    ...curves.map((c) =>
      Plot.line([...points.filter((p) => p.group === c.group), ...ends.filter((e) => e.group === c.group)], {
        x: 't', y: 'share', curve: 'step-after', className: `rc-line${slot(c.group)}`, strokeWidth: 2.5,
      }),
    ),
    // A dot (with its tooltip) per step, unless the steps are so many that dots would merge into
    // the line anyway (a large incident): the table lists every step.
    ...curves
      .filter((c) => c.steps.length <= RECOVERY_DOTS_UP_TO)
      .map((c) => Plot.dot(points.filter((p) => p.group === c.group && p.share > 0), { x: 't', y: 'share', r: 3, className: `rc-dot${slot(c.group)}`, title: 'label' })),
    ...curves.map((c) => {
      const last = points.filter((p) => p.group === c.group).at(-1)!;
      return Plot.text([last], { x: 't', y: 'share', text: () => names[c.group], dx: 6, dy: -8, textAnchor: 'start', className: `rc-name${slot(c.group)}` });
    }),
  ];
  // The point, written next to the marks: where each curve reaches half its services, with how long
  // that took. Placed by the shared label layout (labelLayout.ts): right of the riser, or left near
  // the right edge, in one of two lanes just below and above the 50% line; one with no room is left
  // to the title and the table, which say the same.
  const M = { left: 44, right: 60, top: 20, bottom: 30, height: 280 };
  const xOf = (t: number) => M.left + ((t - domain[0]) / (domain[1] - domain[0])) * (width - M.left - M.right);
  // On a phone the note takes two lines (name, then time), so it fits beside the riser.
  const twoLines = width < 480;
  const halfText = (c: RecoveryCurve) => {
    const name = lang === 'ko' ? `${names[c.group]} 절반` : `${names[c.group]} half`;
    return `${name}${twoLines ? '\n' : ': '}${formatDuration(c.halfMinutes!, lang)}`;
  };
  const halves = curves
    .filter((c) => c.halfMinutes !== null)
    .map((c) => ({ c, at: kstClock(c.steps.find((s) => s.share >= 0.5)!.at) }));
  const spots = placeInLanes(
    halves.map(({ c, at }, i) => ({ id: c.group, x: xOf(at), width: Math.max(...halfText(c).split('\n').map((l) => textWidth(l, 12))), priority: i })),
    { lanes: 2, min: M.left + 4, max: width - 4 },
  ).placed;
  for (const { c, at } of halves) {
    const spot = spots.get(c.group);
    if (!spot) continue;
    // Lane 0 is under the 50% line, lane 1 over it: a rising curve leaves both clear on its own side.
    marks.push(
      Plot.text([{ t: new Date(at), share: 0.5 }], {
        x: 't', y: 'share', text: () => halfText(c), dx: spot.flip ? -5 : 5, dy: spot.lane === 0 ? 6 : -4,
        lineAnchor: spot.lane === 0 ? 'top' : 'bottom', textAnchor: spot.flip ? 'end' : 'start', className: `rc-note${slot(c.group)}`,
      }),
    );
  }
  const svg = Plot.plot({
    document,
    width,
    height: M.height,
    marginLeft: M.left,
    marginRight: M.right,
    marginTop: M.top,
    marginBottom: M.bottom,
    className: 'rc-plot',
    ariaLabel: options.title,
    style: { fontFamily: 'inherit', fontSize: '12px', background: 'transparent', color: 'currentColor' },
    // The tick labels sit a little lower than Plot's default, clear of the "0%" on the y axis.
    x: { type: 'utc', tickPadding: 7, domain: [new Date(domain[0]), new Date(domain[1])], ticks: ticks.map((t) => new Date(t.t)), tickFormat: (d: Date) => tickLabel.get(d.getTime()) ?? '', label: null },
    y: { domain: [0, 1], ticks: [0, 0.5, 1], tickFormat: (v: number) => `${Math.round(v * 100)}%`, label: null },
    marks,
  });
  return asImage(svg) as SVGSVGElement;
}
