/**
 * The dependency map's grouped view, for every incident: parts that behave alike are drawn as one
 * group, edges between groups are bundled, and a group opens on demand to show its members. Also
 * the chains of the phone form: for each compared organization, everything its services lean on
 * and everything outside that leans on them. Pure; the build and the browser share it.
 *
 * Which parts behave alike: the same layer, the same organization group, the same kind (a
 * component's tier; for services, all of them, or their family of categories where an
 * organization runs more than `splitFrom` of one fate) and the same fate when the incident's
 * origin fails (down, on a replica, up). Layers with few parts (the data center, power, the server
 * halls: the fire's own chain) are drawn part by part, and a group needs `minGroup` members.
 */
import type { Bilingual } from '../schemas/common.ts';
import type { GraphShape, Layer, ShapeEdge } from './dependencyGraph.ts';
import { propagate } from './propagate.ts';
import { CATEGORY_LABEL } from './categories.ts';

export const GROUPING = {
  /** A layer with at most this many parts is drawn part by part. */
  layerUpTo: 8,
  /** A group has at least this many members; fewer stay single parts. */
  minGroup: 3,
  /** Services of one organization and fate split into families of categories above this many. */
  splitFrom: 20,
};

/** Families of service categories (schemas/service.ts): what a reader would lump together. */
export const FAMILY_OF: Record<string, string> = {
  messaging: 'talk', mail: 'talk', community: 'talk', blog: 'talk', login: 'talk',
  payments: 'money', finance: 'money', commerce: 'money', ads: 'money',
  maps: 'move', mobility: 'move',
  portal: 'media', content: 'media', music: 'media', games: 'media', sports: 'media', ai: 'media',
  productivity: 'work', other: 'work',
};

const lower = (b: Bilingual): Bilingual => ({ ko: b.ko, en: b.en.toLowerCase() });

/** What a group of one kind is called after its organization's name: a family, a tier (lib/categories.ts) or outside businesses. */
export const KIND_LABEL: Record<string, Bilingual> = {
  services: { ko: '서비스', en: 'services' },
  talk: { ko: '소통·메일', en: 'talk and mail' },
  money: { ko: '결제·쇼핑', en: 'money and shopping' },
  move: { ko: '지도·이동', en: 'maps and transport' },
  media: { ko: '포털·콘텐츠', en: 'portal and media' },
  work: { ko: '업무·기타', en: 'work and other' },
  ...Object.fromEntries((['site', 'power', 'cooling', 'hall', 'platform', 'ops', 'network'] as const).map((t) => [t, lower(CATEGORY_LABEL[t]!)])),
  organization: { ko: '관련 기업', en: 'businesses' },
};
export type Fate = 'failed' | 'degraded' | 'up';
/** Short: it goes in a label. */
const FATE_WORD: Record<Fate, Bilingual> = { failed: { ko: '멈춤', en: 'down' }, degraded: { ko: '버팀', en: 'replica' }, up: { ko: '정상', en: 'up' } };

export interface PartGroup {
  id: string;
  layer: Layer;
  /** The organization group its members belong to. */
  org: string;
  kind: string;
  fate: Fate;
  name: Bilingual;
  members: string[];
}

export interface Grouping {
  groups: PartGroup[];
  /** Part id → the id of the group it belongs to (parts drawn on their own are absent). */
  groupOf: Record<string, string>;
}

/** The fate of every part when the incident's origin fails: what groups parts that behave alike. */
export function fates(graph: GraphShape): Record<string, Fate> {
  const p = propagate(graph, graph.origin && graph.nodes.some((n) => n.id === graph.origin) ? [graph.origin] : []);
  return Object.fromEntries(graph.nodes.map((n) => [n.id, p.failed.has(n.id) ? 'failed' : p.degraded.has(n.id) ? 'degraded' : 'up']));
}

