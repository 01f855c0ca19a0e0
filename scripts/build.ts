#!/usr/bin/env node
/**
 * `npm run build`: removes the old dist/ so no stale or partial site survives a failure and runs
 * `astro build` (whose content-check integration checks the content first), saying as it goes how
 * many story pages are done and how long it has taken.
 * On failure dist/ is removed again and the exit code is non-zero.
 *
 * Caches. Astro keeps each story's rendered Markdown in node_modules/.astro, keyed by the story's
 * own text. Our charts inside a story depend on the code and the incident data too, so that cache
 * is kept only while those are unchanged since the last successful build (a hash of them is kept
 * beside our own cache) and deleted otherwise. Our own cache of derived artefacts
 * (src/lib/buildCache.ts) lives in node_modules/.cache/site-build/ and keys every entry by its
 * inputs and the code version, so it needs no such care. `BUILD_CACHE=off` builds with neither.
 *
 * Memory. `astro build` runs with a JavaScript heap of BUILD_HEAP_MB (default 1024) unless
 * NODE_OPTIONS already sets one: V8 otherwise sizes its heap from the machine's memory and lets
 * garbage pile up (a 1,000-story archive peaked at 1.8 GB with about 1 GB live; capped, 1.4 GB at
 * the same speed, `npm run bench:scale`). A larger archive that needs more says so when it stops.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ASTRO_MARKDOWN_MARKER, cacheDir, codeVersion, folderHash, sha256 } from '../src/lib/buildCache.ts';
import { contentDir } from '../src/lib/contentDir.ts';

const root = resolve('.');
const dist = resolve(root, process.env.OUT_DIR ?? 'dist');
const started = performance.now();
const elapsed = () => {
  const s = (performance.now() - started) / 1000;
  return s < 60 ? `${s.toFixed(1)} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
};
/** A line of progress, timestamped like Astro's own (the benchmark reads both as phases). */
const say = (text: string) => console.log(`${new Date().toTimeString().slice(0, 8)} [build] ${text}`);
rmSync(dist, { recursive: true, force: true });
// The content is checked once, by the content-check integration as Astro starts (astro.config.mjs),
// which ends a build on a mistake with the editor's message alone; the pages, the feed, the data
// files and the search index then share what it read (src/site/load.ts). Here we only count the
// stories, to say how far the build has got.
const storiesDir = resolve(root, contentDir(), 'stories');
const stories = existsSync(storiesDir) ? readdirSync(storiesDir).filter((f) => f.endsWith('.md')).length : 0;

// Astro's Markdown cache is valid while everything a story's rendering reads besides its own text is
// unchanged: the code, the incidents' data and Astro's configuration.
const ours = cacheDir(root);
const marker = ours ? join(ours, ASTRO_MARKDOWN_MARKER) : null;
const inputs = sha256([codeVersion(root), folderHash(resolve(root, contentDir(), 'incidents')), readFileSync(resolve(root, 'astro.config.mjs'), 'utf8')].join('\0'));
const astroCache = resolve(root, 'node_modules/.astro');
if (!marker || !existsSync(marker) || readFileSync(marker, 'utf8') !== inputs) {
  rmSync(astroCache, { recursive: true, force: true });
  if (marker) rmSync(marker, { force: true });
} else say('code and data unchanged since the last build: Astro re-renders only the stories that changed');

const astro = resolve(root, 'node_modules/astro/bin/astro.mjs');
const heapMb = Number(process.env.BUILD_HEAP_MB ?? 1024);
const heapSetByUser = /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? '');
const heap = heapSetByUser || !(heapMb > 0) ? [] : [`--max-old-space-size=${heapMb}`];
const child = spawn(process.execPath, [...heap, astro, 'build', ...process.argv.slice(2)], { stdio: ['inherit', 'pipe', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
// Astro lists every route it writes; every 100 story pages or share cards (and at the last of
// each) we say where we are: those two grow with the archive.
const done = { 'story pages': 0, 'share cards': 0 };
let rest = '';
child.stdout.on('data', (chunk: Buffer) => {
  // Whole lines only, so our own lines never land in the middle of one of Astro's.
  const text = rest + chunk.toString('utf8');
  const lines = text.split('\n');
  rest = lines.pop() ?? '';
  for (const line of lines) {
    process.stdout.write(`${line}\n`);
    const kind = /\/share\/stories\/[^/\s]+\.png/.test(line) ? 'share cards' : /\/stories\/[^/\s]+\/index\.html/.test(line) && !line.includes('/stories/page/') ? 'story pages' : null;
    if (!kind) continue;
    const n = ++done[kind];
    if (n % 100 === 0 || n === stories) say(`${kind} ${n} of ${stories} · ${elapsed()}`);
  }
});
const [status, signal]: [number, NodeJS.Signals | null] = await new Promise((ok) => child.on('close', (code, sig) => ok([code ?? 1, sig])));
if (rest) process.stdout.write(`${rest}\n`);
if (status !== 0) {
  rmSync(dist, { recursive: true, force: true });
  // V8 aborts (SIGABRT, exit 134) when the heap is full: say which knob to turn.
  if (heap.length && (signal === 'SIGABRT' || status === 134)) console.error(`\nThe build ran out of its ${heapMb} MB JavaScript heap: run it again with BUILD_HEAP_MB=${heapMb * 2}.`);
  console.error(`\nBuild failed; ${dist} was removed so no partial site is left behind.`);
  process.exit(status || 1);
}
if (marker) {
  mkdirSync(join(marker, '..'), { recursive: true });
  writeFileSync(marker, inputs);
}
console.log(`Built ${dist} in ${elapsed()}.`);
