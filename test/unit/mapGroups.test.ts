import { describe, expect, it } from 'vitest';
import { chains, fates, GROUPING, groupParts, mapView } from '../../src/lib/mapGroups.ts';
import type { DependencyGraph, GraphNode } from '../../src/lib/dependencyGraph.ts';
import { mapModel } from '../../src/charts/dependencies/render.ts';
import { chainLayout, layeredLayout, MAP_GEOMETRY, nodeWidth } from '../../src/charts/dependencies/layout.ts';
import { drawMap, viewOf } from '../../src/charts/dependencies/draw.ts';
import { propagate } from '../../src/lib/propagate.ts';
import { serverDocument } from '../../src/charts/serverDocument.ts';
import { loadSiteContent } from '../../src/site/load.ts';
import { ROOT } from './helpers.ts';

const real = loadSiteContent(ROOT).incidents.get('pangyo-2022')!;
const model = mapModel(real, 'ko');
const graph = model.graph;
const names = Object.fromEntries(real.organizations.map((o) => [o.id, o.name]));

/** A small graph: one building, `n` services of org `a` in the given categories, all hanging on it. */
function synthetic(categories: string[], extra: Partial<DependencyGraph> = {}): DependencyGraph {
  const node = (id: string, layer: GraphNode['layer'], group: string, category: string, kind: GraphNode['kind'] = 'service'): GraphNode => ({ id, kind, name: { ko: id, en: id }, short: null, organization: group, group, layer, category, sources: [] });
  const nodes = [node('dc', 'site', 'op', 'site', 'component'), ...categories.map((c, i) => node(`s${i}`, 'service', 'a', c))];
  return {
    incident: 't',
    groups: ['a'],
    origin: 'dc',
    colors: {},
    nodes,
    edges: categories.map((_, i) => ({ from: 'dc', to: `s${i}`, kind: 'hosts' as const, redundant: false, note: null, sources: [] })),
    ...extra,
  };
}

describe('groupParts: which parts group together', () => {
  const grouping = groupParts(graph, names);

  it('groups only parts of one layer, organization and fate, with at least minGroup members', () => {
    const fate = fates(graph);
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    expect(grouping.groups.length).toBeGreaterThan(0);
    for (const g of grouping.groups) {
      expect(g.members.length).toBeGreaterThanOrEqual(GROUPING.minGroup);
      for (const m of g.members) {
        expect(byId.get(m)!.layer).toBe(g.layer);
        expect(byId.get(m)!.group).toBe(g.org);
        expect(fate[m]).toBe(g.fate);
        expect(grouping.groupOf[m]).toBe(g.id);
      }
    }
  });

  it("splits Kakao's many downed services into families, keeps Naver's whole, and leaves the building's own chain part by part", () => {
    const kakao = grouping.groups.filter((g) => g.org === 'kakao' && g.layer === 'service').map((g) => g.kind).sort();
    expect(kakao).toEqual(['media', 'money', 'move', 'talk', 'work']);
    expect(grouping.groups.filter((g) => g.org === 'naver').map((g) => g.kind)).toEqual(['services', 'services']);
    for (const id of ['pangyo-dc', 'pangyo-battery-room', 'pangyo-ups', 'pangyo-server-halls']) expect(grouping.groupOf[id]).toBeUndefined();
    expect(grouping.groupOf['kakao-auth']).toBe('g-kakao-platform-platform-failed');
  });

  it('splits by family only above splitFrom, and leaves sets under minGroup as single parts', () => {
    const few = groupParts(synthetic(['mail', 'mail', 'maps', 'games', 'games', 'games', 'music', 'mail', 'maps', 'finance']), {}, { ...GROUPING, layerUpTo: 0 });
    expect(few.groups.map((g) => [g.kind, g.members.length])).toEqual([['services', 10]]);
    const many = groupParts(synthetic(['mail', 'mail', 'mail', 'maps', 'maps', 'games', 'games', 'music', 'finance']), {}, { ...GROUPING, layerUpTo: 0, splitFrom: 5 });
    expect(many.groups.map((g) => [g.kind, g.members.length]).sort()).toEqual([['media', 3], ['talk', 3]]);
    expect(many.groupOf.s3).toBeUndefined();
  });

  it('names two groups that differ only by fate by their fate', () => {
    const naver = grouping.groups.filter((g) => g.org === 'naver').map((g) => g.name.ko).sort();
    expect(naver).toEqual(['네이버 서비스 (멈춤)', '네이버 서비스 (버팀)']);
  });
});

