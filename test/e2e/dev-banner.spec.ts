/**
 * `npm run dev` with a content mistake: every page shows the problem (file, line, field, the fix)
 * in a banner, and the banner goes once the file is fixed and saved.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const ROOT = new URL('../..', import.meta.url).pathname;
const PORT = 4361;
const STORY = 'content/stories/mini-story.md';

test.describe('astro dev banner', () => {
  test.describe.configure({ mode: 'serial', timeout: 180_000 });
  let child: ChildProcess;
  let root: string;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    // The valid fixture with a misspelled citation (S011 for S01) on line 18 of the story.
    root = mkdtempSync(join(tmpdir(), 'dev-'));
    cpSync(join(ROOT, 'test/fixtures/valid/content'), join(root, 'content'), { recursive: true });
    cpSync(join(ROOT, 'test/fixtures/invalid/story-misspelled-source'), join(root, 'content'), { recursive: true });
    child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(PORT), '--host', '127.0.0.1'], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: join(root, 'content'), ASTRO_TELEMETRY_DISABLED: '1' },
      detached: true,
    });
    let output = '';
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    for (let i = 0; i < 600; i++) {
      if (await fetch(`http://127.0.0.1:${PORT}/`).then((r) => r.ok, () => false)) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`astro dev did not answer:\n${output}`);
  });

  test.afterAll(() => {
    if (child?.pid) process.kill(-child.pid, 'SIGTERM');
  });

  test('shows the problem on the page and clears it when the file is fixed', async ({ page }) => {
    await page.goto(`http://127.0.0.1:${PORT}/stories/mini-story/`);
    const banner = page.locator('[data-dev-content-problems]');
    await expect(banner).toBeVisible();
    await expect(banner).toHaveAttribute('role', 'alert');
    await expect(banner).toContainText(`${STORY}:18  body.cite`);
    await expect(banner).toContainText('"S011", which is not defined');
    await expect(banner).toContainText('did you mean "S01"?');
    await expect(banner).toContainText('The preview keeps running');
    await expect(banner).not.toContainText('Nothing was built');

    // Saving the fixed file runs the check again and reloads the open page without the banner.
    copyFileSync(join(ROOT, 'test/fixtures/valid', STORY), join(root, STORY));
    await expect(banner).toHaveCount(0, { timeout: 60_000 });
    await expect(page.locator('h1')).toContainText('작은 시험 기사');
  });
});
