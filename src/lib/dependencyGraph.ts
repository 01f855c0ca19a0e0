/**
 * The dependency map's graph: every organization, service and component that a dependency names,
 * with its layer (infrastructure → platform → services → outside businesses), and the edges.
 * Pure; the layout, the propagation and the text equivalent all read this shape.
 */
import { perIncident } from './perIncident.ts';
import type { Bilingual } from '../schemas/common.ts';
import type { Dependency } from '../schemas/dependency.ts';
import type { IncidentData } from './incidentData.ts';
import { colorSlots, comparedGroups, groupOf } from './organizations.ts';

export const LAYERS = ['site', 'power', 'hall', 'platform', 'service', 'outside'] as const;
export type Layer = (typeof LAYERS)[number];

export interface GraphNode {
  id: string;
  kind: 'organization' | 'service' | 'component';
  name: Bilingual;
  /** The name for tight spots (schemas/common.ts ShortName), where the data gives one. */
  short: Bilingual | null;
  organization: string;
  group: string;
  layer: Layer;
  /** What kind of part it is: a service's category, a component's tier, or `organization`. */
  category: string;
  sources: string[];
}

export interface GraphEdge {
  from: string;
  to: string;
  kind: Dependency['kind'];
  redundant: boolean;
  note: Bilingual | null;
  sources: string[];
}

export interface DependencyGraph {
  incident: string;
  /** The groups the incident compares, in order (their services form the map's service column). */
  groups: string[];
  /** Where the incident started (incident.yaml `origin`): the part the map fails first. */
  origin: string | null;
  /** Colour slot (`org-1`…) of each compared group. */
  colors: Record<string, string>;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** A node as the propagation, the groups and the map's browser code read it: no names or sources. */
export type ShapeNode = Pick<GraphNode, 'id' | 'kind' | 'organization' | 'group' | 'layer' | 'category'>;
export type ShapeEdge = Pick<GraphEdge, 'from' | 'to' | 'kind' | 'redundant'>;

/** The graph's structure alone: what the browser gets (the full graph is assignable to it). */
export interface GraphShape extends Omit<DependencyGraph, 'nodes' | 'edges'> {
  nodes: ShapeNode[];
  edges: ShapeEdge[];
}

/** The structure of a graph, for the browser: names and sources travel apart. */
export function graphShape(graph: DependencyGraph): GraphShape {
  return {
    ...graph,
    nodes: graph.nodes.map(({ id, kind, organization, group, layer, category }) => ({ id, kind, organization, group, layer, category })),
    edges: graph.edges.map(({ from, to, kind, redundant }) => ({ from, to, kind, redundant })),
  };
}

/** Components by tier; ops tools sit with the platform pieces they run. */
const TIER_LAYER: Record<string, Layer> = { site: 'site', power: 'power', cooling: 'power', hall: 'hall', platform: 'platform', ops: 'platform', network: 'platform' };

/** The graph of an incident; built once per loaded incident. */
export const dependencyGraph = /* @__PURE__ */ perIncident(buildGraph);

function buildGraph(d: IncidentData): DependencyGraph {
  const services = new Map(d.services.map((s) => [s.id, s]));
  const components = new Map(d.components.map((c) => [c.id, c]));
  const organizations = new Map(d.organizations.map((o) => [o.id, o]));
  const ids = [...new Set(d.dependencies.flatMap((e) => [e.from, e.to]))];
  const compared = comparedGroups(d);
  const nodes: GraphNode[] = ids.map((id) => {
    const s = services.get(id);
    if (s) {
      const group = groupOf(s.organization, d.organizations);
      return { id, kind: 'service', name: s.name, short: s.short ?? null, organization: s.organization, group, layer: compared.includes(group) ? 'service' : 'outside', category: s.category, sources: s.sources };
    }
    const c = components.get(id);
    if (c) return { id, kind: 'component', name: c.name, short: c.short ?? null, organization: c.organization, group: groupOf(c.organization, d.organizations), layer: TIER_LAYER[c.tier] ?? 'platform', category: c.tier, sources: c.sources };
    const o = organizations.get(id)!;
    return { id, kind: 'organization', name: o.name, short: o.short ?? null, organization: o.id, group: groupOf(o.id, d.organizations), layer: 'outside', category: 'organization', sources: o.sources };
  });
  const edges: GraphEdge[] = d.dependencies.map((e) => ({ from: e.from, to: e.to, kind: e.kind, redundant: e.redundant, note: e.note ?? null, sources: e.sources }));
  return { incident: d.id, groups: compared, origin: d.incident.origin ?? null, colors: colorSlots(d), nodes, edges };
}
