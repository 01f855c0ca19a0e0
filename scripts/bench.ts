#!/usr/bin/env node
/**
 * `npm run bench`: prints the figures the quality bar is measured by — content-check, chart and
 * build times, dist size, and per page the HTML, JavaScript and CSS bytes (gzip) and requests,
 * with each page type against its budget in test/budgets.json — then runs the scale benchmark
 * (scripts/bench-scale.ts: a synthetic 1,000-story archive, built, and compared with a bare Astro
 * build). Not part of `npm test`; timings are printed, never asserted (the size budgets are
 * checked by test/e2e/budgets.spec.ts).
 *
 * Options (passed on to the scale benchmark too): `--runs N` builds N times and prints medians
 * (default 1); `--quick` skips the scale benchmark's two 1,000-story builds.
 */
import { renderOutcomes } from '../src/charts/outcomes/render.ts';
import { renderRedundancy } from '../src/charts/redundancy/render.ts';
import { renderWhatIf } from '../src/charts/whatif/render.ts';
import { comparison, comparisonFigures } from '../src/lib/compare.ts';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serverDocument } from '../src/charts/serverDocument.ts';
import { renderRecovery } from '../src/charts/recovery/render.ts';
import { renderTimeline } from '../src/charts/timeline/render.ts';
import { timelineChart } from '../src/charts/timeline/draw.ts';
import { renderDependencies } from '../src/charts/dependencies/render.ts';
import { dependencyGraph } from '../src/lib/dependencyGraph.ts';
import { graphLayout } from '../src/lib/graphLayout.ts';
import { loadSiteContent } from '../src/site/load.ts';
import { timelineData } from '../src/lib/timeline.ts';
import { embedNames, embedPicture } from '../src/embed/charts.ts';
import { pictureToPng } from '../src/embed/image.ts';
import { BUILD_HEAD, buildRow, timedBuild, type BuildRun } from './lib/buildRun.ts';
import { dirStats, heaviest, kb, MEASURES, PAGE_TYPES, pageWeight, readBudgets, table, weightsByType, type Measure } from './lib/pageWeight.ts';

const ROOT = resolve(import.meta.dirname, '..');
process.chdir(ROOT);
const dist = join(ROOT, 'dist');
const runsArg = process.argv.indexOf('--runs');
const runs = Math.max(1, Number(runsArg >= 0 ? process.argv[runsArg + 1] : 1) || 1);

function time(label: string, fn: () => void, runs = 1): string {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return `${label}: median ${times[Math.floor(runs / 2)]!.toFixed(0)} ms over ${runs} run(s)`;
}

const content = loadSiteContent('.');
console.log(time('content check (in process)', () => loadSiteContent('.'), 5));
const document = serverDocument();
for (const d of content.incidents.values()) {
  const data = timelineData(d);
  console.log(time(`timeline render, ${d.id} (${data.spans.length} spans, build time)`, () => timelineChart(data, { document, width: 960 }).outerHTML, 20));
  console.log(time(`timeline figure HTML, ${d.id}`, () => renderTimeline(data, { id: 'bench' }), 10));
  console.log(time(`recovery figure HTML (Plot), ${d.id}`, () => renderRecovery(data, { id: 'bench' }), 10));
  if (d.redundancy) {
    console.log(time(`comparison figures (outcomes, what-if, ${d.redundancy.layers.length} layers), ${d.id}`, () => comparisonFigures(d, comparison(d)!), 10));
    console.log(time(`comparison charts HTML (Plot: outcomes + what-if + table), ${d.id}`, () => renderOutcomes(d, { id: 'b' }).html + renderWhatIf(d, { id: 'b' }).html + renderRedundancy(d, { id: 'b' }).html, 5));
  }
  const graph = dependencyGraph(d);
  console.log(time(`dependency layout, ${d.id} (${graph.nodes.length} nodes, ${graph.edges.length} edges, build time)`, () => graphLayout(graph), 20));
  console.log(time(`dependency figure HTML incl. text table, ${d.id}`, () => renderDependencies(d, { id: 'bench' }), 5));
  for (const name of embedNames(d)) console.log(time(`chart picture SVG + PNG (resvg), ${name}, ${d.id}`, () => pictureToPng(embedPicture(name, 'ko', d)), 3));
}

