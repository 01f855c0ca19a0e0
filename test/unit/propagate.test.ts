import { describe, expect, it } from 'vitest';
import { dependencyGraph, type DependencyGraph, type GraphEdge } from '../../src/lib/dependencyGraph.ts';
import { isStatusEvent } from '../../src/lib/events.ts';
import { loadSiteContent } from '../../src/site/load.ts';
import { explain, propagate, withDualDataCenters } from '../../src/lib/propagate.ts';
import { ROOT } from './helpers.ts';

const edge = (from: string, to: string, redundant = false, kind: GraphEdge['kind'] = 'hosts'): GraphEdge => ({ from, to, kind, redundant, note: null, sources: ['S01'] });
const graph = (edges: GraphEdge[]): DependencyGraph => ({
  incident: 't',
  groups: [],
  origin: null,
  colors: {},
  nodes: [...new Set(edges.flatMap((e) => [e.from, e.to]))].map((id) => ({ id, kind: 'component', name: { ko: id, en: id }, short: null, organization: 'o', group: id.startsWith('n') ? 'naver' : 'kakao', layer: 'platform', category: 'platform', sources: ['S01'] })),
  edges,
});

describe('propagate', () => {
  it('fails everything downstream of a non-redundant edge and explains the path', () => {
    const g = graph([edge('dc', 'auth'), edge('auth', 'talk'), edge('auth', 'pay'), edge('other', 'x')]);
    const p = propagate(g, ['dc']);
    expect([...p.failed].sort()).toEqual(['auth', 'dc', 'pay', 'talk']);
    expect(explain(p, 'talk')).toEqual(['dc', 'auth', 'talk']);
    expect(p.failed.has('x')).toBe(false);
  });

  it('keeps a node with a working replica alive, marked degraded', () => {
    const g = graph([edge('dc', 'nsvc', true), edge('gak', 'nsvc', true)]);
    const p = propagate(g, ['dc']);
    expect(p.failed.has('nsvc')).toBe(false);
    expect(p.degraded.has('nsvc')).toBe(true);
  });

  it('fails a node whose every replica is gone', () => {
    const g = graph([edge('dc', 'nsvc', true), edge('gak', 'nsvc', true)]);
    expect(propagate(g, ['dc', 'gak']).failed.has('nsvc')).toBe(true);
  });

  it('one hard dependency is enough to fail a node that also has replicas', () => {
    const g = graph([edge('dc', 'svc', true), edge('gak', 'svc', true), edge('tools', 'svc')]);
    const p = propagate(g, ['tools']);
    expect(p.failed.has('svc')).toBe(true);
    expect(explain(p, 'svc')).toEqual(['tools', 'svc']);
  });

  it('terminates on cycles and does not carry failure over substitution edges', () => {
    const g = graph([edge('a', 'b'), edge('b', 'c'), edge('c', 'a'), edge('c', 'line', false, 'substitutes')]);
    const p = propagate(g, ['a']);
    expect([...p.failed].sort()).toEqual(['a', 'b', 'c']);
    expect(p.failed.has('line')).toBe(false);
    expect(explain(p, 'a')).toEqual(['a']);
  });

  it('withDualDataCenters makes the group\'s dependencies on anything in the building redundant, and only those', () => {
    // auth is hosted in the building, so with a second center talk has another auth to use;
    // pay depends on auth's output outside the building chain only through talk, which stays hard.
    const g = graph([edge('dc', 'servers'), edge('servers', 'auth'), edge('auth', 'talk', false, 'authenticates'), edge('dc', 'nfoot'), edge('talk', 'pay', false, 'messages')]);
    const w = withDualDataCenters(g, 'kakao', 'dc');
    expect(w.edges.map((e) => e.redundant)).toEqual([true, true, true, false, false]);
    expect(g.edges.every((e) => !e.redundant)).toBe(true);
  });

  it('does not fail a site through a fails-over edge: the switch-over fails, the other building runs on', () => {
    const g = graph([edge('dc', 'failover'), edge('failover', 'standby-dc', false, 'fails-over'), edge('standby-dc', 'msg', true, 'fails-over'), edge('dc', 'msg', true)]);
    g.nodes.find((n) => n.id === 'standby-dc')!.layer = 'site';
    const p = propagate(g, ['dc']);
    expect(p.failed.has('failover')).toBe(true);
    expect(p.failed.has('standby-dc')).toBe(false);
    expect(p.degraded.has('standby-dc')).toBe(false);
    // Into a part that is not a site, a fails-over edge still carries the failure.
    g.nodes.find((n) => n.id === 'standby-dc')!.layer = 'platform';
    expect(propagate(g, ['dc']).failed.has('standby-dc')).toBe(true);
  });
});

