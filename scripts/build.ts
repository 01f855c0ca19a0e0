#!/usr/bin/env node
/**
 * `npm run build`: removes the old dist/ so no stale or partial site survives a failure, checks
 * the content (the same check Astro's integration repeats for a bare `astro build`) and runs
 * `astro build`.
 * On failure dist/ is removed again and the exit code is non-zero.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentDir } from '../src/lib/contentDir.ts';
import { loadSiteContent } from '../src/site/load.ts';
import { ContentError } from '../src/lib/problems.ts';

const root = resolve('.');
const dist = resolve(root, process.env.OUT_DIR ?? 'dist');
rmSync(dist, { recursive: true, force: true });
// The content check first, in this process: a mistake in content ends here with the editor's
// message alone, before Astro starts (and could wrap it in a stack trace).
try {
  loadSiteContent(root, contentDir());
} catch (e) {
  if (!(e instanceof ContentError)) throw e;
  console.error(e.message);
  process.exit(1);
}
// Astro caches rendered Markdown by the story's own text; charts inside stories depend on code and
// data too, so the cache is dropped to keep every build a function of the current sources.
rmSync(resolve(root, 'node_modules/.astro'), { recursive: true, force: true });
const started = performance.now();
const astro = resolve(root, 'node_modules/astro/bin/astro.mjs');
const run = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
if (run.status !== 0) {
  rmSync(dist, { recursive: true, force: true });
  console.error(`\nBuild failed; ${dist} was removed so no partial site is left behind.`);
  process.exit(run.status ?? 1);
}
console.log(`Built ${dist} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
