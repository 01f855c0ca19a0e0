/**
 * Compares two built sites, e.g. dist/ before and after a change: `npm run compare:dist -- dist-before dist` (a copy of dist/ kept from the earlier build).
 * Cache-busting names (`timeline.client.C3UqaFZK.js`) are normalised in paths and in file contents,
 * so only real differences are listed: files only in one, and files whose bytes differ (with the first
 * differing line). Exits 1 when there is any difference.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const [a, b] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: npm run compare:dist -- <before> <after>');
  process.exit(2);
}

const HASHED = /([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*)\.[A-Za-z0-9_-]{8}\.(js|css|woff2|png|svg)\b/g;
const normalise = (s: string) => s.replace(HASHED, '$1.[hash].$2');

function files(root: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!f.isFile()) continue;
    const abs = join(f.parentPath, f.name);
    out.set(normalise(relative(root, abs)), abs);
  }
  return out;
}

const before = files(a);
const after = files(b);
const onlyBefore = [...before.keys()].filter((k) => !after.has(k)).sort();
const onlyAfter = [...after.keys()].filter((k) => !before.has(k)).sort();
const changed: string[] = [];
for (const [k, abs] of [...before].sort()) {
  const other = after.get(k);
  if (!other) continue;
  const x = readFileSync(abs);
  const y = readFileSync(other);
  if (x.equals(y)) continue;
  const tx = normalise(x.toString('utf8'));
  const ty = normalise(y.toString('utf8'));
  if (tx === ty) continue;
  const lx = tx.split('\n');
  const ly = ty.split('\n');
  const i = lx.findIndex((l, n) => l !== ly[n]);
  const at = i < 0 ? lx.length : i;
  const col = [...(lx[at] ?? '')].findIndex((c, n) => c !== [...(ly[at] ?? '')][n]);
  const from = Math.max(0, col - 40);
  changed.push(`${k}\n    line ${at + 1}, col ${col + 1}\n    - ${(lx[at] ?? '').slice(from, from + 160)}\n    + ${(ly[at] ?? '').slice(from, from + 160)}`);
}
for (const k of onlyBefore) console.log(`only in ${a}: ${k}`);
for (const k of onlyAfter) console.log(`only in ${b}: ${k}`);
for (const c of changed) console.log(`differs: ${c}`);
console.log(`\n${before.size} files before, ${after.size} after: ${onlyBefore.length} removed, ${onlyAfter.length} added, ${changed.length} changed.`);
process.exit(onlyBefore.length + onlyAfter.length + changed.length ? 1 : 0);
