#!/usr/bin/env node
/**
 * `npm run bench:scale` (also run at the end of `npm run bench`): how the site holds up with an
 * archive far larger than today's.
 *
 * In a temporary copy of the project it puts today's content/ plus a synthetic incident (500
 * services, 5,000 events) and 1,000 stories of about 800 words with one chart each
 * (scripts/lib/synthetic.ts), then:
 * - times the content check of that archive and each chart's render (median of several calls) on
 *   the real incident and on the synthetic one, with the HTML size of each figure;
 * - builds the archive with scripts/build.ts and reports wall time, pages per second, peak memory,
 *   dist size and the phases of the build (from Astro's log);
 * - builds the same stories as plain Markdown pages in a bare Astro project (this repository's
 *   astro, no integrations) and prints our build time as a ratio to it: the cost of validation,
 *   charts, search index and the site's other pages on top of Astro itself;
 * - weighs the pages of the archive's build per page type (scripts/lib/pageWeight.ts).
 *
 * Options: `--runs N` repeats each big build N times and prints medians (default 1); `--quick`
 * generates the archive and times the charts but skips both 1,000-story builds; `--stories N`
 * generates N stories instead of 1,000 (for trying the script out; figures are then not comparable).
 *
 * Peak memory: see scripts/lib/buildRun.ts (GNU time's maximum RSS, which covers the `astro build`
 * child). Timings are printed, never asserted. Every temporary file is removed at the end, on failure too.
 *
 * Both builds run in temporary projects, never in this checkout: Astro writes <root>/.astro and
 * node_modules/.astro while it builds (and scripts/build.ts clears the latter first), so a build
 * of the checkout running at the same time — an editor's, a test's — would break, or break this.
 * The copy holds src/, public/ and the root config files, with a node_modules/ made of links to
 * this checkout's packages, minus Astro's and Vite's caches.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHARTS, renderChart, type ChartName } from '../src/charts/registry.ts';
import { chartGroups, mapNodeIds } from '../src/lib/chartOptionChecks.ts';
import { embedNames } from '../src/embed/charts.ts';
import { dependencyGraph } from '../src/lib/dependencyGraph.ts';
import { leadIncidentId } from '../src/lib/loadContent.ts';
import { loadSiteContent } from '../src/site/load.ts';
import { loadIncident, type IncidentData } from '../src/lib/loadIncident.ts';
import { timelineData } from '../src/lib/timeline.ts';
import { dirStats, heaviest, kb, mb, PAGE_TYPES, type PageWeight, table, weightsByType } from './lib/pageWeight.ts';
import { BUILD_HEAD, buildPhases, buildRow, median, routeTimes, secs, timedBuild, type BuildRun } from './lib/buildRun.ts';
import { SYNTHETIC, SYNTHETIC_ID, vocabulary, writeSyntheticIncident, writeSyntheticStories } from './lib/synthetic.ts';

const ROOT = resolve(import.meta.dirname, '..');

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const runs = Math.max(1, Number(option('--runs') ?? 1) || 1);
const quick = process.argv.includes('--quick');
const storyCount = Math.max(1, Number(option('--stories') ?? SYNTHETIC.stories) || SYNTHETIC.stories);

// One temporary directory for everything; removed on exit, Ctrl-C or failure.
const tmp = mkdtempSync(join(tmpdir(), 'bench-scale-'));
let cleaned = false;
const cleanup = () => {
  if (cleaned) return;
  cleaned = true;
  rmSync(tmp, { recursive: true, force: true });
};
process.on('exit', cleanup);
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
  process.on(signal, () => {
    cleanup();
    process.exit(code);
  });
}

/** Caches and build state inside node_modules that a temporary project must have of its own. */
const OWN_IN_NODE_MODULES = new Set(['.astro', '.vite', '.vite-temp', '.cache']);

/** `dir/node_modules/`: a link to each of this checkout's packages, without their caches. */
function linkNodeModules(dir: string): void {
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!OWN_IN_NODE_MODULES.has(name)) symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
}

/** The files of this project a build reads (its content comes separately). */
const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

function projectCopy(dir: string): void {
  for (const f of PROJECT_FILES) if (existsSync(join(ROOT, f))) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  linkNodeModules(dir);
}

