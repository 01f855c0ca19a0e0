import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = new URL('../..', import.meta.url).pathname;
export const VALID = 'test/fixtures/valid';

/** A temporary project root holding a copy of the valid fixture content with `overlay` copied over it. */
export function fixtureRoot(overlay?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync(join(ROOT, VALID, 'content'), join(dir, 'content'), { recursive: true });
  if (overlay) cpSync(overlay, join(dir, 'content'), { recursive: true });
  return dir;
}
