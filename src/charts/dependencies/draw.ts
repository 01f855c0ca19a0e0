/**
 * The dependency map as a pure function of (model, state, open groups, width) → an element, for
 * the build (linkedom) and the browser alike: the layered form where it fits the width, else the
 * chain form (layout.ts). Groups draw a bar of their members' states and their count; edges between
 * groups are bundled, thicker for more dependencies. The browser draws again with the same function
 * when a group opens, a state changes or the replay moves.
 */
import { STATE_LABEL, STATES, type State } from '../../lib/states.ts';
import type { PartState } from '../../lib/replay.ts';
import type { Lang } from '../../lib/kst.ts';
import { mapView, type MapView, type ViewNode } from '../../lib/mapGroups.ts';
import { r2, svgEl, textWidth } from '../svg.ts';
import { chainLayout, countText, LAYER_LABEL, layeredLayout, MAP_GEOMETRY, type MapModel, nodeLabel, type Placed } from './layout.ts';

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
  /** The drawing's width (an artboard's, html.ts). */
  width: number;
  title?: string;
  /** Opened groups. */
  open?: ReadonlySet<string>;
  /** A part or group to mark as in focus (its group's node while the group is closed). */
  focus?: string | null;
  /** In the chain form: the chain shown while scripting is on (default: the first); the others are drawn for print and no-script. */
  chain?: string | null;
  /** In the chain form: draw this chain only (a step figure's file). */
  only?: string;
}

/** The layers' names: the drawing's titles, the table's column and the panel say the same. */
export { LAYER_LABEL };

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


const MAP_CLASS: Record<State, keyof MapState | null> = { down: 'failed', degraded: 'degraded', 'partially-restored': 'partial', unknown: 'unknown', up: null };

/** The map's state sets from the replay's states at a moment. */
export function mapStateOf(states: Record<string, PartState>): MapState {
  const sets = { failed: new Set<string>(), degraded: new Set<string>(), partial: new Set<string>(), unknown: new Set<string>() };
  for (const [id, s] of Object.entries(states)) {
    const key = MAP_CLASS[s.state];
    if (key) sets[key].add(id);
  }
  return sets;
}

/** The order a group's bar lists its members' states in. */
const BAR_ORDER: NodeState[] = ['failed', 'partial', 'unknown', 'degraded', 'up'];

/** How many of a node's members are in each state, and the node's own state ('mixed' when they differ). */
export function viewState(n: ViewNode, state: MapState): { state: NodeState | 'mixed'; counts: Record<NodeState, number> } {
  const counts = { failed: 0, degraded: 0, partial: 0, unknown: 0, up: 0 } as Record<NodeState, number>;
  for (const m of n.members) counts[nodeState(m, state)]++;
  const present = BAR_ORDER.filter((s) => counts[s] > 0);
  return { state: present.length === 1 ? present[0]! : 'mixed', counts };
}

const COUNT_WORD: Record<NodeState, Record<Lang, string>> = {
  failed: { ko: '멈춤', en: 'down' },
  partial: { ko: '일부 복구', en: 'partly back' },
  unknown: { ko: '확인 안 됨', en: 'unknown' },
  degraded: { ko: '예비로 버팀', en: 'on a replica' },
  up: { ko: '정상', en: 'up' },
};

/** A node's name with its state in words: "카카오 소통·메일 10개: 10개 멈춤". */
export function nodeSummary(model: MapModel, n: ViewNode, state: MapState, lang: Lang): string {
  const name = model.names[n.id] ?? n.id;
  // The name as drawn comes first (a short one is followed by the full one), so what a reader sees is what a screen reader says.
  const label = nodeLabel(model, n.id);
  if (!n.isGroup) return `${label === name ? name : `${label}: ${name}`}${NODE_STATE_SUFFIX[nodeState(n.id, state)][lang]}`;
  const { counts } = viewState(n, state);
  const parts = BAR_ORDER.filter((s) => counts[s] > 0).map((s) => (lang === 'ko' ? `${counts[s]}개 ${COUNT_WORD[s].ko}` : `${counts[s]} ${COUNT_WORD[s].en}`));
  // Starts with the text drawn (the name and the count), then says what it is.
  return lang === 'ko' ? `${label}${countText(n)}: ${n.members.length}개 묶음, ${parts.join(', ')}` : `${label}${countText(n)}: a group of ${n.members.length}, ${parts.join(', ')}`;
}

