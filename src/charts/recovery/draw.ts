/**
 * Recovery curves drawn with Observable Plot at build time (a static chart: the browser gets the
 * SVG and a table, never Plot). Step lines on the shared KST clock, one per organization group.
 */
import * as Plot from '@observablehq/plot';
import type { Lang } from '../../lib/kst.ts';
import { kstClock } from '../../lib/kstClock.ts';
import type { RecoveryCurve } from '../../lib/recovery.ts';
import { formatKst } from '../../lib/kst.ts';
import { asImage } from '../svg.ts';
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
  const svg = Plot.plot({
    document,
    width,
    height: 280,
    marginLeft: 44,
    marginRight: 60,
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
