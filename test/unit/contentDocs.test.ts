import { appendFileSync, cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { CHARTS } from '../../src/charts/registry.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDocs, withReadmeDocs } from '../../src/lib/contentDocs.ts';
import { parse } from 'yaml';
import { loadSiteContent } from '../../src/site/load.ts';
import { checkStory } from '../../src/lib/loadStories.ts';
import { formatProblems } from '../../src/lib/problems.ts';
import { StatusEvent } from '../../src/schemas/event.ts';
import { Source } from '../../src/schemas/source.ts';
import { ROOT } from './helpers.ts';

describe('content/README.md', () => {
  it('matches the schemas (run `npm run docs:content` after changing a schema)', () => {
    expect(readFileSync(join(ROOT, 'content/README.md'), 'utf8')).toBe(contentDocs(CHARTS));
  });

  it('documents the required story fields with their meaning', () => {
    expect(contentDocs(CHARTS)).toContain('| `published` | yes | `string` | First publication, KST with `+09:00`. |');
  });
});

describe('README.md, "Writing a story"', () => {
  it('lists every story field, directive and chart option as the schemas say (run `npm run docs:content`)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toBe(withReadmeDocs(readme, CHARTS));
    expect(readme).toContain('| `heroAlt` | no |');
    expect(readme).toContain('Options of `::chart{name="dependencies" …}`');
  });
});

describe('README.md examples', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const blocks = (lang: string) => [...readme.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);
  const content = loadSiteContent(ROOT);
  const EXAMPLE = 'content/examples/example-story.md';
  const example = readFileSync(join(ROOT, EXAMPLE), 'utf8');
  const check = (text: string) => checkStory(text, 'content/stories/example-story.md', content.incidents, { charts: CHARTS, glossary: content.glossary }).problems;

  it(`shows the worked example exactly as ${EXAMPLE} holds it`, () => {
    expect(readme).toContain(`A worked example**, \`${EXAMPLE}\``);
    expect(blocks('markdown')).toContain(example);
  });

  it('the worked example passes the content check against the real incident', () => {
    expect(check(example)).toEqual([]);
  });

  it('prints, for each mistake it describes, exactly what the check prints', () => {
    // In the order the README shows them.
    const mistakes: [string, string][] = [
      ['"2026-11-27T09:00+09:00"', '"2026-11-27T09:00"'],
      [':cite[S12]', ':cite[S720]'],
      [' title="카카오 서비스의 첫 12시간"', ''],
    ];
    const samples = blocks('text').filter((b) => b.includes('content/stories/example-story.md'));
    expect(samples).toHaveLength(mistakes.length);
    mistakes.forEach(([from, to], i) => {
      expect(example).toContain(from);
      expect(samples[i]).toBe(`${formatProblems(check(example.replace(from, to)))}\n`);
    });
  });

  const [source, event] = blocks('yaml').filter((b) => b.startsWith('- id:'));
  /** The real content with the README's source and event rows added at the end of their files. */
  const withRows = (eventText: string) => {
    const root = mkdtempSync(join(tmpdir(), 'readme-'));
    cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
    appendFileSync(join(root, 'content/incidents/pangyo-2022/sources.yaml'), `\n${source}`);
    appendFileSync(join(root, 'content/incidents/pangyo-2022/events.yaml'), `\n${eventText}`);
    return root;
  };

  it('the example source and event rows match their schemas and pass when added to the real data', () => {
    expect(Source.safeParse(parse(source!)[0]).error?.issues).toBeUndefined();
    expect(StatusEvent.safeParse(parse(event!)[0]).error?.issues).toBeUndefined();
    expect(() => loadSiteContent(withRows(event!))).not.toThrow();
  });

  it('prints the data mistake it describes as the check prints it (line and position aside)', () => {
    const sample = blocks('text').find((b) => b.includes('events.yaml'))!;
    expect(sample).toBeDefined();
    let message = '';
    try {
      loadSiteContent(withRows(event!.replace('"2022-10-19T06:00+09:00"', '"2022-10-19T06:00"')));
    } catch (e) {
      message = (e as Error).message;
    }
    const position = (text: string) => text.replace(/events\.yaml:\d+ {2}\[\d+\]/, 'events.yaml:LINE  [N]');
    expect(position(sample)).toBe(position(`${message}\n`));
  });
});
