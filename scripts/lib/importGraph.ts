/**
 * The import graph of src/ and scripts/, and the rules of its direction (README, "How the code
 * is laid out"): schemas ← lib ← charts ← components / embed / share / remark ← layouts ← pages.
 * test/unit/architecture.test.ts holds the code to them; the functions are pure so the test can
 * also show each rule failing on a made-up graph.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export interface ImportEdge {
  /** Paths relative to the project root, e.g. `src/lib/kst.ts`. */
  from: string;
  to: string;
  /** `import type …`: erased at runtime (still an arrow between layers). */
  typeOnly: boolean;
}

/** Rank of each layer under src/: a module may import its own layer and lower ranks only. */
export const LAYERS: Record<string, number> = {
  schemas: 0,
  lib: 1,
  charts: 2,
  components: 3,
  embed: 3,
  share: 3,
  remark: 3,
  site: 3,
  layouts: 4,
  pages: 5,
  'content.config.ts': 5,
};

/** Packages that only run at build time: browser code must not reach them at runtime. */
export const BUILD_ONLY = ['node:', 'zod', 'linkedom', '@observablehq/plot', 'gray-matter', 'yaml', 'remark', 'unified', 'subset-font', '@resvg/resvg-js'];

const SOURCE = /\.(ts|mjs|astro)$/;
const IMPORT = /(?:^|[\n;])\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/g;

function files(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && SOURCE.test(f.name) && !f.name.endsWith('.d.ts'))
    .map((f) => relative(root, join(f.parentPath, f.name)))
    .sort();
}

/** Every import of every module under `dirs`: relative ones resolved to files, packages by name. */
export function importGraph(root: string, dirs = ['src', 'scripts']): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const file of dirs.flatMap((d) => files(root, d))) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[3]!;
      const to = spec.startsWith('.') ? relative(root, resolve(root, dirname(file), spec)) : spec;
      edges.push({ from: file, to, typeOnly: Boolean(m[2]) });
    }
  }
  return edges;
}

/** `src/lib/kst.ts` → `lib`; a file outside src/ → undefined. */
export function layerOf(path: string): string | undefined {
  const parts = path.split('/');
  if (parts[0] !== 'src') return undefined;
  return parts[1] && parts[1] in LAYERS ? parts[1] : undefined;
}

/** Arrows that point the wrong way, each as "from → to (why)". */
export function directionViolations(edges: ImportEdge[]): string[] {
  const out: string[] = [];
  for (const e of edges) {
    if (!e.to.startsWith('src/') && !e.to.startsWith('scripts/')) continue;
    if (e.from.startsWith('scripts/')) {
      if (layerOf(e.to) === 'pages') out.push(`${e.from} → ${e.to} (scripts may use anything but pages)`);
      continue;
    }
    const a = layerOf(e.from);
    const b = layerOf(e.to);
    if (a === undefined || b === undefined || a === b) continue;
    if (LAYERS[b]! > LAYERS[a]!) out.push(`${e.from} → ${e.to} (${a} may not import ${b}: ${b} sits above it)`);
    else if (LAYERS[b] === LAYERS[a] && a === 'charts') out.push(`${e.from} → ${e.to} (charts import nothing from ${b})`);
  }
  return out;
}

/** Browser modules (`*.client.ts`) whose runtime imports reach a build-only package, with the path. */
export function clientViolations(edges: ImportEdge[]): string[] {
  const runtime = new Map<string, string[]>();
  for (const e of edges) if (!e.typeOnly) runtime.set(e.from, [...(runtime.get(e.from) ?? []), e.to]);
  const out: string[] = [];
  for (const start of runtime.keys()) {
    if (!/\.client\.ts$/.test(start)) continue;
    const seen = new Set([start]);
    const queue: string[][] = [[start]];
    while (queue.length) {
      const path = queue.shift()!;
      for (const to of runtime.get(path.at(-1)!) ?? []) {
        if (BUILD_ONLY.some((p) => to === p || to.startsWith(p.endsWith(':') ? p : `${p}/`))) {
          out.push(`${[...path, to].join(' → ')} (browser code reaches a build-only package)`);
        } else if (!seen.has(to) && runtime.has(to)) {
          seen.add(to);
          queue.push([...path, to]);
        }
      }
    }
  }
  return out;
}

/** Import cycles among modules (runtime and type imports alike), each as the modules that import one another in a ring. */
export function cycles(edges: ImportEdge[]): string[] {
  const next = new Map<string, string[]>();
  for (const e of edges) if (e.to.startsWith('src/') || e.to.startsWith('scripts/')) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  // Tarjan's strongly connected components; each component of two or more modules is one cycle.
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of next.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) out.push(`a cycle among ${component.sort().join(', ')}`);
    }
  };
  for (const v of [...next.keys()].sort()) if (!idx.has(v)) visit(v);
  return out;
}
