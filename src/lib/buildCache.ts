/**
 * The build's cache of derived artefacts (chart figures, share cards, pictures), kept across builds
 * in one folder that is safe to delete: `node_modules/.cache/site-build/` (or `BUILD_CACHE_DIR`).
 * Not under node_modules/.astro, which scripts/build.ts clears when the code or data changed.
 *
 * An entry's key is the hash of everything its value depends on: what kind of artefact it is, its
 * inputs (the incident's files, the story's text, the options, the language) and the code version
 * (the project's version, its lockfile and every file under src/). Change any of them and the key
 * changes, so an entry is never served stale; it is simply never asked for again. Each entry
 * carries the hash of its own bytes: a truncated or corrupt entry is deleted and rebuilt, never
 * served. Within one build process values are also kept in memory, so two stories that place the
 * same chart with the same options share one rendering.
 *
 * Set `BUILD_CACHE=off` to build without it (the tests compare both).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isDevServer } from './devProblems.ts';

/** Bumped when the entry format changes. */
const FORMAT = 1;

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** Every file under `dir`, as paths joined to it, sorted; none when it does not exist. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** The hash of a folder's files: their paths and their bytes. */
export function folderHash(dir: string): string {
  const h = createHash('sha256');
  for (const f of filesUnder(dir)) {
    h.update(relative(dir, f));
    h.update('\0');
    h.update(readFileSync(f));
    h.update('\0');
  }
  return h.digest('hex');
}

const memo = new Map<string, string>();

/**
 * The code version: the project's version, its lockfile and every file under src/. Computed once
 * per process (a few milliseconds).
 */
export function codeVersion(root = process.cwd()): string {
  const key = `code:${root}`;
  let v = memo.get(key);
  if (!v) {
    const pkg = existsSync(join(root, 'package.json')) ? (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string }).version ?? '' : '';
    const lock = existsSync(join(root, 'package-lock.json')) ? sha256(readFileSync(join(root, 'package-lock.json'))) : '';
    v = sha256(`${FORMAT}\0${pkg}\0${lock}\0${folderHash(join(root, 'src'))}`);
    memo.set(key, v);
  }
  return v;
}

/** The hash of an incident's folder, once per process. */
export function incidentHash(incidentDir: string): string {
  const key = `incident:${incidentDir}`;
  let v = memo.get(key);
  if (!v) {
    v = folderHash(incidentDir);
    memo.set(key, v);
  }
  return v;
}

export interface CacheStats {
  hits: number;
  misses: number;
  /** Entries found corrupt and rebuilt. */
  rebuilt: number;
}

export class BuildCache {
  readonly dir: string | null;
  readonly stats: CacheStats = { hits: 0, misses: 0, rebuilt: 0 };
  private readonly memory = new Map<string, Uint8Array>();

  /**
   * `dir` null: no disk cache. `remember` false: not even memory (the dev server, whose code and
   * content change while it runs).
   */
  private readonly version: string;
  private readonly remember: boolean;
  constructor(dir: string | null, version: string, remember = true) {
    this.dir = dir;
    this.version = version;
    this.remember = remember;
  }

  /** Whether values are kept across builds (not under the dev server, not with BUILD_CACHE=off). */
  get persistent(): boolean {
    return this.dir !== null && this.remember;
  }

  /** A stored JSON value, or undefined; nothing is computed. */
  peekJson<T>(kind: string, inputs: unknown): T | undefined {
    if (!this.persistent) return undefined;
    const raw = this.read(kind, this.key(kind, inputs));
    if (raw) this.stats.hits++;
    return raw ? (JSON.parse(Buffer.from(raw).toString('utf8')) as T) : undefined;
  }

  /** Stores a JSON value for later builds (not in memory). */
  putJson(kind: string, inputs: unknown, value: unknown): void {
    if (!this.persistent) return;
    this.stats.misses++;
    this.write(kind, this.key(kind, inputs), Buffer.from(JSON.stringify(value)));
  }

  /** The key of an artefact: its kind, its inputs, and the code version. */
  key(kind: string, inputs: unknown): string {
    return sha256(JSON.stringify([FORMAT, this.version, kind, inputs]));
  }

  private path(kind: string, key: string): string {
    return join(this.dir!, kind.replace(/[^\w-]/g, '_'), key.slice(0, 2), `${key}.bin`);
  }

