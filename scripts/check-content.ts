#!/usr/bin/env node
/**
 * `npm run check:content [-- --root DIR]`: the build's content validation without the build.
 * Exit 0 and a one-line summary when everything holds; exit 1 and every problem otherwise.
 */
import { resolve } from 'node:path';
import { contentDir } from '../src/lib/contentDir.ts';
import { loadSiteContent } from '../src/site/load.ts';
import { ContentError, formatProblems } from '../src/lib/problems.ts';

const args = process.argv.slice(2);
const rootArg = args.indexOf('--root');
const root = resolve(rootArg >= 0 ? args[rootArg + 1] ?? '.' : '.');
const started = performance.now();
try {
  const { incidents, stories } = loadSiteContent(root, contentDir());
  const rows = [...incidents.values()].map(
    (d) => `${d.id}: ${d.services.length} services, ${d.components.length} components, ${d.dependencies.length} dependencies, ${d.events.length} events, ${d.conflicts.length} conflicts, ${d.sources.length} sources${d.recovery ? `, ${d.recovery.series.reduce((n, x) => n + x.points.length, 0)} recovery points in ${d.recovery.series.length} series` : ''}`,
  );
  console.log(`Content OK (${Math.round(performance.now() - started)} ms): ${incidents.size} incident(s), ${stories.length} stories.`);
  for (const r of rows) console.log(`  ${r}`);
} catch (e) {
  if (!(e instanceof ContentError)) throw e;
  console.error(formatProblems(e.problems, 'Fix them and run the check again.'));
  process.exit(1);
}
