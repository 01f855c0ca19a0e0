/**
 * Failure propagation over the dependency graph. A node fails when it is failed on purpose, when
 * something it depends on without a replica (a non-redundant edge) has failed, or when everything
 * it depends on has failed (its replicas too). A node that lost only things it had replicas of
 * survives but is marked degraded: it ran on, perhaps with errors while switching over (Naver's
 * case). Substitution edges (people switching to another app) carry no failure, and neither does a
 * `fails-over` edge into a site: when the switch-over fails, the other building keeps running; what
 * failed is the switch-over part, which the map draws as a node of its own. Cycles are fine: the
 * rule is applied until nothing changes.
 */
import type { GraphShape, ShapeEdge } from './dependencyGraph.ts';

export interface Propagation {
  failed: Set<string>;
  /** Survived on a replica: at least one thing it depends on failed, but nothing it cannot do without. */
  degraded: Set<string>;
  /** For every failed node that was not failed on purpose, the edge that took it down. */
  cause: Map<string, ShapeEdge>;
}

/** Whether a failure of `e.from` can reach `e.to` along this edge. */
export function carriesFailure(e: ShapeEdge, sites: ReadonlySet<string>): boolean {
  return e.kind !== 'substitutes' && !(e.kind === 'fails-over' && sites.has(e.to));
}

export function propagate(graph: Pick<GraphShape, 'nodes' | 'edges'>, initial: Iterable<string>): Propagation {
  const upstream = new Map<string, ShapeEdge[]>();
  const downstream = new Map<string, ShapeEdge[]>();
  const sites = new Set(graph.nodes.filter((n) => n.layer === 'site').map((n) => n.id));
  for (const e of graph.edges.filter((edge) => carriesFailure(edge, sites))) {
    upstream.set(e.to, [...(upstream.get(e.to) ?? []), e]);
    downstream.set(e.from, [...(downstream.get(e.from) ?? []), e]);
  }
  const failed = new Set<string>(initial);
  const cause = new Map<string, ShapeEdge>();
  const queue = [...failed];
  while (queue.length) {
    const id = queue.shift()!;
    for (const e of downstream.get(id) ?? []) {
      const n = e.to;
      if (failed.has(n)) continue;
      const ups = upstream.get(n) ?? [];
      const hard = ups.find((u) => !u.redundant && failed.has(u.from));
      const allGone = ups.length > 0 && ups.every((u) => failed.has(u.from));
      if (!hard && !allGone) continue;
      failed.add(n);
      cause.set(n, hard ?? e);
      queue.push(n);
    }
  }
  const degraded = new Set<string>();
  for (const id of failed) for (const e of downstream.get(id) ?? []) if (!failed.has(e.to)) degraded.add(e.to);
  return { failed, degraded, cause };
}

/** The chain of ids from a node failed on purpose down to `id`: why `id` is down. */
export function explain(p: Propagation, id: string): string[] {
  const path = [id];
  const seen = new Set(path);
  let edge = p.cause.get(id);
  while (edge && !seen.has(edge.from)) {
    path.unshift(edge.from);
    seen.add(edge.from);
    edge = p.cause.get(edge.from);
  }
  return path;
}

/**
 * The what-if: the same graph, but every dependency of a `group` node on the `site` and what sits in
 * it is redundant, as if the group had run a second, independent data center the way Naver did.
 */
export function withDualDataCenters<G extends GraphShape>(graph: G, group: string, site: string): G {
  const inSite = new Set([site]);
  // Everything the site hosts or powers, transitively, is "in the building".
  let grew = true;
  while (grew) {
    grew = false;
    for (const e of graph.edges) {
      if (inSite.has(e.from) && !inSite.has(e.to) && (e.kind === 'hosts' || e.kind === 'powers')) {
        inSite.add(e.to);
        grew = true;
      }
    }
  }
  const groupOf = new Map(graph.nodes.map((n) => [n.id, n.group]));
  return {
    ...graph,
    edges: graph.edges.map((e) => (inSite.has(e.from) && groupOf.get(e.to) === group ? { ...e, redundant: true } : e)),
  };
}
