import { describe, expect, it } from 'vitest';
import { dependencyGraph } from '../../src/lib/dependencyGraph.ts';
import { GRAPH_LAYOUT, graphLayout } from '../../src/lib/graphLayout.ts';
import { loadSiteContent } from '../../src/site/load.ts';
import { loadIncident } from '../../src/lib/loadIncident.ts';
import { ROOT } from './helpers.ts';

const real = dependencyGraph(loadSiteContent(ROOT).incidents.get('pangyo-2022')!);

describe('graphLayout', () => {
  it('is deterministic: the same graph gives the same positions, whatever the order of its edges', () => {
    const a = graphLayout(real);
    const b = graphLayout({ ...real, nodes: [...real.nodes].reverse(), edges: [...real.edges].reverse() });
    expect(b.positions).toEqual(a.positions);
  });

  it('places layers left to right, the data center first and outside businesses last', () => {
    const l = graphLayout(real);
    expect(l.positions['pangyo-dc']!.column).toBe(0);
    expect(l.positions['kakao-auth']!.column).toBeLessThan(l.positions['kakaotalk-messaging']!.column);
    expect(l.positions['kakaotalk-messaging']!.column).toBeLessThan(l.positions['upbit-kakao-login']!.column);
  });

  it('gives every node its own slot: no two share a column and row', () => {
    const l = graphLayout(real);
    const slots = Object.values(l.positions).map((p) => `${p.column}:${p.row}`);
    expect(new Set(slots).size).toBe(slots.length);
    expect(Object.keys(l.positions).sort()).toEqual(real.nodes.map((n) => n.id).sort());
    expect(l.height).toBe(GRAPH_LAYOUT.top + Math.max(...l.columns.map((c) => c.length)) * GRAPH_LAYOUT.rowHeight + 12);
  });

  it('keeps Kakao above Naver inside a column', () => {
    const l = graphLayout(dependencyGraph(loadIncident(`${ROOT}test/fixtures/valid`, 'mini-2022')));
    const col = l.columns.find((c) => c.includes('talk') && c.includes('papago'))!;
    expect(col.indexOf('talk')).toBeLessThan(col.indexOf('papago'));
  });
});
