import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/loadContent.ts';
import { formatPath, formatProblems } from '../../src/lib/problems.ts';
import { fixtureRoot } from './helpers.ts';

describe('loadContent(valid fixture)', () => {
  const { incidents, stories } = loadContent(fixtureRoot());
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