/** The view a drawing shows: the model's grouped graph with these groups open. */
export function viewOf(model: MapModel, open: ReadonlySet<string> = new Set()): MapView {
  return mapView(model.graph, model.grouping, open);
}

function nodeElement(document: Document, model: MapModel, n: ViewNode, p: Placed, state: MapState, lang: Lang, focus: string | null | undefined, colors: Record<string, string>): SVGElement {
  const el = (name: string, attrs = {}, children: Parameters<typeof svgEl>[3] = []) => svgEl(document, name, attrs, children);
  const g = MAP_GEOMETRY;
  const v = viewState(n, state);
  const label = nodeLabel(model, n.id);
  const width = p.right - p.x + 5;
  const cls = ['dm-node', n.isGroup ? 'dm-group' : '', n.open ? 'is-open' : '', colors[n.org] ? `dm-${colors[n.org]}` : '', `dm-g-${n.org}`, `is-${v.state}`, focus === n.id ? 'is-focus' : ''].filter(Boolean).join(' ');
  const children: Parameters<typeof svgEl>[3] = [el('title', {}, [nodeSummary(model, n, state, lang)]), el('rect', { x: -8, y: -10, width: width + 6, height: 20, class: 'dm-hit', rx: 3 })];
  if (n.isGroup) {
    let x = -5;
    const total = n.members.length;
    const segs = BAR_ORDER.filter((s) => v.counts[s] > 0).map((s) => {
      const w = (g.bar * v.counts[s]) / total;
      const r = el('rect', { x, y: -5, width: w, height: 10, class: `dm-seg is-${s}` });
      x += w;
      return r;
    });
    const textEnd = g.bar + 2 + textWidth(label, g.font) + textWidth(countText(n), g.font);
    children.push(
      el('g', { class: 'dm-bar' }, [...segs, el('rect', { x: -5, y: -5, width: g.bar, height: 10, class: 'dm-bar-frame', rx: 1.5 })]),
      // One text node: a screen reader's name for the group starts with exactly this text.
      el('text', { x: g.bar - 2, y: 4, class: 'dm-label' }, [`${label}${countText(n)}`]),
      // A chevron: down while closed (it opens), up while open.
      el('path', { class: 'dm-chevron', d: n.open ? `M${r2(textEnd)},2l4,-4l4,4` : `M${r2(textEnd)},-2l4,4l4,-4` }),
    );
  } else {
    const s = v.state as NodeState;
    children.push(el('circle', { r: 5, class: 'dm-dot' }), stateMark(document, s), el('text', { x: 10, y: 4, class: 'dm-label' }, [label]));
  }
  return el('g', { class: cls, 'data-id': n.id, transform: `translate(${r2(p.x)},${r2(p.y)})`, role: 'img' }, children);
}

function edgeClass(e: { redundant: boolean; substitute: boolean; count: number }, fromState: string): string {
  return ['dm-edge', e.redundant ? 'dm-redundant' : '', e.substitute ? 'dm-substitute' : '', e.count >= 4 ? 'dm-w3' : e.count >= 2 ? 'dm-w2' : '', fromState === 'failed' && !e.substitute ? 'is-failed' : ''].filter(Boolean).join(' ');
}