describe('the pangyo-2022 dependency graph', () => {
  const d = loadSiteContent(ROOT).incidents.get('pangyo-2022')!;
  const g0 = () => dependencyGraph(d);
  const g = dependencyGraph(d);
  const ids = new Set(g.nodes.map((n) => n.id));

  it('has no dangling ids and every node and edge cites a source', () => {
    for (const e of g.edges) expect(ids.has(e.from) && ids.has(e.to), `${e.from} → ${e.to}`).toBe(true);
    expect(g.nodes.filter((n) => !n.sources.length)).toEqual([]);
    expect(g.edges.filter((e) => !e.sources.length)).toEqual([]);
  });

  it('failing the Pangyo data center reproduces the services the data records as hit on 15 October', () => {
    const p = propagate(g, ['pangyo-dc']);
    const model = new Set([...p.failed, ...p.degraded]);
    const services = new Map(d.services.map((s) => [s.id, g.nodes.find((n) => n.id === s.id)?.group ?? s.organization]));
    const recorded = new Set(d.events.filter(isStatusEvent).filter((e) => e.status !== 'restored' && e.at.startsWith('2022-10-15')).map((e) => e.subject));
    for (const group of ['kakao', 'naver']) {
      const data = [...recorded].filter((id) => services.get(id) === group).sort();
      const predicted = [...model].filter((id) => services.has(id) && services.get(id) === group).sort();
      expect({ group, recordedButNotPredicted: data.filter((x) => !predicted.includes(x)), predictedButNotRecorded: predicted.filter((x) => !data.includes(x)) }).toEqual({
        group,
        recordedButNotPredicted: [],
        predictedButNotRecorded: [],
      });
    }
  });

  it('Kakao services go down while Naver services mostly survive on their replicas', () => {
    const p = propagate(g, ['pangyo-dc']);
    const groupOf = new Map(g.nodes.map((n) => [n.id, n.group]));
    const kakaoDown = [...p.failed].filter((id) => groupOf.get(id) === 'kakao' && d.services.some((s) => s.id === id));
    const naverDegraded = [...p.degraded].filter((id) => groupOf.get(id) === 'naver' && d.services.some((s) => s.id === id));
    expect(kakaoDown.length).toBeGreaterThan(30);
    expect(naverDegraded.length).toBeGreaterThan(0);
    expect(p.failed.has('gak-chuncheon')).toBe(false);
  });

  it('with Naver-style dual data centers, far fewer Kakao services would have gone down', () => {
    const groupOf = new Map(g.nodes.map((n) => [n.id, n.group]));
    const downKakao = (graph: DependencyGraph) => [...propagate(graph, ['pangyo-dc']).failed].filter((id) => groupOf.get(id) === 'kakao' && d.services.some((s) => s.id === id)).length;
    expect(downKakao(withDualDataCenters(g, 'kakao', 'pangyo-dc'))).toBeLessThan(downKakao(g) / 4);
  });
  it("keeps Kakao's Anyang and other leased centers running when Pangyo burns", () => {
    const p = propagate(g0(), ['pangyo-dc']);
    for (const site of ['kakao-anyang-dc', 'kakao-other-dcs']) expect(p.failed.has(site), site).toBe(false);
    expect(p.failed.has('kakao-failover')).toBe(true);
  });
});
