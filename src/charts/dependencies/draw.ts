/**
 * The dependency map as a pure function of (graph, layout, state, options) → SVG element, for the
 * build (linkedom) and the browser alike. Positions come from the build-time layout; the state
 * (failed, degraded, focused) only changes classes, so the enhancer can restyle without moving
 * anything.
 */
import { STATE_LABEL, STATES, type State } from '../../lib/states.ts';
import type { Lang } from '../../lib/kst.ts';
import type { DependencyGraph } from '../../lib/dependencyGraph.ts';
import type { GraphLayout } from '../../lib/graphLayout.ts';
import { fitText, r2, svgEl } from '../svg.ts';

export interface MapState {
  failed?: ReadonlySet<string>;
  degraded?: ReadonlySet<string>;
  /** The replay's two extra states: partly back, and not known at that moment. */
  partial?: ReadonlySet<string>;
  unknown?: ReadonlySet<string>;
}

export interface MapOptions {
  document: Document;
  lang?: Lang;
  id?: string;
  title?: string;
  /** Draw only these nodes (and edges between them) inside this box: a step figure's crop. */
  crop?: { nodes: ReadonlySet<string>; box: [number, number, number, number] };
}

export const LAYER_LABEL: Record<string, Record<Lang, string>> = {
  site: { ko: '데이터센터', en: 'Data centers' },
  power: { ko: '전력', en: 'Power' },
  hall: { ko: '서버실·서버', en: 'Server halls' },
  platform: { ko: '플랫폼·운영 도구', en: 'Platform and tools' },
  service: { ko: '서비스', en: 'Services' },
  outside: { ko: '기대는 바깥 기업·이용자', en: 'Businesses and users outside' },
};

/** The cross drawn on a failed part (the build and the browser's restyling draw the same mark). */
export const FAILED_MARK = 'M-3,-3L3,3M3,-3L-3,3';

/** The half-filled dot of a part that is partly back. */
export const PARTIAL_MARK = 'M0,-5A5,5 0 0 0 0,5Z';

/**
 * A state (lib/states.ts) as the map's classes write it (`is-failed`, `is-partial`…): the
 * stylesheet and the browser code read these names. Not a vocabulary of its own.
 */
export const NODE_CLASS = { down: 'failed', degraded: 'degraded', 'partially-restored': 'partial', unknown: 'unknown', up: 'up' } as const satisfies Record<State, string>;
export type NodeState = (typeof NODE_CLASS)[State];

export function nodeState(id: string, state: MapState): NodeState {
  return state.failed?.has(id) ? 'failed' : state.degraded?.has(id) ? 'degraded' : state.partial?.has(id) ? 'partial' : state.unknown?.has(id) ? 'unknown' : 'up';
}

/**
 * After a part's name: its state's word (lib/states.ts). On the map `degraded` is what the failure
 * simulation says of a part that ran on its replica, so it reads that way.
 */
export const NODE_STATE_SUFFIX = Object.fromEntries(
  STATES.map((s) => [NODE_CLASS[s], s === 'up' ? { ko: '', en: '' } : s === 'degraded' ? { ko: ' (예비로 버팀)', en: ' (ran on a replica)' } : { ko: ` (${STATE_LABEL[s].ko})`, en: ` (${STATE_LABEL[s].en})` }]),
) as Record<NodeState, Record<Lang, string>>;

/** The mark drawn over a part's dot in a state, if any (the build and the browser draw the same). */
export function stateMark(document: Document, s: NodeState): SVGElement | null {
  if (s === 'failed') return svgEl(document, 'path', { d: FAILED_MARK, class: 'dm-x' });
  if (s === 'partial') return svgEl(document, 'path', { d: PARTIAL_MARK, class: 'dm-half' });
  return null;
}

