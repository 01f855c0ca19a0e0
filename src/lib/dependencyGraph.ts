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
  organization: string;
  group: string;
  layer: Layer;
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

/** Components by tier; ops tools sit with the platform pieces they run. */
const TIER_LAYER: Record<string, Layer> = { site: 'site', power: 'power', hall: 'hall', platform: 'platform', ops: 'platform', network: 'platform' };

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
      return { id, kind: 'service', name: s.name, organization: s.organization, group, layer: compared.includes(group) ? 'service' : 'outside', sources: s.sources };
    }
    const c = components.get(id);
    if (c) return { id, kind: 'component', name: c.name, organization: c.organization, group: groupOf(c.organization, d.organizations), layer: TIER_LAYER[c.tier] ?? 'platform', sources: c.sources };
    const o = organizations.get(id)!;
    return { id, kind: 'organization', name: o.name, organization: o.id, group: groupOf(o.id, d.organizations), layer: 'outside', sources: o.sources };
  });
  const edges: GraphEdge[] = d.dependencies.map((e) => ({ from: e.from, to: e.to, kind: e.kind, redundant: e.redundant, note: e.note ?? null, sources: e.sources }));
  return { incident: d.id, groups: compared, origin: d.incident.origin ?? null, colors: colorSlots(d), nodes, edges };
}
