import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDocs, withReadmeDocs } from '../../src/lib/contentDocs.ts';
import { parse } from 'yaml';
import { loadContent } from '../../src/lib/loadContent.ts';
import { checkStory } from '../../src/lib/loadStories.ts';
import { StatusEvent } from '../../src/schemas/event.ts';
import { Source } from '../../src/schemas/source.ts';
import { ROOT } from './helpers.ts';

describe('content/README.md', () => {
  it('matches the schemas (run `npm run docs:content` after changing a schema)', () => {
    expect(readFileSync(join(ROOT, 'content/README.md'), 'utf8')).toBe(contentDocs());
  });

  it('documents the required story fields with their meaning', () => {
    expect(contentDocs()).toContain('| `published` | yes | `string` | First publication, KST with `+09:00`. |');
  });
});

describe('README.md, "Writing a story"', () => {
  it('lists every story field, directive and chart option as the schemas say (run `npm run docs:content`)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toBe(withReadmeDocs(readme));
    expect(readme).toContain('| `heroAlt` | no |');
    expect(readme).toContain('Options of `::chart{name="dependencies" …}`');
  });
});

describe('README.md examples', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const blocks = (lang: string) => [...readme.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);

  it('the worked example story passes the content check against the real incident', () => {
    const { incidents } = loadContent(ROOT);
    const story = blocks('markdown').find((b) => b.startsWith('---'))!;
    expect(story).toBeDefined();
    expect(checkStory(story, 'content/stories/example.md', incidents).problems).toEqual([]);
  });

  it('the example source and event rows match their schemas', () => {
    const [source, event] = blocks('yaml').map((b) => parse(b)[0]);
    expect(Source.safeParse(source).error?.issues).toBeUndefined();
    expect(StatusEvent.safeParse(event).error?.issues).toBeUndefined();
  });
});
