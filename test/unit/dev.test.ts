/**
 * `npm run dev` with a broken story: the terminal shows the same message as the build, the server
 * keeps running, and saving a fixed file runs the check again.
 */
import { spawn } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureRoot, ROOT, VALID } from './helpers.ts';

describe('astro dev', { timeout: 120_000 }, () => {
  it('prints content problems with file, line and field, and checks again on save', async () => {
    const root = fixtureRoot(join(ROOT, 'test/fixtures/invalid/story-script'));
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', '4359', '--host', '127.0.0.1'], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: join(root, 'content'), ASTRO_TELEMETRY_DISABLED: '1' },
      detached: true,
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const until = async (text: string, from = 0) => {
      for (let i = 0; i < 600 && !output.slice(from).includes(text); i++) await new Promise((r) => setTimeout(r, 100));
      return output.slice(from).includes(text);
    };
    try {
      expect(await until('the check runs again when you save'), output).toBe(true);
      expect(output).toContain('content/stories/mini-story.md:18  body');
      expect(output).toContain('expected: Markdown without raw HTML');
      expect(await until('watching for file changes'), output).toBe(true);
      const mark = output.length;
      copyFileSync(join(ROOT, VALID, 'content/stories/mini-story.md'), join(root, 'content/stories/mini-story.md'));
      expect(await until('content OK: 1 incident(s), 1 stories', mark), output.slice(mark)).toBe(true);
    } finally {
      process.kill(-child.pid!, 'SIGTERM');
    }
  });
});