export function dependencyMap(graph: DependencyGraph, layout: GraphLayout, state: MapState, options: MapOptions): SVGSVGElement {
  const { document, lang = 'ko', id = 'dm' } = options;
  const el = (name: string, attrs = {}, children: Parameters<typeof svgEl>[3] = []) => svgEl(document, name, attrs, children);
  const pos = layout.positions;
  const layerOf = new Map(graph.nodes.map((n) => [n.id, n.layer]));
  const layers = layout.columns.map((col) => layerOf.get(col[0]!)!);
  const box = options.crop?.box ?? [0, 0, layout.width, layout.height];
  const shown = (nid: string) => !options.crop || options.crop.nodes.has(nid);
  const svg = el('svg', {
    xmlns: 'http://www.w3.org/2000/svg',
    class: 'dm-svg',
    width: box[2],
    height: box[3],
    viewBox: box.join(' '),
    role: 'group',
    'aria-label': options.title ?? (lang === 'ko' ? '서비스 의존 관계 지도' : 'Service dependency map'),
    'font-size': 12,
  }) as SVGSVGElement;

  svg.append(
    el('g', { class: 'dm-layers', 'aria-hidden': 'true' }, layers.map((l, c) => el('text', { x: layout.positions[layout.columns[c]![0]!]!.x - 6, y: box[1] + 16, class: 'dm-layer' }, [LAYER_LABEL[l]![lang]]))),
  );

  const edges = el('g', { class: 'dm-edges', 'aria-hidden': 'true' });
  const slot = layout.columnWidth - 14;
  for (const e of graph.edges) {
    if (!shown(e.from) || !shown(e.to)) continue;
    const a = pos[e.from]!;
    const b = pos[e.to]!;
    let d: string;
    if (a.column === b.column) {
      // Within one column: an arc on the left.
      const bend = 18 + Math.min(60, Math.abs(b.y - a.y) / 6);
      d = `M${r2(a.x - 6)},${r2(a.y)}C${r2(a.x - bend)},${r2(a.y)} ${r2(b.x - bend)},${r2(b.y)} ${r2(b.x - 6)},${r2(b.y)}`;
    } else {
      const x0 = a.column < b.column ? a.x + slot : a.x - 6;
      const x1 = a.column < b.column ? b.x - 6 : b.x + slot;
      const mid = (x0 + x1) / 2;
      d = `M${r2(x0)},${r2(a.y)}C${r2(mid)},${r2(a.y)} ${r2(mid)},${r2(b.y)} ${r2(x1)},${r2(b.y)}`;
    }
    const s = nodeState(e.from, state);
    const cls = ['dm-edge', e.redundant ? 'dm-redundant' : '', e.kind === 'substitutes' ? 'dm-substitute' : '', s === 'failed' && e.kind !== 'substitutes' ? 'is-failed' : ''].filter(Boolean).join(' ');
    edges.append(el('path', { d, class: cls, 'data-from': e.from, 'data-to': e.to }));
  }

  const nodes = el('g', { class: 'dm-nodes' });
  for (const n of graph.nodes) {
    if (!shown(n.id)) continue;
    const p = pos[n.id]!;
    const s = nodeState(n.id, state);
    const name = n.name[lang];
    nodes.append(
      el('g', { class: `dm-node dm-g-${n.group}${graph.colors[n.group] ? ` dm-${graph.colors[n.group]}` : ''} is-${s}`, 'data-id': n.id, transform: `translate(${r2(p.x)},${r2(p.y)})`, role: 'img' }, [
        el('title', {}, [`${name}${NODE_STATE_SUFFIX[s][lang]}`]),
        el('rect', { x: -4, y: -9, width: slot + 4, height: 18, class: 'dm-hit', rx: 3 }),
        el('circle', { r: 5, class: 'dm-dot' }),
        stateMark(document, s),
        el('text', { x: 10, y: 4, class: 'dm-label' }, [fitText(name, 12, slot - 14)]),
      ]),
    );
  }
  svg.append(edges, nodes);
  return svg;
}