// The real site, built into dist/ as `npm run build` does.
const builds: BuildRun[] = [];
for (let i = 0; i < runs; i++) builds.push(timedBuild('npm run build', ['scripts/build.ts'], ROOT, {}, dist));
console.log('\n' + table(BUILD_HEAD, [buildRow('npm run build (this site)', builds)]));

const stats = dirStats(dist);
console.log(`dist: ${stats.files} files, ${kb(stats.bytes)}`);

// Every page, then the heaviest page of each type against its budget.
const weights = weightsByType(dist);
const typed = new Set(Object.values(weights).flatMap((ps) => ps.map((p) => p.url)));
const others = ['/sources/', '/data/', '/embed/', '/search/', '/404.html'].filter((u) => !typed.has(u) && existsSync(join(dist, u.endsWith('/') ? `${u}index.html` : u)));
const rows = [...Object.entries(weights).flatMap(([type, ps]) => ps.map((p) => [type, p] as const)), ...others.map((u) => ['other', pageWeight(dist, u)] as const)];
console.log('\nevery page (JS: all chunks it loads or can import; requests: see scripts/lib/pageWeight.ts)');
console.log(
  table(
    ['page', 'type', 'html', 'html gzip', 'js gzip', 'css gzip', 'requests'],
    rows.map(([type, p]) => [p.url, type, kb(p.htmlBytes), kb(p.htmlGzip), kb(p.jsGzip), kb(p.cssGzip), String(p.requests)]),
    2,
  ),
);

const budgets = readBudgets(join(ROOT, 'test/budgets.json'));
const cell = (m: Measure, v: number) => (m === 'requests' ? String(v) : kb(v));
console.log('\nper page type: the heaviest page of the type, and its budget (test/budgets.json; checked by test/e2e/budgets.spec.ts)');
console.log(
  table(
    ['type', 'pages', 'html', ...MEASURES.map((m) => `${m} / budget`), 'heaviest (html gzip)'],
    PAGE_TYPES.map((type) => {
      const top = heaviest(weights[type]);
      return [
        type,
        String(weights[type].length),
        kb(top.htmlBytes?.htmlBytes ?? 0),
        ...MEASURES.map((m) => {
          const v = top[m]?.[m] ?? 0;
          const b = budgets[type][m];
          return `${cell(m, v)} / ${cell(m, b)} (${b ? Math.round((v / b) * 100) : v ? '∞' : 0}%)`;
        }),
        top.htmlGzip?.url ?? '',
      ];
    }),
  ),
);

// An embed's whole transfer: its page (styles inlined) and scripts; plus, once per host page, the
// loader. Embeds set their titles in the system font (EmbedLayout), so the heading font their CSS
// still declares is never fetched and is not counted. Budget: 45 KB of JavaScript (gzip) per embed.
const loader = existsSync(join(dist, 'embed.js')) ? gzipSync(readFileSync(join(dist, 'embed.js'))).length : 0;
console.log(`\nembed: whole transfer (loader /embed.js on the host page: ${kb(loader)} gzip)`);
console.log(
  table(
    ['embed', 'html gzip', 'js gzip', 'total'],
    weights.embed.map((p) => [p.url, kb(p.htmlGzip), kb(p.jsGzip), kb(p.htmlGzip + p.jsGzip)]),
  ),
);
const pngs = (readdirSync(dist, { recursive: true }) as string[]).filter((f) => f.endsWith('.png'));
console.log(`chart pictures and share cards: ${pngs.length} PNG, ${kb(pngs.reduce((s, f) => s + statSync(join(dist, f)).size, 0))} in all`);

// The scale benchmark, in its own process (its memory and caches are its own).
const scale = spawnSync(process.execPath, [join(ROOT, 'scripts/bench-scale.ts'), ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(scale.status ?? 1);
