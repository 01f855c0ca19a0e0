/**
 * The build's cache (src/lib/buildCache.ts): the same inputs give a hit; a changed datum, option,
 * language or code version gives a miss; a corrupt entry is rebuilt, not served.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BuildCache, folderHash } from '../../src/lib/buildCache.ts';

const dirs: string[] = [];
const scratch = () => {
  const d = mkdtempSync(join(tmpdir(), 'cache-test-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Every entry file under a cache folder. */
const entries = (dir: string): string[] => {
  const out: string[] = [];
  const walk = (d: string) => readdirSync(d).forEach((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : out.push(join(d, n))));
  walk(dir);
  return out;
};

describe('BuildCache', () => {
  it('computes once for the same inputs, across builds (a new process is a new cache object on the same folder)', () => {
    const dir = scratch();
    let made = 0;
    const make = () => `drawn ${++made}`;
    const inputs = { chart: 'timeline', options: { org: 'kakao' }, lang: 'ko', incident: 'pangyo-2022:abc' };
    expect(new BuildCache(dir, 'v1').text('chart', inputs, make)).toBe('drawn 1');
    const next = new BuildCache(dir, 'v1');
    expect(next.text('chart', inputs, make)).toBe('drawn 1');
    expect(next.text('chart', { ...inputs }, make)).toBe('drawn 1');
    expect(made).toBe(1);
    expect(next.stats).toEqual({ hits: 2, misses: 0, rebuilt: 0 });
  });

  it('misses when a datum, an option, the language or the code version changes', () => {
    const dir = scratch();
    const base = { chart: 'timeline', options: { org: 'kakao' }, lang: 'ko', incident: 'pangyo-2022:abc' };
    let made = 0;
    const make = () => String(++made);
    new BuildCache(dir, 'v1').text('chart', base, make);
    const again = (version: string, inputs: unknown) => new BuildCache(dir, version).text('chart', inputs, make);
    expect(again('v1', { ...base, incident: 'pangyo-2022:abd' })).toBe('2');
    expect(again('v1', { ...base, options: { org: 'naver' } })).toBe('3');
    expect(again('v1', { ...base, lang: 'en' })).toBe('4');
    expect(again('v2', base)).toBe('5');
    expect(again('v1', base)).toBe('1');
  });

  it('rebuilds a corrupt or truncated entry instead of serving it', () => {
    const dir = scratch();
    new BuildCache(dir, 'v1').bytes('card', { t: 1 }, () => Buffer.from('the real picture'));
    const [file] = entries(dir);
    const raw = readFileSync(file!);
    // One byte of the body changed: same length, wrong hash.
    writeFileSync(file!, Buffer.concat([raw.subarray(0, raw.length - 1), Buffer.from('X')]));
    const c = new BuildCache(dir, 'v1');
    expect(Buffer.from(c.bytes('card', { t: 1 }, () => Buffer.from('drawn again'))).toString()).toBe('drawn again');
    expect(c.stats.rebuilt).toBe(1);
    // Truncated to half, and a header that is not JSON: rebuilt too.
    writeFileSync(file!, raw.subarray(0, raw.length / 2));
    expect(Buffer.from(new BuildCache(dir, 'v1').bytes('card', { t: 1 }, () => Buffer.from('third'))).toString()).toBe('third');
    writeFileSync(file!, 'not a header\nthe real picture');
    expect(Buffer.from(new BuildCache(dir, 'v1').bytes('card', { t: 1 }, () => Buffer.from('fourth'))).toString()).toBe('fourth');
    // And what was rebuilt is served afterwards.
    expect(Buffer.from(new BuildCache(dir, 'v1').bytes('card', { t: 1 }, () => Buffer.from('fifth'))).toString()).toBe('fourth');
  });

  it('keeps a value nobody else asks for (share: false) on disk only, not in memory', () => {
    const dir = scratch();
    const c = new BuildCache(dir, 'v1');
    let made = 0;
    const make = () => Buffer.from(`card ${++made}`);
    c.bytes('story-card', { slug: 'a' }, make, false);
    c.bytes('shared', { chart: 'x' }, make);
    // With the files gone, only the shared value is still served (from memory).
    entries(dir).forEach((f) => rmSync(f));
    expect(Buffer.from(c.bytes('story-card', { slug: 'a' }, make, false)).toString()).toBe('card 3');
    expect(Buffer.from(c.bytes('shared', { chart: 'x' }, make)).toString()).toBe('card 2');
  });

  it('without a folder, keeps nothing on disk; without memory, computes every time', () => {
    let made = 0;
    const c = new BuildCache(null, 'v1');
    c.text('x', 1, () => String(++made));
    c.text('x', 1, () => String(++made));
    expect(made).toBe(1);
    const dev = new BuildCache(null, 'v1', false);
    dev.text('x', 1, () => String(++made));
    dev.text('x', 1, () => String(++made));
    expect(made).toBe(3);
  });
});

describe('folderHash', () => {
  it('changes with a file\'s bytes or name, not with when it was written', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'events.yaml'), 'a: 1\n');
    const h = folderHash(dir);
    writeFileSync(join(dir, 'events.yaml'), 'a: 1\n');
    expect(folderHash(dir)).toBe(h);
    writeFileSync(join(dir, 'events.yaml'), 'a: 2\n');
    expect(folderHash(dir)).not.toBe(h);
    rmSync(join(dir, 'events.yaml'));
    writeFileSync(join(dir, 'event.yaml'), 'a: 1\n');
    expect(folderHash(dir)).not.toBe(h);
  });
});
