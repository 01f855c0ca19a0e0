/**
 * A layered layout for the dependency map, computed at build time: one column per layer
 * (data center → power → server halls → platform → services → outside), each starting at the top;
 * nodes ordered inside a column by organization group (the organizations outside the comparison first, then
 * the compared ones in their order) and then by the average position of their
 * neighbours in the other columns, over a fixed number of sweeps. Same graph, same positions: the browser gets positions,
 * never a layout to run.
 */
import { LAYERS, type DependencyGraph } from './dependencyGraph.ts';

export interface NodePosition {
  x: number;
  y: number;
  column: number;
  row: number;
}

export interface GraphLayout {
  width: number;
  height: number;
  columnWidth: number;
  top: number;
  positions: Record<string, NodePosition>;
  /** Node ids per column, top to bottom. */
  columns: string[][];
}

export const GRAPH_LAYOUT = { columnWidth: 160, rowHeight: 21, top: 40, left: 26, sweeps: 4 };

/** What the layout reads of a graph: the map's grouped view (lib/mapGroups.ts) has the same shape. */
export interface LayoutGraph {
  /** The compared organization groups, in order: each column lists them in this order, others first. */
  groups: readonly string[];
  nodes: readonly { id: string; layer: DependencyGraph['nodes'][number]['layer']; group: string }[];
  edges: readonly { from: string; to: string }[];
}

export function graphLayout(graph: LayoutGraph): GraphLayout {
  const { columnWidth, rowHeight, top, left, sweeps } = GRAPH_LAYOUT;
  const layers = LAYERS.filter((l) => graph.nodes.some((n) => n.layer === l));
  const columnOf = new Map<string, number>(graph.nodes.map((n) => [n.id, layers.indexOf(n.layer)]));
  const group = new Map(graph.nodes.map((n) => [n.id, n.group]));
  const rank = (id: string) => graph.groups.indexOf(group.get(id)!) + 1;
  const columns: string[][] = layers.map((l) =>
    graph.nodes
      .filter((n) => n.layer === l)
      .map((n) => n.id)
      .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)),
  );
  const neighbours = new Map<string, string[]>();
  for (const e of graph.edges) {
    neighbours.set(e.to, [...(neighbours.get(e.to) ?? []), e.from]);
    neighbours.set(e.from, [...(neighbours.get(e.from) ?? []), e.to]);
  }
  // Barycentre sweeps: order each column by its neighbours' rows in the other columns, keeping
  // organization groups together. Ties keep the previous order, so the result is deterministic.
  for (let s = 0; s < sweeps; s++) {
    const rowOf = new Map<string, number>();
    columns.forEach((col) => col.forEach((id, i) => rowOf.set(id, i / Math.max(1, col.length - 1))));
    const order = s % 2 === 0 ? columns.map((_, i) => i) : columns.map((_, i) => columns.length - 1 - i);
    for (const c of order) {
      const centre = (id: string) => {
        const ns = (neighbours.get(id) ?? []).filter((n) => columnOf.get(n) !== c);
        return ns.length ? ns.reduce((sum, n) => sum + rowOf.get(n)!, 0) / ns.length : rowOf.get(id)!;
      };
      const prev = new Map(columns[c]!.map((id, i) => [id, i]));
      columns[c] = [...columns[c]!].sort((a, b) => rank(a) - rank(b) || centre(a) - centre(b) || prev.get(a)! - prev.get(b)!);
      columns[c]!.forEach((id, i) => rowOf.set(id, i / Math.max(1, columns[c]!.length - 1)));
    }
  }
  const tallest = Math.max(...columns.map((c) => c.length));
  const positions: Record<string, NodePosition> = {};
  // Columns start at the top, so the chain from the data center is the first thing a reader sees.
  columns.forEach((col, c) => {
    col.forEach((id, row) => {
      positions[id] = { x: left + c * columnWidth, y: top + row * rowHeight + rowHeight / 2, column: c, row };
    });
  });
  return { width: left + layers.length * columnWidth, height: top + tallest * rowHeight + 12, columnWidth, top, positions, columns };
}
