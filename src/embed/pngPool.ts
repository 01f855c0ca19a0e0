/**
 * A small pool of worker threads that draw PNGs (pngWorker.mjs): the build draws a share card for
 * every story, and resvg is the biggest part of a cold build of a large archive. Opt-in with
 * `PNG_WORKERS=<n>` (astro.config.mjs then renders 4 pages at once): on the 1,000-story benchmark,
 * 2 workers on 2 cores took the cold build from 93 s to 80 s but its peak memory from 1.67 GB to
 * 1.98 GB, so the default draws in place. Workers hold the process open only while they have
 * work, so a build ends when its pages do.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';

export interface PngJob {
  svg: string;
  scale: number;
  fontFiles: string[];
  family: string;
}

interface Slot {
  worker: Worker;
  busy: number;
}

const POOL = Symbol.for('pangyo.pngPool');
type Pool = { slots: Slot[]; next: number; waiting: Map<number, { ok: (png: Uint8Array) => void; fail: (e: Error) => void }> };

function pool(): Pool | null {
  const g = globalThis as unknown as Record<symbol, Pool | null | undefined>;
  if (g[POOL] !== undefined) return g[POOL];
  const file = resolve(process.cwd(), 'src/embed/pngWorker.mjs');
  const wanted = Number(process.env.PNG_WORKERS);
  if (!(wanted > 0) || !existsSync(file)) return (g[POOL] = null);
  const count = Math.min(wanted, availableParallelism(), 8);
  const p: Pool = { slots: [], next: 1, waiting: new Map() };
  for (let i = 0; i < count; i++) {
    const worker = new Worker(file);
    const slot: Slot = { worker, busy: 0 };
    worker.unref();
    worker.on('message', (m: { id: number; png?: Uint8Array; error?: string }) => {
      const w = p.waiting.get(m.id);
      if (!w) return;
      p.waiting.delete(m.id);
      if (--slot.busy === 0) worker.unref();
      if (m.png) w.ok(new Uint8Array(m.png));
      else w.fail(new Error(`Drawing a PNG failed in a worker: ${m.error}`));
    });
    p.slots.push(slot);
  }
  return (g[POOL] = p);
}

/** Draws `job` in the least busy worker; `inPlace` where there are none. */
export function renderInPool(job: PngJob, inPlace: () => Uint8Array): Promise<Uint8Array> {
  const p = pool();
  if (!p) return Promise.resolve(inPlace());
  const slot = p.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
  const id = p.next++;
  if (slot.busy++ === 0) slot.worker.ref();
  return new Promise((ok, fail) => {
    p.waiting.set(id, { ok, fail });
    slot.worker.postMessage({ id, ...job });
  });
}
