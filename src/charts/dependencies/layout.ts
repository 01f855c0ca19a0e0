/**
 * Where the dependency map's parts go, at one drawing width, for the build and the browser alike:
 * - the **layered** form (data center → … → outside, one column per layer), when every column's
 *   labels fit the width whole;
 * - else the **chain** form: one chain at a time (lib/mapGroups.ts `chains`), its layers stacked top
 *   to bottom at full width, each layer's parts in as many columns as their labels allow.
 * The order inside a column comes from the build-time layout of the grouped view (`columns`); a
 * group's members, when it is opened, follow it in the full graph's order (`rank`). Nothing here
 * runs a layout algorithm: opening a group only inserts rows.
 */
import type { Lang } from '../../lib/kst.ts';
import type { GraphShape, Layer } from '../../lib/dependencyGraph.ts';
import type { Chain, Grouping, MapView, ViewNode } from '../../lib/mapGroups.ts';
import { textWidth } from '../svg.ts';

/** What the drawing needs of an incident's map, serialised into the chart's data file. */
export interface MapModel {
  graph: GraphShape;
  grouping: Grouping;
  chains: Chain[];
  /** The grouped (all closed) view's columns, top to bottom. */
  columns: string[][];
  /** Every part's place in the full graph's layout: opened members follow their group in this order. */
  rank: Record<string, number>;
  /** Full name of every part and group, in the drawing's language. */
  names: Record<string, string>;
  /** Short name where the data gives one. */
  shorts: Record<string, string>;
  orgNames: Record<string, string>;
}

export const MAP_GEOMETRY = {
  font: 12,
  row: 22,
  /** Space for the layer titles above the columns. */
  top: 34,
  /** The gutter between columns, where edges run. */
  gap: 30,
  /** A member of an opened group sits this far right of its group's heading. */
  indent: 12,
  /** A full name wider than this is drawn by its short name (the full one stays in the title and table). */
  labelMax: 150,
  /** A group's state bar. */
  bar: 26,
};

/** The layers' names, short enough to title a column (draw.ts re-exports them for the table and panel). */
export const LAYER_LABEL: Record<Layer, Record<Lang, string>> = {
  site: { ko: '데이터센터', en: 'Data centers' },
  power: { ko: '전력', en: 'Power' },
  hall: { ko: '서버실', en: 'Server halls' },
  platform: { ko: '플랫폼·운영 도구', en: 'Platform, tools' },
  service: { ko: '서비스', en: 'Services' },
  outside: { ko: '기대는 바깥 곳들', en: 'Leaning on them' },
};

/** The label drawn for a node: its full name, or its short one when the full one is wide. */
export function nodeLabel(model: MapModel, id: string): string {
  const full = model.names[id] ?? id;
  return textWidth(full, MAP_GEOMETRY.font) > MAP_GEOMETRY.labelMax ? (model.shorts[id] ?? full) : full;
}

/** A group's count after its name. */
export const countText = (n: ViewNode) => ` ${n.members.length}`;

/** Width of a node's glyph, label and (for groups) count and chevron. */
export function nodeWidth(model: MapModel, n: ViewNode): number {
  const g = MAP_GEOMETRY;
  const text = textWidth(nodeLabel(model, n.id), g.font);
  return n.isGroup ? g.bar + 2 + text + textWidth(countText(n), g.font) + 14 : 10 + text;
}

/** The view's columns in drawing order: the grouped view's order, opened members after their group. */
export function viewColumns(model: MapModel, view: MapView): string[][] {
  const shown = new Map(view.nodes.map((n) => [n.id, n]));
  return model.columns.map((col) =>
    col.flatMap((id) => {
      const n = shown.get(id);
      if (!n) return [];
      if (!n.open) return [id];
      return [id, ...[...n.members].sort((a, b) => (model.rank[a] ?? 0) - (model.rank[b] ?? 0))];
    }),
  );
}

export interface Placed {
  id: string;
  x: number;
  y: number;
  /** Column (layered) or layer band (chain) it sits in, and its row there. */
  column: number;
  row: number;
  /** Right edge of its label: where its outgoing edges start. */
  right: number;
}

export interface LayeredLayout {
  form: 'layered';
  width: number;
  height: number;
  /** Each layer's title: at the top of its column, or above its rows where layers share a column. */
  titles: { layer: Layer; x: number; y: number }[];
  positions: Record<string, Placed>;
  columns: string[][];
}

/**
 * The layered form at `width`, or null when its labels do not fit whole even with layers stacked:
 * one column per layer where that fits, else the two neighbouring layers with the fewest rows
 * share a column (the data center above its power, say), until it fits; with fewer than three
 * columns left, the chain form reads better.
 */
