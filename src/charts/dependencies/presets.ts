/**
 * What the dependency map needs besides the graph: presets, counts per organization and the text
 * equivalent. Pure, shared by the build and the browser.
 */
import type { Lang } from '../../lib/kst.ts';
import type { GraphShape } from '../../lib/dependencyGraph.ts';
import { propagate, withDualDataCenters, type Propagation } from '../../lib/propagate.ts';

export { PRESETS, type Preset } from '../../schemas/vocabulary.ts';
import type { Preset } from '../../schemas/vocabulary.ts';

/**
 * The presets start from the part where the incident started (`origin` in incident.yaml); the
 * what-if gives the first compared group a second data center for it.
 */
export function presetGraph<G extends GraphShape>(graph: G, preset: Preset): G {
  return preset === 'dual' && graph.origin && graph.groups[0] ? withDualDataCenters(graph, graph.groups[0], graph.origin) : graph;
}

export function presetFailures(graph: GraphShape, preset: Preset): string[] {
  const origin = graph.origin;
  return preset === 'none' || !origin || !graph.nodes.some((n) => n.id === origin) ? [] : [origin];
}

export interface GroupCount {
  group: string;
  down: number;
  degraded: number;
  total: number;
}

/** Services down and running on a replica, per organization group (the compared groups, in order). */
export function serviceCounts(graph: GraphShape, p: Propagation): GroupCount[] {
  const services = graph.nodes.filter((n) => n.kind === 'service' && n.layer === 'service');
  const present = new Set(services.map((n) => n.group));
  const groups = [...graph.groups.filter((g) => present.has(g)), ...[...present].filter((g) => !graph.groups.includes(g)).sort()];
  return groups.map((group) => {
    const mine = services.filter((n) => n.group === group);
    return { group, total: mine.length, down: mine.filter((n) => p.failed.has(n.id)).length, degraded: mine.filter((n) => p.degraded.has(n.id)).length };
  });
}

export function countsSentence(counts: GroupCount[], names: Record<string, string>, lang: Lang): string {
  return counts
    .map((c) =>
      lang === 'ko'
        ? `${names[c.group]} 서비스 ${c.total}개 중 ${c.down}개 멈춤${c.degraded ? `, ${c.degraded}개는 예비로 버팀` : ''}`
        : `${names[c.group]}: ${c.down} of ${c.total} services down${c.degraded ? `, ${c.degraded} ran on a replica` : ''}`,
    )
    .join(' · ');
}

/** For one node: what it leans on directly, and everything that goes down if it alone fails. */
export function nodeRelations(graph: GraphShape, id: string): { upstream: { id: string; redundant: boolean }[]; breaks: string[] } {
  const upstream = graph.edges.filter((e) => e.to === id && e.kind !== 'substitutes').map((e) => ({ id: e.from, redundant: e.redundant }));
  const breaks = [...propagate(graph, [id]).failed].filter((x) => x !== id);
  return { upstream, breaks };
}