describe('mapView: bundled edges and opening a group', () => {
  const closed = mapView(graph, model.grouping);

  it('draws fewer nodes and edges than the graph, and every dependency is bundled or inside a group', () => {
    expect(closed.nodes.length).toBeLessThan(graph.nodes.length);
    expect(closed.edges.length).toBeLessThan(graph.edges.length / 2 + 1);
    const inside = graph.edges.filter((e) => closed.viewOf[e.from] === closed.viewOf[e.to]).length;
    expect(closed.edges.reduce((sum, e) => sum + e.count, 0) + inside).toBe(graph.edges.length);
  });

  it('bundles all edges between two groups into one, redundant only when every one is', () => {
    const auth = model.grouping.groupOf['kakao-auth']!;
    const talk = model.grouping.groupOf['kakaotalk-messaging']!;
    const between = graph.edges.filter((e) => model.grouping.groupOf[e.from] === auth && model.grouping.groupOf[e.to] === talk);
    const bundle = closed.edges.find((e) => e.from === auth && e.to === talk)!;
    expect(bundle.count).toBe(between.length);
    expect(bundle.redundant).toBe(between.every((e) => e.redundant));
  });

  it('opening a group shows its heading and its members, and edges reach the members', () => {
    const auth = model.grouping.groupOf['kakao-auth']!;
    const open = mapView(graph, model.grouping, new Set([auth]));
    const header = open.nodes.find((n) => n.id === auth)!;
    expect(header.open).toBe(true);
    expect(open.edges.some((e) => e.from === auth || e.to === auth)).toBe(false);
    expect(open.viewOf['kakao-auth']).toBe('kakao-auth');
    expect(open.nodes.find((n) => n.id === 'kakao-auth')!.group).toBe(auth);
    expect(open.edges.some((e) => e.from === 'kakao-auth')).toBe(true);
    expect(open.nodes.length).toBe(closed.nodes.length + header.members.length);
  });
});

describe('chains', () => {
  const all = chains(graph);
  const of = (id: string) => new Set(all.find((c) => c.id === id)!.parts);

  it('one per compared organization: its services, what they lean on, and who leans on them outside', () => {
    expect(all.map((c) => c.id)).toEqual(['kakao', 'naver']);
    const kakao = of('kakao');
    for (const id of ['pangyo-dc', 'pangyo-ups', 'kakao-pangyo-servers', 'kakao-auth', 'kakaotalk-messaging', 'small-businesses']) expect(kakao.has(id)).toBe(true);
    expect(kakao.has('naver-search')).toBe(false);
    const naver = of('naver');
    for (const id of ['pangyo-dc', 'gak-chuncheon', 'naver-pangyo-footprint', 'naver-search']) expect(naver.has(id)).toBe(true);
    expect(naver.has('kakao-auth')).toBe(false);
  });

  it("follows no substitution backwards: a Kakao service people left for Naver's is not on Naver's chain", () => {
    const naver = of('naver');
    const into = graph.edges.filter((e) => e.kind === 'substitutes' && naver.has(e.to) && graph.nodes.find((n) => n.id === e.from)!.group === 'kakao');
    expect(into.length).toBeGreaterThan(0);
    for (const e of into) expect(naver.has(e.from)).toBe(false);
  });
});

describe('the drawing at each width', () => {
  const fire = propagate(graph, ['pangyo-dc']);
  const view = viewOf(model);

  it('is layered where its labels fit whole, else chains', () => {
    expect(layeredLayout(model, view, 960)).not.toBeNull();
    expect(layeredLayout(model, view, 288)).toBeNull();
    expect(drawMap(model, fire, { document: serverDocument(), width: 288 }).className).toContain('dm-chains');
  });

  it('never overlaps two parts, and every label is a full or short name, never cut', () => {
    const byId = new Map(view.nodes.map((n) => [n.id, n]));
    const boxes = (positions: Record<string, { x: number; y: number }>) =>
      Object.entries(positions).map(([id, p]) => ({ id, x0: p.x - 8, x1: p.x + nodeWidth(model, byId.get(id)!) - 5, y0: p.y - MAP_GEOMETRY.row / 2, y1: p.y + MAP_GEOMETRY.row / 2 }));
    const layouts = [layeredLayout(model, view, 960)!.positions, layeredLayout(model, view, 720)?.positions ?? {}, ...[288, 440].flatMap((w) => model.chains.map((c) => chainLayout(model, view, c, w).positions))];
    for (const positions of layouts) {
      const b = boxes(positions);
      for (let i = 0; i < b.length; i++)
        for (let j = i + 1; j < b.length; j++) {
          const overlap = Math.min(b[i]!.x1, b[j]!.x1) - Math.max(b[i]!.x0, b[j]!.x0) > 0 && Math.min(b[i]!.y1, b[j]!.y1) - Math.max(b[i]!.y0, b[j]!.y0) > 0;
          expect(overlap, `${b[i]!.id} and ${b[j]!.id}`).toBe(false);
        }
    }
    for (const width of [288, 440, 720, 960]) {
      const el = drawMap(model, fire, { document: serverDocument(), width });
      for (const t of el.querySelectorAll('.dm-label')) {
        const text = t.textContent!;
        expect(text.endsWith('…')).toBe(false);
        const node = t.closest('.dm-node')!;
        const id = node.getAttribute('data-id')!;
        // A group's label is its name and its count.
        const label = node.classList.contains('dm-group') ? text.replace(/ \d+$/, '') : text;
        expect([model.names[id], model.shorts[id]]).toContain(label);
      }
      for (const svg of el.querySelectorAll('svg')) expect(Number(svg.getAttribute('width'))).toBeLessThanOrEqual(width);
    }
  });
});
