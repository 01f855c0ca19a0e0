import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSiteContent } from '../../src/site/load.ts';
import { ContentError, formatPath, formatProblems } from '../../src/lib/problems.ts';
import { fixtureRoot } from './helpers.ts';

describe('loadSiteContent(valid fixture)', () => {
  const { incidents, stories } = loadSiteContent(fixtureRoot());
  const mini = incidents.get('mini-2022')!;

  it('loads every file of the incident folder with schema defaults applied', () => {
    expect([mini.services.length, mini.components.length, mini.dependencies.length, mini.events.length, mini.sources.length]).toEqual([5, 3, 4, 13, 3]);
    expect(mini.services.every((s) => s.tracked)).toBe(true);
    expect(mini.figures[0]).toMatchObject({ value: 32000, approx: true });
  });

  it('reads stories with their slug, defaults and citation order', () => {
    expect(stories).toHaveLength(1);
    expect(stories[0]).toMatchObject({ slug: 'mini-story', citations: ['S01', 'S02'] });
    expect(stories[0]!.data).toMatchObject({ lang: 'ko', lead: true });
    expect(stories[0]!.data.corrections).toHaveLength(1);
  });
});

describe('problem formatting', () => {
  it('formatPath writes list indexes in brackets and fields with dots', () => {
    expect(formatPath([14, 'alternatives', 0, 'at'])).toBe('[14].alternatives[0].at');
    expect(formatPath([])).toBe('(whole file)');
  });

  it('formatProblems sorts by file and line and counts problems and files', () => {
    const text = formatProblems([
      { file: 'b.yaml', line: 3, path: ['x'], expected: 'e', found: 'f' },
      { file: 'a.yaml', line: 9, path: [0], expected: 'e', found: 'f' },
    ]);
    expect(text.split('\n')[0]).toBe('Content check failed: 2 problems in 2 files. Nothing was built.');
    expect(text.indexOf('a.yaml:9')).toBeLessThan(text.indexOf('b.yaml:3'));
  });
});

describe('open spans', () => {
  /** The valid fixture with its events file edited by `edit`; returns the check's message, or '' when it passes. */
  const check = (edit: (events: string) => string): string => {
    const root = fixtureRoot();
    const file = join(root, 'content/incidents/mini-2022/events.yaml');
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
    try {
      loadSiteContent(root);
      return '';
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      return e.message;
    }
  };
  const declaration = '  open:\n    note: {ko: 복구 시각을 찾지 못함., en: No restoration time found.}\n    sources: [S03]\n';

  it('refuses a declaration on a restore', () => {
    const message = check((t) => t.replace('  text: {ko: 은행 복구., en: Bank back.}\n  sources: [S02]\n', `  text: {ko: 은행 복구., en: Bank back.}\n  sources: [S02]\n${declaration}`));
    expect(message).toContain('[6].open  (entry "bank-restored")');
    expect(message).toContain('expected: `open` only on an event that leaves a status in force');
  });

  it('refuses a declaration on an event that a later one follows, and the undeclared end it leaves', () => {
    const later = '- id: naver-search-partial\n  at: "2022-10-16T09:00+09:00"\n  precision: as-of\n  subject: naver-search\n  status: partially-restored\n  confidence: single\n  text: {ko: 일부 복구., en: Partly back.}\n  sources: [S03]\n';
    const message = check((t) => t + later);
    expect(message).toContain('(entry "naver-search-degraded")');
    expect(message).toContain('expected: `open` only on the last event of "naver-search"');
    expect(message).toContain('found:    open at 2022-10-15T16:00+09:00, but event "naver-search-partial" follows at 2022-10-16T09:00+09:00');
    expect(message).toContain('(entry "naver-search-partial")');
    expect(message).toContain('found:    "partially-restored" from 2022-10-16T09:00+09:00 with no later event');
  });

  it('accepts the valid fixture, whose one open span is declared', () => {
    expect(check((t) => t)).toBe('');
  });
});

