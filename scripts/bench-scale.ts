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
 * - builds, in one run: a bare Astro project (this repository's astro, no integrations, one page)
 *   without the stories and with them as plain Markdown pages; our site as it is (today's content)
 *   and with the archive. Each cold (no output, no cache of ours or Astro's), then warm after one
 *   story changed (caches kept). It prints wall time, pages per second and peak memory of each,
 *   the marginal cost of the archive (with it − without it) per story for ours and for bare Astro,
 *   and their ratio, against the targets of issue 18 (cold ≤ 1.5×, warm ≤ 1.1×);
 * - prints the phases of our cold archive build (from its log, our progress lines included) and
 *   its route generation by kind of route;
 * - times the dev server: how long after a story of the archive is saved its page shows the change;
 * - weighs the pages of the archive's build per page type (scripts/lib/pageWeight.ts).
 *
 * Options: `--runs N` repeats the series of builds N times and prints medians (default 1); `--quick`
 * generates the archive and times the charts but skips the builds; `--no-dev` skips the dev server; `--stories N`
 * generates N stories instead of 1,000 (for trying the script out; figures are then not comparable);
 * `--dev-only` times the dev server on the archive and skips the builds.
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
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
  // One page besides the stories, so the project without stories builds a site too.
  writeFileSync(join(dir, 'src/pages/index.astro'), '<html lang="ko"><head><meta charset="utf-8"><title>bare</title></head><body><h1>bare</h1></body></html>\n');
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

/**
 * `astro dev` on the archive: how long until a story page answers, then how long after the story's
 * file is saved with a new title its page shows that title (polled every 100 ms).
 */
async function devServerTiming(project: string, storiesDir: string): Promise<string> {
  const port = 4480;
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: project,
    env: { ...process.env, CONTENT_DIR: 'content', ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
  const page = async (url: string) => {
    try {
      const r = await fetch(url);
      return r.ok ? await r.text() : null;
    } catch {
      return null;
    }
  };
  const until = async (url: string, ok: (html: string) => boolean, timeoutMs: number): Promise<number | null> => {
    const t = performance.now();
    while (performance.now() - t < timeoutMs) {
      const html = await page(url);
      if (html !== null && ok(html)) return performance.now() - t;
      await sleep(100);
    }
    return null;
  };
  try {
    const file = readdirSync(storiesDir).filter((f) => f.endsWith('.md')).sort().at(-1)!;
    const url = `${base}/stories/${file.replace(/\.md$/, '')}/`;
    const ready = await until(url, () => true, 600_000);
    if (ready === null) return 'dev server: no story page within 10 minutes';
    // Once more, so the first page's own compilation is not counted as the change's.
    await page(url);
    // What one request of the page costs with nothing changed: a save is seen one or two of these after it lands.
    const requests: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      await page(url);
      requests.push(performance.now() - t0);
    }
    // Three saves, one after the other: one sample is at the mercy of the polling and the debounce.
    const path = join(storiesDir, file);
    const shown: (number | null)[] = [];
    for (let i = 0; i < 3; i++) {
      const token = `저장 시험 ${Date.now()}`;
      writeFileSync(path, readFileSync(path, 'utf8').replace(/^title: "(저장 시험 \d+ )?/m, `title: "${token} `));
      shown.push(await until(url, (html) => html.includes(token), 120_000));
      await sleep(500);
    }
    const all = shown.map((x) => (x === null ? 'more than 120 s' : secs(x))).join(', ');
    const mid = shown.some((x) => x === null) ? 'more than 120 s' : secs(median(shown as number[]));
    return `dev server on the archive: first story page after ${secs(ready)}; one request of it ${secs(median(requests))}; a saved story's change shown after ${mid} (median of 3 saves: ${all}; target < 2 s)`;
  } finally {
    child.kill('SIGTERM');
    await sleep(500);
  }
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

async function main(): Promise<void> {
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
  if (process.argv.includes('--dev-only')) {
    console.log(`\n${await devServerTiming(project, join(content, 'stories'))}\n--dev-only: skipped the builds.`);
    return;
  }

  // 3. The builds: bare Astro and ours, without and with the archive, cold then warm after one story changed.
  const today = join(tmp, 'today');
  projectCopy(today);
  cpSync(join(ROOT, 'content'), join(today, 'content'), { recursive: true });
  const emptyStories = join(tmp, 'no-stories');
  mkdirSync(emptyStories, { recursive: true });
  const bareEmpty = join(tmp, 'bare-empty');
  bareProject(bareEmpty, emptyStories);
  const bare = join(tmp, 'bare');
  bareProject(bare, join(content, 'stories'));

  /** Our caches and Astro's, in a project: gone for a cold build. */
  const caches = (dir: string) => ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite', 'node_modules/.cache'].map((d) => join(dir, d));
  /** One story of a content folder gets a new sentence, as an editor's correction would. */
  const changeOneStory = (storiesDir: string, run: number) => {
    const file = join(storiesDir, readdirSync(storiesDir).filter((f) => f.endsWith('.md')).sort()[0]!);
    writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\n고친 문장 ${run}.\n`);
  };
  type Series = 'bare-none' | 'bare-archive' | 'ours-none' | 'ours-archive';
  const runsOf: Record<`${Series}/${'cold' | 'warm'}`, BuildRun[]> = {
    'bare-none/cold': [], 'bare-none/warm': [], 'bare-archive/cold': [], 'bare-archive/warm': [],
    'ours-none/cold': [], 'ours-none/warm': [], 'ours-archive/cold': [], 'ours-archive/warm': [],
  };
  const setups: { series: Series; dir: string; stories: string | null; args: string[]; env: NodeJS.ProcessEnv }[] = [
    { series: 'bare-none', dir: bareEmpty, stories: null, args: [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], env: {} },
    { series: 'bare-archive', dir: bare, stories: join(content, 'stories'), args: [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], env: {} },
    { series: 'ours-none', dir: today, stories: join(today, 'content/stories'), args: [join(ROOT, 'scripts/build.ts')], env: { CONTENT_DIR: 'content' } },
    { series: 'ours-archive', dir: project, stories: join(content, 'stories'), args: [join(ROOT, 'scripts/build.ts')], env: { CONTENT_DIR: 'content' } },
  ];
  for (let i = 0; i < runs; i++) {
    for (const b of setups) {
      for (const mode of ['cold', 'warm'] as const) {
        if (mode === 'cold') for (const d of caches(b.dir)) rmSync(d, { recursive: true, force: true });
        else if (b.stories) changeOneStory(b.stories, i);
        process.stdout.write(`run ${i + 1}/${runs}: ${b.series}, ${mode}… `);
        const dist = join(b.dir, 'dist');
        runsOf[`${b.series}/${mode}`].push(timedBuild(`${b.series} ${mode}`, b.args, b.dir, { ...b.env, OUT_DIR: dist }, dist));
        console.log(secs(runsOf[`${b.series}/${mode}`].at(-1)!.wallMs));
      }
    }
  }
  const ours = runsOf['ours-archive/cold'];
  const ourDist = join(project, 'dist');
  // The warm build rewrote dist/ with the same pages; the weights below read it.

  console.log('\nphases of our cold build of the archive (its own log; the time between two lines is what a phase cost):');
  for (const line of buildPhases(ours.at(-1)!.log)) console.log(`  ${line}`);
  console.log('\nphases of our warm build of the archive, one story changed:');
  for (const line of buildPhases(runsOf['ours-archive/warm'].at(-1)!.log)) console.log(`  ${line}`);
  const routes = routeTimes(ours.at(-1)!.log);
  console.log('\nits route generation by kind of route (Astro\'s per-route times), heaviest first');
  console.log(
    table(
      ['routes', 'count', 'total', 'per route'],
      routes.slice(0, 12).map((r) => [r.route, String(r.count), secs(r.ms), `${(r.ms / r.count).toFixed(0)} ms`]),
    ),
  );

  const label: Record<Series, string> = { 'bare-none': 'bare Astro, no stories', 'bare-archive': `bare Astro, ${storyCount} stories`, 'ours-none': 'ours, today\'s site', 'ours-archive': `ours, ${storyCount} stories + ${SYNTHETIC.services}-service incident` };
  console.log(`\nbuilds (${runs} run(s) each; medians)`);
  console.log(
    table(
      BUILD_HEAD,
      (Object.keys(runsOf) as (keyof typeof runsOf)[]).map((k) => buildRow(`${label[k.split('/')[0] as Series]}, ${k.split('/')[1] === 'cold' ? 'cold' : 'warm, one story changed'}`, runsOf[k])),
    ),
  );
  const med = (k: keyof typeof runsOf) => median(runsOf[k].map((r) => r.wallMs));
  const marginal = (['cold', 'warm'] as const).map((mode) => {
    const oursM = med(`ours-archive/${mode}`) - med(`ours-none/${mode}`);
    const bareM = med(`bare-archive/${mode}`) - med(`bare-none/${mode}`);
    const target = mode === 'cold' ? 1.5 : 1.1;
    const ratio = oursM / bareM;
    return [mode === 'cold' ? 'cold' : 'warm, one story changed', secs(oursM), `${(oursM / storyCount).toFixed(1)} ms`, secs(bareM), `${(bareM / storyCount).toFixed(1)} ms`, `${ratio.toFixed(2)}×`, `≤ ${target}× ${ratio <= target ? 'met' : 'NOT met'}`];
  });
  console.log(`\nmarginal cost of the ${storyCount} stories (with them − without them)`);
  console.log(table(['build', 'ours', 'ours per story', 'bare Astro', 'bare per story', 'ours / bare', 'target'], marginal));
  const peak = median(ours.map((r) => r.peakRss ?? NaN));
  console.log(`peak memory of our cold archive build: ${Number.isFinite(peak) ? mb(peak) : 'n/a'} (target ≤ 1.5 GB); today's site cold: ${secs(med('ours-none/cold'))} (target: no slower than about 13–15 s)`);

  // 4. The dev server: a saved story, and how long until its page shows the change.
  if (!process.argv.includes('--no-dev')) console.log(`\n${await devServerTiming(project, join(content, 'stories'))}`);

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
  await main();
} finally {
  cleanup();
}