  /** The stored bytes, or undefined (missing, or corrupt: then deleted). */
  private read(kind: string, key: string): Uint8Array | undefined {
    if (!this.dir) return undefined;
    const file = this.path(kind, key);
    if (!existsSync(file)) return undefined;
    const raw = readFileSync(file);
    const nl = raw.indexOf(10);
    const body = nl >= 0 ? raw.subarray(nl + 1) : undefined;
    let header: { format?: number; sha?: string; length?: number } = {};
    try {
      header = JSON.parse(raw.subarray(0, Math.max(0, nl)).toString('utf8'));
    } catch {
      /* corrupt header */
    }
    if (body && header.format === FORMAT && header.length === body.length && header.sha === sha256(body)) return body;
    rmSync(file, { force: true });
    this.stats.rebuilt++;
    return undefined;
  }

  private write(kind: string, key: string, body: Uint8Array): void {
    if (!this.dir) return;
    const file = this.path(kind, key);
    mkdirSync(join(file, '..'), { recursive: true });
    const header = Buffer.from(`${JSON.stringify({ format: FORMAT, sha: sha256(body), length: body.length })}\n`);
    // Written aside, then renamed: a build that stops half-way leaves no half-written entry.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, Buffer.concat([header, body]));
    renameSync(tmp, file);
  }

  /** What is kept for `(kind, inputs)`, from memory or disk (counted as a hit), with its key. */
  private found(kind: string, inputs: unknown): { key: string; value?: Uint8Array } {
    const key = this.key(kind, inputs);
    const value = this.memory.get(key) ?? (this.remember ? this.read(kind, key) : undefined);
    if (value) this.stats.hits++;
    return { key, value };
  }

  /** Keeps what `make` returned: on disk, and in memory when shared. */
  private kept(kind: string, key: string, value: Uint8Array, share: boolean, fresh: boolean): Uint8Array {
    if (!this.remember) return value;
    if (fresh) {
      this.stats.misses++;
      this.write(kind, key, value);
    }
    if (share) this.memory.set(key, value);
    return value;
  }

  /**
   * Bytes for `(kind, inputs)`: from memory, from disk, or from `make` (then stored). `share: false`
   * for what no other page asks for again (a story's own card): kept on disk, not in memory.
   */
  bytes(kind: string, inputs: unknown, make: () => Uint8Array, share = true): Uint8Array {
    const { key, value } = this.found(kind, inputs);
    return value ? this.kept(kind, key, value, share, false) : this.kept(kind, key, make(), share, true);
  }

  /** `bytes`, with a `make` that takes its time (drawn on another core). */
  async bytesAsync(kind: string, inputs: unknown, make: () => Promise<Uint8Array>, share = true): Promise<Uint8Array> {
    const { key, value } = this.found(kind, inputs);
    return value ? this.kept(kind, key, value, share, false) : this.kept(kind, key, await make(), share, true);
  }

  /** A JSON value for `(kind, inputs)`, like `bytes`. */
  json<T>(kind: string, inputs: unknown, make: () => T): T {
    return JSON.parse(Buffer.from(this.bytes(kind, inputs, () => Buffer.from(JSON.stringify(make())))).toString('utf8')) as T;
  }

  /** A string for `(kind, inputs)`, like `bytes`. */
  text(kind: string, inputs: unknown, make: () => string): string {
    return Buffer.from(this.bytes(kind, inputs, () => Buffer.from(make()))).toString('utf8');
  }
}

/** Where the build keeps its cache. */
export function cacheDir(root = process.cwd()): string | null {
  if (process.env.BUILD_CACHE === 'off') return null;
  return resolve(root, process.env.BUILD_CACHE_DIR ?? 'node_modules/.cache/site-build');
}

const GLOBAL = Symbol.for('pangyo.buildCache');

/**
 * The process's cache. Kept on globalThis: Astro loads the pages' modules apart from the config's,
 * and both must share one cache (and its statistics).
 */
export function buildCache(root = process.cwd()): BuildCache {
  const g = globalThis as unknown as Record<symbol, BuildCache | undefined>;
  g[GLOBAL] ??= isDevServer() ? new BuildCache(null, '', false) : new BuildCache(cacheDir(root), codeVersion(root));
  return g[GLOBAL]!;
}

/**
 * The file beside the cache that holds the hash of what Astro's Markdown cache was built from
 * (scripts/build.ts keeps node_modules/.astro only while it matches; the dev server removes it).
 */
export const ASTRO_MARKDOWN_MARKER = 'astro-markdown-inputs';
