#!/usr/bin/env node
/**
 * `npm run bench:lighthouse [-- --runs N] [/path/ …]`: Lighthouse's mobile performance audit (its
 * default: a mid-range phone on a slow 4G link, simulated) on the built site, one page of each
 * type, N runs each (default 3), and prints the median score, LCP, CLS and total blocking time.
 * The targets: score ≥ 98 and LCP ≤ 1.5 s on every chart page, story and embed; CLS 0.
 *
 * Lighthouse is fetched from the npm registry by npx on first use (it is not a dependency: ~200
 * packages only this benchmark needs). It drives Debian's Chromium (CHROMIUM_PATH overrides).
 * Serves dist/ itself; run `npm run build` first. Printed, never asserted.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startPreview } from './lib/preview.ts';

const LIGHTHOUSE = 'lighthouse@12.8.2';
const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Math.max(1, Number(args.splice(runsAt, 2)[1]) || 1) : 3;
const paths = args.length
  ? args
  : ['/', '/timeline/', '/dependencies/', '/compare/', '/stories/why-kakao-took-127-hours/', '/stories/replay-127-hours/', '/embed/timeline/', '/embed/outcomes/', '/embed/replay/'];

const { base, stop } = await startPreview(4394);

const chromeFlags = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const out = mkdtempSync(join(tmpdir(), 'lh-'));
try {
  console.log(`Lighthouse ${LIGHTHOUSE.split('@')[1]}, mobile (simulated throttling), median of ${runs} run(s)\n`);
  console.log(['page'.padEnd(40), 'score', 'LCP ms', 'CLS', 'TBT ms', '  (each run: score / LCP)'].join('  '));
  for (const path of paths) {
    const results: { score: number; lcp: number; cls: number; tbt: number }[] = [];
    for (let r = 0; r < runs; r++) {
      const file = join(out, `run-${r}.json`);
      const res = spawnSync('npx', ['--yes', LIGHTHOUSE, base + path, '--quiet', '--only-categories=performance', '--output=json', `--output-path=${file}`, `--chrome-flags=${chromeFlags}`], {
        cwd: ROOT,
        env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
        stdio: ['ignore', 'ignore', 'pipe'],
        encoding: 'utf8',
      });
      if (res.status !== 0) throw new Error(`lighthouse failed on ${path}: ${res.stderr.slice(-500)}`);
      const j = JSON.parse(readFileSync(file, 'utf8'));
      if (j.runtimeError) throw new Error(`lighthouse on ${path}: ${j.runtimeError.message}`);
      results.push({
        score: Math.round(j.categories.performance.score * 100),
        lcp: j.audits['largest-contentful-paint'].numericValue,
        cls: j.audits['cumulative-layout-shift'].numericValue,
        tbt: j.audits['total-blocking-time'].numericValue,
      });
    }
    const m = (k: keyof (typeof results)[number]) => median(results.map((x) => x[k]));
    console.log(
      [path.padEnd(40), String(m('score')).padStart(5), String(Math.round(m('lcp'))).padStart(6), m('cls').toFixed(3), String(Math.round(m('tbt'))).padStart(6), `  (${results.map((x) => `${x.score} / ${Math.round(x.lcp)}`).join(', ')})`].join('  '),
    );
  }
} finally {
  rmSync(out, { recursive: true, force: true });
  stop();
}