/** The map at one width: one layered SVG, or the chains (with their switcher) in the chain form. */
export function drawMap(model: MapModel, state: MapState, options: MapOptions): HTMLElement {
  const { document, lang = 'ko', width } = options;
  const el = (name: string, attrs = {}, children: Parameters<typeof svgEl>[3] = []) => svgEl(document, name, attrs, children);
  const view = viewOf(model, options.open);
  const byId = new Map(view.nodes.map((n) => [n.id, n]));
  const focus = options.focus ? (byId.has(options.focus) ? options.focus : view.viewOf[options.focus]) : null;
  const colors = model.graph.colors;
  const states = new Map(view.nodes.map((n) => [n.id, viewState(n, state).state]));
  const title = options.title ?? (lang === 'ko' ? '서비스 의존 관계 지도' : 'Service dependency map');
  const wrap = document.createElement('div');
  const layered = options.only ? null : layeredLayout(model, view, width);

  const svgOf = (w: number, h: number, label: string) =>
    el('svg', { xmlns: 'http://www.w3.org/2000/svg', class: 'dm-svg', width: w, height: h, viewBox: `0 0 ${w} ${h}`, role: 'group', 'aria-label': label, 'font-size': 12 });
  const nodesOf = (positions: Record<string, Placed>, ids: string[]) => el('g', { class: 'dm-nodes' }, ids.map((id) => nodeElement(document, model, byId.get(id)!, positions[id]!, state, lang, focus, colors)));

  if (layered) {
    wrap.className = 'dm-form dm-layered';
    const svg = svgOf(width, layered.height, title);
    svg.append(el('g', { class: 'dm-layers', 'aria-hidden': 'true' }, layered.titles.map((t) => el('text', { x: t.x, y: t.y, class: 'dm-layer' }, [LAYER_LABEL[t.layer][lang]]))));
    const edges = el('g', { class: 'dm-edges', 'aria-hidden': 'true' });
    for (const e of view.edges) {
      const a = layered.positions[e.from];
      const b = layered.positions[e.to];
      if (!a || !b) continue;
      let d: string;
      if (a.column === b.column) {
        const x = Math.min(a.x, b.x) - 8;
        // Never past the drawing's left edge.
        const bend = Math.min(14 + Math.min(40, Math.abs(b.y - a.y) / 6), x - 2);
        d = `M${r2(a.x - 8)},${r2(a.y)}C${r2(x - bend)},${r2(a.y)} ${r2(x - bend)},${r2(b.y)} ${r2(b.x - 8)},${r2(b.y)}`;
      } else {
        const x0 = a.column < b.column ? a.right + 4 : a.x - 8;
        const x1 = a.column < b.column ? b.x - 8 : b.right + 4;
        const mid = (x0 + x1) / 2;
        d = `M${r2(x0)},${r2(a.y)}C${r2(mid)},${r2(a.y)} ${r2(mid)},${r2(b.y)} ${r2(x1)},${r2(b.y)}`;
      }
      edges.append(el('path', { d, class: edgeClass(e, states.get(e.from)!), 'data-from': e.from, 'data-to': e.to }));
    }
    svg.append(edges, nodesOf(layered.positions, layered.columns.flat()));
    wrap.append(svg);
    return wrap;
  }

  wrap.className = 'dm-form dm-chains';
  const chains = options.only ? model.chains.filter((c) => c.id === options.only) : model.chains;
  const shown = options.chain && chains.some((c) => c.id === options.chain) ? options.chain : chains[0]?.id;
  if (!options.only && chains.length > 1) {
    const sw = document.createElement('div');
    sw.className = 'dm-switch';
    sw.setAttribute('role', 'group');
    sw.setAttribute('aria-label', lang === 'ko' ? '어느 회사의 사슬을 볼까요' : 'Whose chain to show');
    for (const c of chains) {
      const b = document.createElement('button');
      b.type = 'button';
      b.dataset.chain = c.id;
      b.setAttribute('aria-pressed', String(c.id === shown));
      b.textContent = model.orgNames[c.id] ?? c.id;
      sw.append(b);
    }
    wrap.append(sw);
  }
  for (const c of chains) {
    const layout = chainLayout(model, view, c, width);
    const org = model.orgNames[c.id] ?? c.id;
    const heading = lang === 'ko' ? `${org} 서비스가 기댄 사슬` : `The chain ${org}'s services hung on`;
    const section = document.createElement('section');
    // With scripting on, only the shown chain is displayed (charts.css); without it, and in print, all are.
    section.className = c.id === shown ? 'dm-chain is-shown' : 'dm-chain';
    section.dataset.chain = c.id;
    section.setAttribute('aria-label', heading);
    const h = document.createElement('p');
    h.className = 'dm-chain-title';
    h.textContent = heading;
    const svg = svgOf(width, layout.height, `${title}: ${heading}`);
    const deco = el('g', { class: 'dm-layers', 'aria-hidden': 'true' });
    layout.bands.forEach((b, i) => {
      deco.append(el('text', { x: 16, y: b.y + 12, class: 'dm-layer' }, [LAYER_LABEL[b.layer][lang]]));
      const next = layout.bands[i + 1];
      // An arrow down to the next layer: what sits below leans on what sits above.
      if (next) deco.append(el('path', { class: 'dm-spine', d: `M5,${r2(b.y + 4)}V${r2(next.y + 12)}m-4,-5l4,5l4,-5` }));
    });
    svg.append(deco, nodesOf(layout.positions, layout.order));
    section.append(h, svg);
    wrap.append(section);
  }
  return wrap;
}
