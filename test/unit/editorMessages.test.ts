/**
 * Messages as an editor meets them: one mistake gives one problem, a near miss gets the nearest
 * valid choice, and a correction cannot be dated after the check.
 */
import { CHARTS } from '../../src/charts/registry.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../src/site/load.ts';
import { checkStory } from '../../src/lib/loadStories.ts';
import { formatProblems } from '../../src/lib/problems.ts';
import { nearest } from '../../src/lib/suggest.ts';
import { nextSourceId } from '../../src/lib/crossCheck.ts';
import { fixtureRoot, ROOT, VALID } from './helpers.ts';

const { incidents } = loadSiteContent(fixtureRoot());
const story = readFileSync(join(ROOT, VALID, 'content/stories/mini-story.md'), 'utf8');
const check = (text: string, now?: number) => checkStory(text, 'content/stories/mini-story.md', incidents, { charts: CHARTS, now }).problems;

describe('one mistake, one message', () => {
  it('the valid fixture story passes', () => {
    expect(check(story)).toEqual([]);
  });

  for (const [field, from, to] of [
    ['published', 'published: "2026-11-26T09:00+09:00"', 'published: "2026-11-26T09:00"'],
    ['corrections[0].date', 'date: "2026-11-26T12:00+09:00"', 'date: "2026-11-26T12:00"'],
  ] as const) {
    it(`a ${field} without +09:00 is one problem: the missing offset`, () => {
      const problems = check(story.replace(from, to));
      expect(problems).toHaveLength(1);
      expect(formatProblems(problems)).toContain(`${field}\n  expected: a time with an explicit KST offset, e.g. "2022-10-15T15:30+09:00"`);
    });
  }

  it('a date that does not exist, with its offset, is one problem: the calendar', () => {
    const problems = check(story.replace('"2026-11-26T09:00+09:00"', '"2026-11-31T09:00+09:00"'));
    expect(problems.map((p) => p.expected)).toEqual(['a real calendar date and time (check the day of the month and the hour)']);
  });
});

describe('a second lead story', () => {
  it('is named at the line of its lead field', () => {
    const root = fixtureRoot();
    writeFileSync(join(root, 'content/stories/second.md'), story.replace('title: "작은 시험 기사"', 'title: "두 번째 기사"'));
    expect(() => loadSiteContent(root)).toThrow(/content\/stories\/second\.md:8 {2}lead\n {2}expected: one lead story only \(content\/stories\/mini-story\.md is already the lead; set lead: false here\)/);
  });
});

describe('corrections are dated when published', () => {
  const at = Date.parse('2026-11-26T12:00+09:00');
  it('accepts a correction dated at the time of the check and refuses one a minute later', () => {
    expect(check(story, at)).toEqual([]);
    const problems = check(story, at - 60_000);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 10, path: ['corrections', 0, 'date'], expected: 'a time no later than now (2026-11-26T11:59+09:00): a correction is dated when it is published' });
  });
});

describe('did you mean', () => {
  const sources = Array.from({ length: 150 }, (_, i) => `S${String(i + 1).padStart(2, '0')}`);
  it('offers the nearest valid id for a typo', () => {
    expect(nearest('S720', sources)).toBe('S72');
    expect(nearest('kakao-mial', ['kakao-mail', 'kakao-map'])).toBe('kakao-mail');
    expect(nearest('Timeline', ['timeline', 'replay'])).toBe('timeline');
    // Two digits typed the other way round beat a dropped one.
    expect(nearest('S165', [...sources, 'S156'])).toBe('S156');
  });

  it('names the next free source id when one is taken', () => {
    expect(nextSourceId(['SEED', 'S01', 'S155', 'S09'])).toBe('S156');
    expect(nextSourceId(['SEED'])).toBe('S01');
  });

  it('offers nothing when no choice is close, or the value is already valid', () => {
    expect(nearest('daum', ['kakao', 'naver'])).toBeUndefined();
    expect(nearest('S01', sources)).toBeUndefined();
    expect(nearest('', sources)).toBeUndefined();
  });

  it('prints the suggestion under the problem', () => {
    const problems = check(story.replace(':cite[S01]\n', ':cite[S011]\n'));
    expect(formatProblems(problems)).toContain('found:    "S011", which is not defined\n  did you mean "S01"?');
  });
});