export function layeredLayout(model: MapModel, view: MapView, width: number): LayeredLayout | null {
  const g = MAP_GEOMETRY;
  const byId = new Map(view.nodes.map((n) => [n.id, n]));
  const perLayer = viewColumns(model, view).filter((c) => c.length);
  const layers = perLayer.map((c) => byId.get(c[0]!)!.layer);
  const indent = (id: string) => (byId.get(id)!.group && !byId.get(id)!.isGroup ? g.indent : 0);
  const need = perLayer.map((col, i) => Math.max(textWidth(LAYER_LABEL[layers[i]!].ko, g.font), textWidth(LAYER_LABEL[layers[i]!].en, g.font), ...col.map((id) => nodeWidth(model, byId.get(id)!) + indent(id))));
  // Room on the left for the arcs between layers that share the first column.
  const left = 22;
  const widthOf = (stacks: number[][]) => left + stacks.reduce((sum, st) => sum + Math.max(...st.map((l) => need[l]!)), 0) + g.gap * (stacks.length - 1) + 6;
  const rowsOf = (st: number[]) => st.reduce((sum, l) => sum + perLayer[l]!.length + 1, 0);
  let stacks = layers.map((_, i) => [i]);
  while (widthOf(stacks) > width && stacks.length > 1) {
    let best = 0;
    for (let i = 1; i < stacks.length - 1; i++) if (rowsOf([...stacks[i]!, ...stacks[i + 1]!]) < rowsOf([...stacks[best]!, ...stacks[best + 1]!])) best = i;
    stacks = [...stacks.slice(0, best), [...stacks[best]!, ...stacks[best + 1]!], ...stacks.slice(best + 2)];
  }
  const total = widthOf(stacks);
  // Fewer than three columns no longer reads left to right: the chain form does that better.
  if (total > width || stacks.length < Math.min(3, layers.length)) return null;
  const gap = stacks.length > 1 ? g.gap + (width - total) / (stacks.length - 1) : g.gap;
  const positions: Record<string, Placed> = {};
  const titles: LayeredLayout['titles'] = [];
  const columns: string[][] = [];
  let x = left;
  let bottom = 0;
  stacks.forEach((st, c) => {
    let y = g.top;
    const column: string[] = [];
    st.forEach((l, k) => {
      // A layer below another in the same column gets its title on a row of its own.
      if (k > 0) {
        y += 8;
        titles.push({ layer: layers[l]!, x: x - 5, y: y + 12 });
        y += g.row;
      } else titles.push({ layer: layers[l]!, x: x - 5, y: 14 });
      for (const id of perLayer[l]!) {
        const nx = x + 5 + indent(id);
        positions[id] = { id, x: nx, y: y + g.row / 2, column: c, row: column.length, right: nx + nodeWidth(model, byId.get(id)!) - 5 };
        column.push(id);
        y += g.row;
      }
    });
    columns.push(column);
    bottom = Math.max(bottom, y);
    x += Math.max(...st.map((l) => need[l]!)) + gap;
  });
  return { form: 'layered', width, height: bottom + 8, titles, positions, columns };
}

export interface ChainLayout {
  form: 'chain';
  chain: string;
  width: number;
  height: number;
  bands: { layer: Layer; y: number; bottom: number }[];
  positions: Record<string, Placed>;
  /** The drawing order, for the keyboard: band by band, row by row. */
  order: string[];
}

/** One chain, its layers stacked, at `width`. */
export function chainLayout(model: MapModel, view: MapView, chain: Chain, width: number): ChainLayout {
  const g = MAP_GEOMETRY;
  const byId = new Map(view.nodes.map((n) => [n.id, n]));
  const inChain = new Set(chain.parts);
  const wanted = (n: ViewNode) => n.members.some((m) => inChain.has(m));
  const columns = viewColumns(model, view).map((col) => col.filter((id) => wanted(byId.get(id)!)));
  const positions: Record<string, Placed> = {};
  const bands: ChainLayout['bands'] = [];
  const order: string[] = [];
  const left = 16;
  let y = 4;
  columns.forEach((col) => {
    if (!col.length) return;
    const layer = byId.get(col[0]!)!.layer;
    const top = y;
    y += 18;
    // As many columns as the widest label allows, at most three; an opened group's members indent.
    const widest = Math.max(...col.map((id) => nodeWidth(model, byId.get(id)!) + (byId.get(id)!.group && !byId.get(id)!.isGroup ? g.indent : 0)));
    const free = width - left - 4;
    const per = Math.max(1, Math.min(3, Math.floor((free + 12) / (widest + 12))));
    const cell = free / per;
    col.forEach((id, i) => {
      const n = byId.get(id)!;
      const r = Math.floor(i / per);
      const c = i % per;
      const nx = left + 5 + c * cell + (n.group && !n.isGroup ? g.indent : 0);
      positions[id] = { id, x: nx, y: y + r * g.row + g.row / 2, column: bands.length, row: r, right: nx + nodeWidth(model, n) - 5 };
      order.push(id);
    });
    y += Math.ceil(col.length / per) * g.row;
    bands.push({ layer, y: top, bottom: y });
    y += 16;
  });
  return { form: 'chain', chain: chain.id, width, height: y - 8, bands, positions, order };
}

/** The chain that holds a part (or the first chain). */
export function chainOf(model: MapModel, part: string | null | undefined): string | null {
  const ids = part ? [part, ...(model.grouping.groups.find((g) => g.id === part)?.members ?? [])] : [];
  return model.chains.find((c) => ids.some((id) => c.parts.includes(id)))?.id ?? model.chains[0]?.id ?? null;
}
