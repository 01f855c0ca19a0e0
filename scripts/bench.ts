#!/usr/bin/env node
/**
 * `npm run bench`: prints the figures the quality bar is measured by — content-check and build
 * time, dist size, and per page the HTML and JavaScript bytes (gzip). Not part of `npm test`.
 */
import { outcomesFigure, redundancyFigure, whatIfFigure } from '../src/charts/compare/figure.ts';
import { comparison, comparisonFigures } from '../src/lib/compare.ts';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serverDocument } from '../src/charts/serverDocument.ts';
import { recoveryFigure } from '../src/charts/recovery/figure.ts';
import { timelineFigure } from '../src/charts/timeline/figure.ts';
import { timelineChart } from '../src/charts/timeline/timeline.ts';
import { dependencyFigure } from '../src/charts/dependencies/figure.ts';
import { dependencyGraph } from '../src/lib/dependencyGraph.ts';
import { graphLayout } from '../src/lib/graphLayout.ts';
import { loadContent } from '../src/lib/loadContent.ts';
import { timelineData } from '../src/lib/timeline.ts';
import { embedNames, embedPicture } from '../src/embed/charts.ts';
import { pictureToPng } from '../src/embed/image.ts';

const dist = 'dist';
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

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

const content = loadContent('.');
console.log(time('content check (in process)', () => loadContent('.'), 5));
const document = serverDocument();
for (const d of content.incidents.values()) {
  const data = timelineData(d);
  console.log(time(`timeline render, ${d.id} (${data.spans.length} spans, build time)`, () => timelineChart(data, { document, width: 960 }).outerHTML, 20));
  console.log(time(`timeline figure HTML, ${d.id}`, () => timelineFigure(data, { id: 'bench' }), 10));
  console.log(time(`recovery figure HTML (Plot), ${d.id}`, () => recoveryFigure(data, { id: 'bench' }), 10));
  if (d.redundancy) {
    console.log(time(`comparison figures (outcomes, what-if, ${d.redundancy.layers.length} layers), ${d.id}`, () => comparisonFigures(d, comparison(d)!), 10));
    console.log(time(`comparison charts HTML (Plot: outcomes + what-if + table), ${d.id}`, () => outcomesFigure(d, { id: 'b' }) + whatIfFigure(d, { id: 'b' }) + redundancyFigure(d, { id: 'b' }), 5));
  }
  const graph = dependencyGraph(d);
  console.log(time(`dependency layout, ${d.id} (${graph.nodes.length} nodes, ${graph.edges.length} edges, build time)`, () => graphLayout(graph), 20));
  console.log(time(`dependency figure HTML incl. text table, ${d.id}`, () => dependencyFigure(d, { id: 'bench' }), 5));
  for (const name of embedNames(d)) console.log(time(`chart picture SVG + PNG (resvg), ${name}, ${d.id}`, () => pictureToPng(embedPicture(name, 'ko', d)), 3));
}
let buildMs = 0;
console.log(
  time('npm run build', () => {
    const t = performance.now();
    const r = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: 'ignore' });
    if (r.status !== 0) throw new Error('build failed');
    buildMs = performance.now() - t;
  }),
);

const files: string[] = [];
const walk = (dir: string) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) (e.isDirectory() ? walk(join(dir, e.name)) : files.push(join(dir, e.name)));
};
walk(dist);
const total = files.reduce((s, f) => s + statSync(f).size, 0);
const byExt = new Map<string, { n: number; bytes: number }>();
for (const f of files) {
  const ext = f.split('.').pop()!;
  const e = byExt.get(ext) ?? { n: 0, bytes: 0 };
  e.n++;
  e.bytes += statSync(f).size;
  byExt.set(ext, e);
}
console.log(`dist: ${files.length} files, ${kb(total)} (${[...byExt].map(([x, e]) => `${x} ${e.n}: ${kb(e.bytes)}`).join(', ')})`);

/** A script and every chunk it imports, statically or on demand (the chart enhancers load lazily). */
function withImports(path: string, seen = new Set<string>()): Set<string> {
  if (seen.has(path)) return seen;
  seen.add(path);
  const code = readFileSync(join(dist, path), 'utf8');
  for (const m of code.matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)) withImports(join(dirname(path), m[1]!), seen);
  return seen;
}

/** Gzipped bytes of a page's HTML and of every script it loads or can load. */
function pageBytes(f: string): { html: number; js: number } {
  const html = readFileSync(f, 'utf8');
  const chunks = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*src="\/([^"]+)"/g)) withImports(m[1]!, chunks);
  const inline = [...html.matchAll(/<script(?![^>]*type="application\/(ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[2]!).join('');
  for (const m of inline.matchAll(/["'](\/_astro\/[\w.-]+\.js)["']/g)) withImports(m[1]!.slice(1), chunks);
  const js = [...chunks].reduce((s, c) => s + gzipSync(readFileSync(join(dist, c))).length, 0) + (inline ? gzipSync(inline).length : 0);
  return { html: gzipSync(html).length, js };
}

console.log('\npage                                           html gzip   js gzip (all chunks it can load)');
for (const f of files.filter((x) => x.endsWith('.html')).sort()) {
  const { html, js } = pageBytes(f);
  console.log(`${('/' + relative(dist, f)).padEnd(46)} ${kb(html).padStart(9)} ${kb(js).padStart(9)}`);
}

// An embed's whole transfer: its page (styles inlined), scripts, the heading font; plus, once per
// host page, the loader. Budget: 45 KB of JavaScript (gzip) per embed.
const font = files.find((f) => f.endsWith('.woff2'));
const fontBytes = font ? statSync(font).size : 0;
const loader = gzipSync(readFileSync(join(dist, 'embed.js'))).length;
console.log(`\nembed                        html gzip   js gzip   font   total   (loader /embed.js on the host page: ${kb(loader)} gzip)`);
for (const f of files.filter((x) => /^dist\/embed\/[^/]+\/(en\/)?index\.html$/.test(x)).sort()) {
  const { html, js } = pageBytes(f);
  console.log(`${('/' + relative(dist, dirname(f)) + '/').padEnd(28)} ${kb(html).padStart(9)} ${kb(js).padStart(9)} ${kb(fontBytes).padStart(8)} ${kb(html + js + fontBytes).padStart(8)}`);
}
const pngs = files.filter((x) => x.endsWith('.png'));
console.log(`chart pictures: ${pngs.length} PNG, ${kb(pngs.reduce((s, f) => s + statSync(f).size, 0))} in all`);
console.log(`\nbuild wall time ${(buildMs / 1000).toFixed(1)} s`);
