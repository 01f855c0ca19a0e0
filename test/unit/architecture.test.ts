/**
 * The code's direction (README, "How the code is laid out"): schemas ← lib ← charts ←
 * components / embed / share / remark ← layouts ← pages; scripts use anything but pages; browser
 * code reaches no build-only package; no import cycles. Each rule is also shown failing.
 */
import { describe, expect, it } from 'vitest';
import { clientViolations, cycles, directionViolations, importGraph, type ImportEdge } from '../../scripts/lib/importGraph.ts';
import { ROOT } from './helpers.ts';

const edges = importGraph(ROOT);
const edge = (from: string, to: string, typeOnly = false): ImportEdge => ({ from, to, typeOnly });

describe('the import graph of src/ and scripts/', () => {
  it('is read from the files (a sanity floor: a broken reader would find nothing)', () => {
    expect(edges.length).toBeGreaterThan(300);
    expect(edges).toContainEqual(edge('src/site/content.ts', 'src/lib/loadContent.ts'));
  });

  it('points one way: no module imports a layer above its own', () => {
    expect(directionViolations(edges)).toEqual([]);
  });

  it('keeps build-only packages out of browser code', () => {
    expect(clientViolations(edges)).toEqual([]);
  });

  it('has no import cycles', () => {
    expect(cycles(edges)).toEqual([]);
  });
});

describe('the rules fail on a wrong arrow, naming it', () => {
  it('lib importing a chart', () => {
    expect(directionViolations([...edges, edge('src/lib/timeline.ts', 'src/charts/registry.ts')])).toEqual([
      'src/lib/timeline.ts → src/charts/registry.ts (lib may not import charts: charts sits above it)',
    ]);
  });

  it('a reversed arrow: schemas importing lib', () => {
    const reversed = [...edges, edge('src/schemas/story.ts', 'src/lib/kst.ts', true)];
    expect(directionViolations(reversed)).toEqual(['src/schemas/story.ts → src/lib/kst.ts (schemas may not import lib: lib sits above it)']);
  });

  it('charts importing the embed layer beside the components', () => {
    expect(directionViolations([edge('src/charts/timeline/figure.ts', 'src/embed/charts.ts')])).toEqual([
      'src/charts/timeline/figure.ts → src/embed/charts.ts (charts may not import embed: embed sits above it)',
    ]);
  });

  it('a script importing a page', () => {
    expect(directionViolations([edge('scripts/bench.ts', 'src/pages/index.astro')])).toEqual(['scripts/bench.ts → src/pages/index.astro (scripts may use anything but pages)']);
  });

  it('browser code reaching zod through a shared module, but not through a type import', () => {
    const graph = [edge('src/charts/x.client.ts', 'src/lib/a.ts'), edge('src/lib/a.ts', 'zod'), edge('src/charts/y.client.ts', 'src/lib/b.ts', true), edge('src/lib/b.ts', 'zod')];
    expect(clientViolations(graph)).toEqual(['src/charts/x.client.ts → src/lib/a.ts → zod (browser code reaches a build-only package)']);
  });

  it('a cycle', () => {
    expect(cycles([edge('src/lib/a.ts', 'src/lib/b.ts'), edge('src/lib/b.ts', 'src/lib/c.ts'), edge('src/lib/c.ts', 'src/lib/a.ts')])).toEqual(['a cycle among src/lib/a.ts, src/lib/b.ts, src/lib/c.ts']);
  });
});
