/**
 * Golden-file comparison for chart SVG: pretty-printed one element per line, long decimals rounded.
 * A mismatch writes `<name>-changed.svg` next to the golden file for review and fails;
 * `UPDATE_GOLDEN=1 npm run test:unit` rewrites the golden files.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

const DIR = new URL('./golden/', import.meta.url).pathname;

export function normalise(svg: string): string {
  return `${svg
    .replace(/(\d+\.\d{2})\d+/g, '$1')
    .replace(/></g, '>\n<')
    .trim()}\n`;
}

export function expectGolden(name: string, svg: string): void {
  const file = join(DIR, `${name}.svg`);
  const changed = join(DIR, `${name}-changed.svg`);
  const actual = normalise(svg);
  if (!existsSync(file) && process.env.CI) throw new Error(`Missing golden file ${name}.svg: run the tests locally and commit it.`);
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
    writeFileSync(file, actual);
    rmSync(changed, { force: true });
    return;
  }
  const expected = readFileSync(file, 'utf8');
  if (actual !== expected) writeFileSync(changed, actual);
  else rmSync(changed, { force: true });
  expect(actual, `${name}.svg changed; review ${name}-changed.svg, then UPDATE_GOLDEN=1`).toBe(expected);
}
