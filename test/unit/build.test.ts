/**
 * The real build, run on fixture content: a broken file stops it with the editor-facing message
 * and leaves no site behind; a valid one renders what the templates promise.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER } from '../../src/lib/newStory.ts';
import { fixtureRoot, ROOT } from './helpers.ts';

/** A content mistake ends the build with the editor's message, never with Astro's crash report. */
function expectNoCrash(output: string) {
  expect(output).not.toMatch(/^\s+at .+[:(]\d+/m);
  expect(output).not.toContain('An unhandled error occurred');
}

function build(contentRoot: string, env: NodeJS.ProcessEnv = {}) {
  const outDir = join(mkdtempSync(join(tmpdir(), 'out-')), 'dist');
  const run = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: join(contentRoot, 'content'), OUT_DIR: outDir, ...env },
  });
  return { ...run, outDir, output: run.stdout + run.stderr };
}

/** Every file under `dir` with its bytes, keyed by relative path. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (f.isFile()) out.set(join(f.parentPath, f.name).slice(dir.length), readFileSync(join(f.parentPath, f.name), 'base64'));
  }
  return out;
}

describe('npm run build', { timeout: 120_000 }, () => {
  it('stops with the file, line and field of a bad row and writes no site', () => {
    const { status, output, outDir } = build(fixtureRoot(join(ROOT, 'test/fixtures/invalid/date-without-offset')));
    expect(status).not.toBe(0);
    expect(output).toContain('incidents/mini-2022/events.yaml:10  [1].at  (entry "talk-down")');
    expect(output).toContain('expected: a time with an explicit KST offset');
    expect(existsSync(outDir)).toBe(false);
    expectNoCrash(output);
  });

  it('ends a bare `astro build` on bad content with the message alone, not a stack trace', () => {
    const root = fixtureRoot(join(ROOT, 'test/fixtures/invalid/date-without-offset'));
    const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: join(root, 'content'), OUT_DIR: join(mkdtempSync(join(tmpdir(), 'out-')), 'dist'), ASTRO_TELEMETRY_DISABLED: '1' },
    });
    const output = run.stdout + run.stderr;
    expect(run.status).not.toBe(0);
    expect(output).toContain('expected: a time with an explicit KST offset');
    expectNoCrash(output);
  });

  // Raw HTML is refused, not sanitised: a <script> or an onerror= in a story never reaches a page.
  for (const [fixture, html] of [['story-raw-html', 'onerror='], ['story-script', '<script>alert(1)']]) {
    it(`stops on a story with raw HTML (${html}) and writes no page`, () => {
      const { status, output, outDir } = build(fixtureRoot(join(ROOT, `test/fixtures/invalid/${fixture}`)));
      expect(status).not.toBe(0);
      expect(output).toContain('stories/mini-story.md:18  body');
      expect(output).toContain('expected: Markdown without raw HTML');
      expect(existsSync(outDir)).toBe(false);
    });
  }

  it('renders a valid fixture: corrections note, KST byline, numbered citations and data files', () => {
    const { status, output, outDir } = build(fixtureRoot());
    expect(status, output).toBe(0);
    const story = readFileSync(join(outDir, 'stories/mini-story/index.html'), 'utf8');
    expect(story).toMatch(/<aside class="corrections"[^>]*>.*정정.*2026년 11월 26일\(목\) 12:00<\/time>: 시각을 바로잡았습니다\./s);
    expect(story).toContain('<time datetime="2026-11-26T09:00+09:00">2026년 11월 26일(목) 09:00</time>');
    expect(story).toMatch(/<sup class="cite" data-pagefind-ignore=""><a href="#source-S01" aria-label="출처 1">1<\/a>,<a href="#source-S02" aria-label="출처 2">2<\/a><\/sup>/);
    const outages = JSON.parse(readFileSync(join(outDir, 'data/mini-2022/outages.json'), 'utf8'));
    expect(outages.find((o: { service: string }) => o.service === 'naver-search')).toMatchObject({ status: 'degraded', end: null });
    expect(readFileSync(join(outDir, 'data/mini-2022/services.csv'), 'utf8').split('\r\n')[0]).toBe(
      'id,organization,group,name_ko,name_en,category,parent,tracked,sources',
    );
  });

  it('refuses a story left as new:story wrote it, then builds it once the placeholders are replaced', () => {
    const root = fixtureRoot();
    const made = spawnSync(process.execPath, [join(ROOT, 'scripts/new-story.ts'), '--title', '새로 쓴 시험 기사', '--slug', 'scaffolded'], { cwd: root, encoding: 'utf8' });
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toContain('content/stories/scaffolded.md');
    expect(made.stdout).toContain('/stories/scaffolded/');
    expect(made.stdout).toContain('Replace the placeholders on lines 3, 13, 15, 17');
    const refused = build(root);
    expect(refused.status).not.toBe(0);
    expect(refused.output).toMatch(/scaffolded\.md:3  dek\n  expected: your own text in place of the placeholder/);
    expect(refused.output).toContain('found:    the placeholder :cite[S??] that npm run new:story wrote');
    expectNoCrash(refused.output);
    // What an editor does next: write the dek and the text, cite a real source.
    const file = join(root, 'content/stories/scaffolded.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace(PLACEHOLDER.dek, '시험 기사의 요약입니다.')
        .replace(PLACEHOLDER.paragraph, '카카오톡이 멈췄다.')
        .replace(`:cite[${PLACEHOLDER.source}]`, ':cite[S01]')
        .replace(PLACEHOLDER.heading, '멈춘 서비스')
        .replace(PLACEHOLDER.chartNote, '서비스별로 본 첫 12시간.'),
    );
    const { status, output, outDir } = build(root);
    expect(status, output).toBe(0);
    expect(output).not.toMatch(/\[WARN\]|warning/i);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('href="/stories/scaffolded/"');
    expect(readFileSync(join(outDir, 'stories/scaffolded/index.html'), 'utf8')).toContain('새로 쓴 시험 기사');
    expect(readFileSync(join(outDir, 'feed.xml'), 'utf8')).toMatch(/<id>https?:\/\/[^<]+\/stories\/scaffolded\/<\/id>/);
  });

  it('is deterministic: the same content builds to the same bytes, its share cards drawn in worker threads or not', () => {
    const root = fixtureRoot();
    const a = build(root);
    // Nothing from the cache: every card drawn again, by the worker pool (src/embed/pngPool.ts).
    const b = build(root, { BUILD_CACHE: 'off', PNG_WORKERS: '2' });
    expect([a.status, b.status]).toEqual([0, 0]);
    const sa = snapshot(a.outDir);
    const sb = snapshot(b.outDir);
    expect([...sa.keys()].sort()).toEqual([...sb.keys()].sort());
    const differing = [...sa].filter(([k, v]) => sb.get(k) !== v).map(([k]) => k);
    expect(differing).toEqual([]);
  });

  it('keeps the home page, the archive pages and the feed the same size however many stories there are', () => {
    const root = fixtureRoot();
    // 56 short stories besides the fixture's own, one a day, the newest last.
    for (let i = 1; i <= 56; i++) {
      const day = new Date(Date.UTC(2026, 8, 1 + i)).toISOString().slice(0, 10);
      writeFileSync(
        join(root, `content/stories/extra-${String(i).padStart(2, '0')}.md`),
        `---\ntitle: "추가 기사 ${i}"\ndek: "목록 시험용 기사 ${i}입니다."\npublished: "${day}T09:00+09:00"\nauthors: ["시험 기자"]\nincident: mini-2022\n---\n\n카카오톡이 멈췄다.:cite[S01]\n`,
      );
    }
    const { status, output, outDir } = build(root);
    expect(status, output).toBe(0);
    const html = (p: string) => readFileSync(join(outDir, p), 'utf8');
    const cards = (p: string) => [...html(p).matchAll(/<article class="card[^"]*"[^>]*>\s*<h[23][^>]*><a href="\/stories\/([^/]+)\/"/g)].map((m) => m[1]);
    // The home page: the lead and the latest six, then a link to the archive.
    expect(cards('index.html')).toEqual(['mini-story', 'extra-56', 'extra-55', 'extra-54', 'extra-53', 'extra-52', 'extra-51']);
    expect(html('index.html')).toContain('<a href="/stories/" data-astro-cid');
    // The archive: 57 stories, 20 a page, newest first, every story once.
    const pages = ['stories/index.html', 'stories/page/2/index.html', 'stories/page/3/index.html'].map(cards);
    expect(pages.map((p) => p.length)).toEqual([20, 20, 17]);
    expect(pages[0]!.slice(0, 2)).toEqual(['mini-story', 'extra-56']);
    expect(new Set(pages.flat()).size).toBe(57);
    expect(existsSync(join(outDir, 'stories/page/4/index.html'))).toBe(false);
    expect(html('stories/page/2/index.html')).toMatch(/<a href="\/stories\/" rel="prev"/);
    expect(html('stories/page/2/index.html')).toMatch(/<a href="\/stories\/page\/3\/" rel="next"/);
    // The feed: the latest 50 entries, newest first.
    const entries = [...html('feed.xml').matchAll(/<entry>\s*<id>([^<]+)<\/id>/g)].map((m) => m[1]!);
    expect(entries).toHaveLength(50);
    expect(entries.some((e) => e.endsWith('/stories/extra-01/'))).toBe(false);
  });

  it('builds the same bytes with its cache cold, warm, and deleted in between', () => {
    const root = fixtureRoot();
    const BUILD_CACHE_DIR = mkdtempSync(join(tmpdir(), 'cache-'));
    const cold = build(root, { BUILD_CACHE_DIR });
    const entries = readdirSync(BUILD_CACHE_DIR, { recursive: true }).length;
    const warm = build(root, { BUILD_CACHE_DIR });
    rmSync(BUILD_CACHE_DIR, { recursive: true, force: true });
    const deleted = build(root, { BUILD_CACHE_DIR });
    expect([cold.status, warm.status, deleted.status]).toEqual([0, 0, 0]);
    // The cold build filled the cache (charts, cards, pictures); the warm one found Astro's Markdown cache valid.
    expect(entries).toBeGreaterThan(5);
    expect(warm.output).toContain('code and data unchanged since the last build');
    expect(deleted.output).not.toContain('code and data unchanged since the last build');
    const [a, b, c] = [cold, warm, deleted].map((r) => snapshot(r.outDir));
    for (const other of [b!, c!]) {
      expect([...other.keys()].sort()).toEqual([...a!.keys()].sort());
      expect([...a!].filter(([k, v]) => other.get(k) !== v).map(([k]) => k)).toEqual([]);
    }
  });
});