/** A bare Astro project rendering `storiesDir/*.md` as plain pages at /stories/<slug>/. */
function bareProject(dir: string, storiesDir: string): void {
  mkdirSync(join(dir, 'src/pages/stories'), { recursive: true });
  linkNodeModules(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare-astro-bench', private: true, type: 'module' }, null, 2));
  writeFileSync(join(dir, 'astro.config.mjs'), `export default {\n  trailingSlash: 'always',\n  devToolbar: { enabled: false },\n};\n`);
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n\nexport const collections = {\n  stories: defineCollection({\n    loader: glob({ pattern: '*.md', base: ${JSON.stringify(pathToFileURL(`${storiesDir}/`).href)}, generateId: ({ entry }) => entry.replace(/\\.md$/, '') }),\n  }),\n};\n`,
  );
  writeFileSync(
    join(dir, 'src/pages/stories/[slug].astro'),
    `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const stories = await getCollection('stories');
  return stories.map((story) => ({ params: { slug: story.id }, props: { story } }));
}
const { story } = Astro.props;
const { Content } = await render(story);
---
<html lang="ko">
  <head><meta charset="utf-8"><title>{story.data.title}</title></head>
  <body><article><h1>{story.data.title}</h1><p>{story.data.dek}</p><Content /></article></body>
</html>
`,
  );
}

/** Median time of `fn` over `n` calls, and the first call on its own. */
function timeCalls(fn: () => unknown, n: number): { first: number; median: number; result: unknown } {
  let t = performance.now();
  const result = fn();
  const first = performance.now() - t;
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return { first, median: median(times), result };
}

function main(): void {
  console.log(`\n== Scale benchmark: ${storyCount} synthetic stories, a synthetic incident with ${SYNTHETIC.services} services and ${SYNTHETIC.events} events${quick ? ' (--quick: no builds)' : `, ${runs} run(s) per build`}`);

  // 1. The archive.
  let t = performance.now();
  const project = join(tmp, 'project');
  projectCopy(project);
  const content = join(project, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  const real = loadSiteContent(ROOT);
  const leadId = leadIncidentId(real)!;
  const lead = real.incidents.get(leadId)!;
  const synthetic = writeSyntheticIncident(content);
  const plans = writeSyntheticStories(
    content,
    vocabulary(join(ROOT, 'content/stories')),
    { id: lead.id, groups: chartGroups(lead), sources: lead.sources.map((s) => s.id), mapNodes: mapNodeIds(lead) },
    synthetic,
    storyCount,
  );
  const generatedMs = performance.now() - t;
  const mix = new Map<string, number>();
  for (const p of plans) mix.set(`${p.incident}/${p.chart}`, (mix.get(`${p.incident}/${p.chart}`) ?? 0) + 1);
  console.log(`generated in ${secs(generatedMs)} (with a copy of the project to build it in): ${dirStats(content).files} content files, ${mb(dirStats(content).bytes)}`);
  console.log(`charts placed: ${[...mix].sort().map(([k, n]) => `${k} ${n}`).join(', ')}`);

  // 2. The content check of the archive (the build runs it too), and each chart's render.
  t = performance.now();
  const archive = loadSiteContent(project);
  console.log(`content check of the archive (in process): ${secs(performance.now() - t)}, ${archive.incidents.size} incidents, ${archive.stories.length} stories`);

  const chartRows: string[][] = [];
  // Freshly loaded incidents: the content check above has already cached their timeline data.
  const incidents: [string, IncidentData, number][] = [
    [lead.id, loadIncident(project, lead.id), 10],
    [SYNTHETIC_ID, loadIncident(project, SYNTHETIC_ID), 5],
  ];
  for (const [id, d, n] of incidents) {
    // The shapes every chart reads are computed once per incident per build process, then cached.
    const shared = timeCalls(() => [timelineData(d), dependencyGraph(d)], 0);
    chartRows.push([id, '(shared: timeline data, dependency graph)', '', '', `${shared.first.toFixed(0)} ms`]);
    for (const { name } of CHARTS) {
      if (!embedNames(d).includes(name)) {
        chartRows.push([id, name, 'n/a (needs redundancy.yaml)', '', '']);
        continue;
      }
      const r = timeCalls(() => renderChart(name as ChartName, {}, d, `bench-${name}`).html, n);
      chartRows.push([id, name, kb(Buffer.byteLength(r.result as string)), `${r.median.toFixed(0)} ms`, `${r.first.toFixed(0)} ms`]);
    }
  }
  console.log(`\nchart render at build time: renderChart(name, {}, incident) — median of 10 (real) / 5 (synthetic) calls after a first one`);
  console.log(table(['incident', 'chart', 'figure HTML', 'median', 'first call'], chartRows, 2));

  if (quick) {
    console.log('\n--quick: skipped the two 1,000-story builds.');
    return;
  }

  // 3. Our build of the archive.
  const ourDist = join(project, 'dist');
  const ours: BuildRun[] = [];
  for (let i = 0; i < runs; i++) {
    process.stdout.write(`building the archive with scripts/build.ts (run ${i + 1}/${runs})… `);
    ours.push(timedBuild('scripts/build.ts on the synthetic archive', [join(ROOT, 'scripts/build.ts')], project, { CONTENT_DIR: 'content', OUT_DIR: ourDist }, ourDist));
    console.log(secs(ours.at(-1)!.wallMs));
  }

  // 4. The same stories in a bare Astro project.
  const bare = join(tmp, 'bare');
  bareProject(bare, join(content, 'stories'));
  const bareDist = join(bare, 'dist');
  const plain: BuildRun[] = [];
  for (let i = 0; i < runs; i++) {
    // As scripts/build.ts does for ours: no output or cache from the run before.
    for (const d of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(bare, d), { recursive: true, force: true });
    process.stdout.write(`building the same stories in a bare Astro project (run ${i + 1}/${runs})… `);
    plain.push(timedBuild('bare Astro build', [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], bare, {}, bareDist));
    console.log(secs(plain.at(-1)!.wallMs));
  }

  console.log('\nphases of our build of the archive (its own log; the time between two lines is what a phase cost):');
  for (const line of buildPhases(ours.at(-1)!.log)) console.log(`  ${line}`);
  const routes = routeTimes(ours.at(-1)!.log);
  console.log('\nits route generation by kind of route (Astro\'s per-route times), heaviest first');
  console.log(
    table(
      ['routes', 'count', 'total', 'per route'],
      routes.slice(0, 12).map((r) => [r.route, String(r.count), secs(r.ms), `${(r.ms / r.count).toFixed(0)} ms`]),
    ),
  );

  console.log('\n' + table(BUILD_HEAD, [buildRow('ours: scripts/build.ts', ours), buildRow('bare Astro, plain Markdown', plain)]));
  console.log(`ours / bare Astro: ${(median(ours.map((r) => r.wallMs)) / median(plain.map((r) => r.wallMs))).toFixed(2)}× (validation, charts, search index and the site's other pages on top of Astro rendering Markdown)`);

  // 5. What the archive's pages weigh (the heaviest of each type).
  const weights = weightsByType(ourDist);
  const rows = PAGE_TYPES.map((type) => {
    const pages = weights[type];
    const top = heaviest(pages);
    return [type, String(pages.length), kb(top.htmlBytes?.htmlBytes ?? 0), kb(top.htmlGzip?.htmlGzip ?? 0), kb(top.jsGzip?.jsGzip ?? 0), kb(top.cssGzip?.cssGzip ?? 0), String(top.requests?.requests ?? 0), top.htmlGzip?.url ?? ''];
  });
  console.log('\npages of the synthetic archive, heaviest of each type');
  console.log(table(['type', 'pages', 'html', 'html gzip', 'js gzip', 'css gzip', 'requests', 'heaviest page (html gzip)'], rows));

  // 6. The story pages that place the synthetic incident's charts, per chart: what a large incident costs a page.
  const storyWeights = new Map(weights.story.map((w) => [w.url, w]));
  const perChart = new Map<string, PageWeight[]>();
  for (const p of plans.filter((x) => x.incident === SYNTHETIC_ID)) {
    const w = storyWeights.get(`/stories/${p.slug}/`);
    if (w) perChart.set(p.chart, [...(perChart.get(p.chart) ?? []), w]);
  }
  const perChartRows = [...perChart].sort().map(([chart, pages]) => {
    const top = heaviest(pages);
    return [chart, String(pages.length), kb(top.htmlBytes?.htmlBytes ?? 0), kb(top.htmlGzip?.htmlGzip ?? 0), kb(top.jsGzip?.jsGzip ?? 0), String(top.requests?.requests ?? 0), top.htmlGzip?.url ?? ''];
  });
  console.log(`\nstory pages placing a ${SYNTHETIC.services}-service incident's chart, heaviest per chart (budget: story, test/budgets.json)`);
  console.log(table(['chart', 'pages', 'html', 'html gzip', 'js gzip', 'requests', 'heaviest page (html gzip)'], perChartRows));
}

try {
  main();
} finally {
  cleanup();
}
