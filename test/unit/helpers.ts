import { cpSync, mkdtempSync } from 'node:fs';
import type { StatusEvent } from '../../src/schemas/event.ts';
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

/**
 * A status event of the subject `talk` in October 2022: `at` is "15T15:30" (day, then KST time).
 * Its source id follows the id's length, so events with ids of different lengths cite different sources.
 */
export const statusEvent = (id: string, at: string, status: StatusEvent['status'], extra: Partial<StatusEvent> = {}): StatusEvent => ({
  id,
  at: `2022-10-${at}+09:00`,
  precision: 'exact',
  subject: 'talk',
  status,
  confidence: 'confirmed',
  alternatives: [],
  text: { ko: '-', en: '-' },
  sources: [`S0${id.length % 9}`],
  ...extra,
});
