/** Serves the built site (astro preview) for a script that drives a browser, and waits until it answers. */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export async function startPreview(port: number): Promise<{ base: string; stop: () => void }> {
  const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(port)], { cwd: ROOT, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  // Up to 30 s: on two busy cores the server's content check can take a while to start.
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(base)).ok) return { base, stop: () => server.kill() };
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error(`astro preview did not answer on ${base} within 30 s (is dist/ built? npm run build)`);
}
