/**
 * Timing a build for the benchmarks: wall time, peak memory and what it wrote.
 *
 * Peak memory is the maximum resident set size GNU time reports (`/usr/bin/time -f %M`) around the
 * build process. On Linux that figure is the largest of the process itself and of every
 * descendant it waited for, so it covers the `astro build` child scripts/build.ts spawns (checked:
 * a child that allocates 300 MB under a parent of 50 MB reports ~330 MB). Without GNU time the
 * build still runs and memory is reported as n/a.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dirStats, mb } from './pageWeight.ts';

const GNU_TIME = '/usr/bin/time';

export interface BuildRun {
  wallMs: number;
  /** Peak RSS in bytes, or undefined without GNU time. */
  peakRss?: number;
  /** HTML pages, files and bytes in the output folder. */
  pages: number;
  files: number;
  bytes: number;
  /** The build's own output (stdout and stderr). */
  log: string;
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export const secs = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/**
 * Runs `node <args>` in `cwd` under GNU time and measures `dist` afterwards; throws with the end of
 * the build's output if it fails.
 */
export function timedBuild(label: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, dist: string): BuildRun {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-time-'));
  try {
    const timeFile = join(scratch, 'time.txt');
    const withTime = existsSync(GNU_TIME);
    const [cmd, argv] = withTime ? [GNU_TIME, ['-f', '%M', '-o', timeFile, process.execPath, ...args]] : [process.execPath, args];
    const started = performance.now();
    const r = spawnSync(cmd, argv, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
    const wallMs = performance.now() - started;
    if (r.status !== 0) {
      const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.split('\n').slice(-40).join('\n');
      throw new Error(`${label} failed (exit ${r.status ?? r.signal}${r.error ? `, ${r.error.message}` : ''}):\n${out}`);
    }
    const kbRss = withTime && existsSync(timeFile) ? Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop()) : NaN;
    const stats = dirStats(dist);
    return { wallMs, peakRss: Number.isFinite(kbRss) ? kbRss * 1024 : undefined, pages: stats.html, files: stats.files, bytes: stats.bytes, log: `${r.stdout ?? ''}${r.stderr ?? ''}` };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** One table row for a series of runs of the same build: medians, and the last run's output. */
export function buildRow(label: string, list: BuildRun[]): string[] {
  const wall = median(list.map((r) => r.wallMs));
  const rss = list.map((r) => r.peakRss).filter((x): x is number => x !== undefined);
  const last = list.at(-1)!;
  return [label, String(list.length), secs(wall), String(last.pages), (last.pages / (wall / 1000)).toFixed(1), rss.length ? mb(median(rss)) : 'n/a', `${mb(last.bytes)} (${last.files} files)`];
}

export const BUILD_HEAD = ['build', 'runs', 'wall (median)', 'pages', 'pages/s', 'peak RSS (median)', 'dist'];

/**
 * The phases of an Astro build from its log: the timestamped lines (content sync, bundling, each
 * integration's hook, the totals), without the one-line-per-route listing, so the time between
 * two lines tells what a phase cost.
 */
export function buildPhases(log: string, max = 40): string[] {
  const lines = log
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    .filter((l) => /^\d\d:\d\d:\d\d /.test(l) && !/[├└│]/.test(l) && !/\[WARN\]/.test(l))
    .map((l) => l.trimEnd());
  return lines.length > max ? [...lines.slice(0, max / 2), `… ${lines.length - max} more …`, ...lines.slice(-max / 2)] : lines;
}

/**
 * Time Astro spent generating each kind of route, from its per-route log lines
 * (`├─ /stories/x/index.html (+85ms)`): routes grouped by their parent path (`/stories/*`,
 * `/share/stories/*`, …), heaviest first.
 */
export function routeTimes(log: string): { route: string; count: number; ms: number }[] {
  const groups = new Map<string, { count: number; ms: number }>();
  for (const m of log.replace(/\x1b\[[0-9;]*m/g, '').matchAll(/[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/g)) {
    const segments = m[1]!.replace(/(index\.html)?\/?$/, '').split('/').filter(Boolean);
    const route = segments.length > 1 ? `/${segments.slice(0, -1).join('/')}/*` : `/${segments.join('/')}`;
    const ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    const g = groups.get(route) ?? { count: 0, ms: 0 };
    g.count++;
    g.ms += ms;
    groups.set(route, g);
  }
  return [...groups].map(([route, g]) => ({ route, ...g })).sort((a, b) => b.ms - a.ms);
}