export function groupParts(graph: GraphShape, orgNames: Record<string, Bilingual>, options = GROUPING): Grouping {
  const fate = fates(graph);
  const perLayer = new Map<Layer, number>();
  for (const n of graph.nodes) perLayer.set(n.layer, (perLayer.get(n.layer) ?? 0) + 1);
  const kindOf = (n: GraphShape['nodes'][number]) => (n.kind === 'service' ? 'services' : n.kind === 'organization' ? 'organization' : n.category);
  // First cut: layer, organization, kind, fate.
  const sets = new Map<string, { layer: Layer; org: string; kind: string; fate: Fate; members: string[] }>();
  for (const n of graph.nodes) {
    if ((perLayer.get(n.layer) ?? 0) <= options.layerUpTo) continue;
    const key = [n.layer, n.group, kindOf(n), fate[n.id]].join('|');
    if (!sets.has(key)) sets.set(key, { layer: n.layer, org: n.group, kind: kindOf(n), fate: fate[n.id]!, members: [] });
    sets.get(key)!.members.push(n.id);
  }
  // Large sets of services split into families of categories.
  const category = new Map(graph.nodes.map((n) => [n.id, n.category]));
  const cut = [...sets.values()].flatMap((s) => {
    if (s.kind !== 'services' || s.members.length <= options.splitFrom) return [s];
    const families = new Map<string, string[]>();
    for (const id of s.members) {
      const f = FAMILY_OF[category.get(id)!] ?? 'work';
      families.set(f, [...(families.get(f) ?? []), id]);
    }
    return [...families].map(([kind, members]) => ({ ...s, kind, members }));
  });
  const kept = cut.filter((s) => s.members.length >= options.minGroup);
  const baseName = (s: (typeof kept)[number]): Bilingual => {
    const org = orgNames[s.org] ?? { ko: s.org, en: s.org };
    const kind = KIND_LABEL[s.kind] ?? { ko: s.kind, en: s.kind };
    return { ko: `${org.ko} ${kind.ko}`, en: `${org.en} ${kind.en}` };
  };
  // Two groups that would share a name (one fate down, one up) say their fate.
  const nameCount = new Map<string, number>();
  for (const s of kept) nameCount.set(baseName(s).en, (nameCount.get(baseName(s).en) ?? 0) + 1);
  const groups: PartGroup[] = kept
    .map((s) => {
      const base = baseName(s);
      const name = nameCount.get(base.en)! > 1 ? { ko: `${base.ko} (${FATE_WORD[s.fate].ko})`, en: `${base.en} (${FATE_WORD[s.fate].en})` } : base;
      return { id: `g-${s.org}-${s.layer}-${s.kind}-${s.fate}`, layer: s.layer, org: s.org, kind: s.kind, fate: s.fate, name, members: [...s.members].sort() };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
  const groupOf: Record<string, string> = {};
  for (const g of groups) for (const m of g.members) groupOf[m] = g.id;
  return { groups, groupOf };
}

export interface ViewNode {
  id: string;
  layer: Layer;
  org: string;
  /** The parts it stands for: itself, or a closed group's members. */
  members: string[];
  /** The group, when this node is a group; the group it belongs to, when an opened member. */
  group: string | null;
  isGroup: boolean;
  /** An opened group: drawn as a heading above its members, with no edges of its own. */
  open: boolean;
}

export interface ViewEdge {
  from: string;
  to: string;
  /** The dependencies it bundles. */
  count: number;
  /** Every bundled dependency had a replica. */
  redundant: boolean;
  /** Every bundled dependency is people moving to a substitute. */
  substitute: boolean;
}

export interface MapView {
  nodes: ViewNode[];
  edges: ViewEdge[];
  /** Part id → the id of the node that draws it. */
  viewOf: Record<string, string>;
}

/** The graph as drawn with some groups open: closed groups stand for their members, edges bundle. */
export function mapView(graph: GraphShape, grouping: Grouping, open: ReadonlySet<string> = new Set()): MapView {
  const byId = new Map(grouping.groups.map((g) => [g.id, g]));
  const viewOf: Record<string, string> = {};
  const nodes: ViewNode[] = [];
  const placed = new Set<string>();
  for (const n of graph.nodes) {
    const gid = grouping.groupOf[n.id];
    if (gid && !placed.has(gid)) {
      placed.add(gid);
      const g = byId.get(gid)!;
      nodes.push({ id: gid, layer: g.layer, org: g.org, members: g.members, group: gid, isGroup: true, open: open.has(gid) });
    }
    if (gid && !open.has(gid)) viewOf[n.id] = gid;
    else {
      viewOf[n.id] = n.id;
      nodes.push({ id: n.id, layer: n.layer, org: n.group, members: [n.id], group: gid ?? null, isGroup: false, open: false });
    }
  }
  const bundles = new Map<string, { from: string; to: string; list: ShapeEdge[] }>();
  for (const e of graph.edges) {
    const from = viewOf[e.from]!;
    const to = viewOf[e.to]!;
    if (from === to) continue;
    const key = `${from}\u0000${to}`;
    if (!bundles.has(key)) bundles.set(key, { from, to, list: [] });
    bundles.get(key)!.list.push(e);
  }
  const edges = [...bundles.values()].map(({ from, to, list }) => ({
    from,
    to,
    count: list.length,
    redundant: list.every((e) => e.redundant),
    substitute: list.every((e) => e.kind === 'substitutes'),
  }));
  return { nodes, edges, viewOf };
}

export interface Chain {
  /** The organization group whose services it follows. */
  id: string;
  /** Every part on it: what the services lean on, the services, and who leans on them outside. */
  parts: string[];
}

/**
 * One chain per compared organization: its services, everything they lean on (transitively, not
 * through substitutes), and the parts outside that lean on them (transitively).
 */
export function chains(graph: GraphShape): Chain[] {
  const ups = new Map<string, string[]>();
  const downs = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (e.kind !== 'substitutes') ups.set(e.to, [...(ups.get(e.to) ?? []), e.from]);
    downs.set(e.from, [...(downs.get(e.from) ?? []), e.to]);
  }
  const layer = new Map(graph.nodes.map((n) => [n.id, n.layer]));
  const walk = (start: string[], next: Map<string, string[]>, keep: (id: string) => boolean) => {
    const seen = new Set(start);
    const queue = [...start];
    while (queue.length) for (const n of next.get(queue.shift()!) ?? []) if (!seen.has(n) && keep(n)) (seen.add(n), queue.push(n));
    return seen;
  };
  return graph.groups.flatMap((org) => {
    const services = graph.nodes.filter((n) => n.group === org && n.layer === 'service').map((n) => n.id);
    if (!services.length) return [];
    const up = walk(services, ups, (id) => layer.get(id) !== 'service' && layer.get(id) !== 'outside');
    const down = walk(services, downs, (id) => layer.get(id) === 'outside');
    const parts = new Set([...up, ...down]);
    return [{ id: org, parts: graph.nodes.filter((n) => parts.has(n.id)).map((n) => n.id) }];
  });
}