describe('checking again after a save (the dev server, and the build sharing one read)', async () => {
  const { checkSiteContent } = await import('../../src/site/load.ts');
  it('reads again only what changed: the same incident object while its files are unchanged, the saved story anew', () => {
    const root = fixtureRoot();
    const story = join(root, 'content/stories/mini-story.md');
    const first = checkSiteContent(root);
    const again = checkSiteContent(root);
    expect(again.incidents.get('mini-2022')).toBe(first.incidents.get('mini-2022'));
    expect(again.stories[0]).toBe(first.stories[0]);
    writeFileSync(story, readFileSync(story, 'utf8').replace('title: "작은 시험 기사"', 'title: "고친 시험 기사"'));
    const saved = checkSiteContent(root);
    expect(saved.stories[0]!.data.title).toBe('고친 시험 기사');
    expect(saved.incidents.get('mini-2022')).toBe(first.incidents.get('mini-2022'));
    // A story made invalid is reported, then passes again once fixed.
    writeFileSync(story, readFileSync(story, 'utf8').replace('published: "2026-11-26T09:00+09:00"', 'published: "2026-11-26T09:00"'));
    expect(checkSiteContent(root).problems.map((p) => p.path.join('.'))).toContain('published');
    writeFileSync(story, readFileSync(story, 'utf8').replace('published: "2026-11-26T09:00"', 'published: "2026-11-26T09:00+09:00"'));
    expect(checkSiteContent(root).problems).toEqual([]);
  });

  it('reads an incident again when one of its files changes, and checks its stories against the new data', () => {
    const root = fixtureRoot();
    const first = checkSiteContent(root);
    const sources = join(root, 'content/incidents/mini-2022/sources.yaml');
    // The story cites S01 and S02; S02 disappears from the sources.
    const text = readFileSync(sources, 'utf8');
    const s02 = text.indexOf('- id: S02');
    const next = text.indexOf('- id:', s02 + 1);
    writeFileSync(sources, text.slice(0, s02) + (next > 0 ? text.slice(next) : ''));
    const after = checkSiteContent(root);
    expect(after.incidents.get('mini-2022') ?? null).not.toBe(first.incidents.get('mini-2022'));
    expect(after.problems.some((p) => p.file.endsWith('mini-story.md') || p.file.endsWith('.yaml'))).toBe(true);
  });
});

describe('stories that passed in an earlier build', async () => {
  const { checkStories } = await import('../../src/lib/loadStories.ts');
  const { CHARTS } = await import('../../src/charts/registry.ts');
  it('are taken from the store unchecked while their text is the same; only passes are stored', () => {
    const root = fixtureRoot();
    const { incidents } = loadSiteContent(root);
    const stored = new Map<string, unknown>();
    const passed = {
      get: (file: string, text: string) => stored.get(`${file}\n${text}`) as never,
      set: (file: string, text: string, story: unknown) => void stored.set(`${file}\n${text}`, story),
    };
    const memo = () => ({ results: new Map(), against: 'a', passed });
    const first = checkStories(root, incidents, 'content', { charts: CHARTS }, memo());
    expect(first.problems).toEqual([]);
    expect(stored.size).toBe(1);
    // A stored pass is served as it was stored (the check is not run again)…
    const [key] = [...stored.keys()];
    stored.set(key!, { ...(stored.get(key!) as object), slug: 'from-the-store' });
    expect(checkStories(root, incidents, 'content', { charts: CHARTS }, memo()).stories[0]!.slug).toBe('from-the-store');
    // …and a changed text is checked; with a problem it is reported and not stored.
    const file = join(root, 'content/stories/mini-story.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('published: "2026-11-26T09:00+09:00"', 'published: "2026-11-26T09:00"'));
    const broken = checkStories(root, incidents, 'content', { charts: CHARTS }, memo());
    expect(broken.problems.map((p) => p.path.join('.'))).toContain('published');
    expect(stored.size).toBe(1);
  });
});
