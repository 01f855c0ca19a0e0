#!/usr/bin/env node
/**
 * `npm run bench`: prints the figures the quality bar is measured by — content-check and build
 * time, dist size, and per page the HTML and JavaScript bytes (gzip). Not part of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadContent } from '../src/lib/loadContent.ts';

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

console.log(time('content check (in process)', () => loadContent('.'), 5));
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

console.log('\npage                                           html gzip   js gzip');
for (const f of files.filter((x) => x.endsWith('.html')).sort()) {
  const html = readFileSync(f, 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => readFileSync(join(dist, m[1]!)));
  const inline = [...html.matchAll(/<script(?![^>]*type="application\/(ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[2]!).join('');
  const js = scripts.reduce((s, b) => s + gzipSync(b).length, 0) + (inline ? gzipSync(inline).length : 0);
  console.log(`${('/' + relative(dist, f)).padEnd(46)} ${kb(gzipSync(html).length).padStart(9)} ${kb(js).padStart(9)}`);
}
console.log(`\nbuild wall time ${(buildMs / 1000).toFixed(1)} s`);
