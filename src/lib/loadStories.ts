/**
 * Reads `content/stories/*.md`: front matter against the Story schema (with line numbers),
 * then the body's directives and citations against the story's incident.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import matter from 'gray-matter';
import type { Root } from 'mdast';
import { remark } from 'remark';
import remarkDirective from 'remark-directive';
import { visit } from 'unist-util-visit';
import type { ChartSpec } from './chartSpec.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import { Story } from '../schemas/story.ts';
import { type AnyDirective, DIRECTIVES, citationOrder, citeIds, directiveAttributes, directivesOf } from './directives.ts';
import { checkChartDirective, checkStepDirective, checkStepTexts } from './checkChartDirective.ts';
import { glossaryProblems } from './glossary.ts';
import type { IncidentData } from './incidentData.ts';
import { ContentError, CORRECTION_DATED, describeFound, notLaterThan, type Problem } from './problems.ts';
import { PLACEHOLDER, PLACEHOLDER_CITATION, PLACEHOLDER_EXPECTED } from './newStory.ts';
import { nearest } from './suggest.ts';
import { parseYaml } from './yamlFile.ts';
import { zodProblems } from './zodProblems.ts';

export interface StoryFile {
  slug: string;
  file: string;
  data: Story;
  body: string;
  /** Source ids in order of first citation. */
  citations: string[];
  /** The story's `::chart{…}` directives in order, with their options (read once, by the check). */
  charts: { name: string; options: Record<string, string> }[];
  /** How many `::step{…}` the story has (its scrollytelling sections draw the replay). */
  steps: number;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function storyFiles(root: string, contentDir = 'content'): string[] {
  const dir = resolve(root, contentDir, 'stories');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
}

/** What a story is checked against besides its incident. */
export interface StoryContext {
  /** The charts a `::chart{name=…}` may name, with their options (src/charts/registry.ts). */
  charts: readonly ChartSpec[];
  /** Incident ids that exist but failed their own check; stories of those are not blamed for it. */
  folders?: Set<string>;
  glossary?: readonly GlossaryEntry[];
  /** The time of the check (ms): a correction dated after it is refused. Default: now. */
  now?: number;
}

export function loadStories(root: string, incidents: Map<string, IncidentData>, contentDir: string, context: StoryContext): StoryFile[] {
  const { stories, problems } = checkStories(root, incidents, contentDir, context);
  if (problems.length) throw new ContentError(problems);
  return stories;
}

/** Every story's problems, and the stories that passed. */
/** Earlier results of checkStory, by file, with the text and the `against` key they were checked with. */
export interface StoryMemo {
  results: Map<string, { text: string; against: string; result: ReturnType<typeof checkStory> }>;
  /** A key of what stories are checked against (the incidents, the glossary). */
  against: string;
  /** Stories that passed in an earlier build, by file and text (lib/buildCache.ts; only passes are kept). */
  passed?: { get(file: string, text: string): StoryFile | undefined; set(file: string, text: string, story: StoryFile): void };
}

export function checkStories(root: string, incidents: Map<string, IncidentData>, contentDir: string, context: StoryContext, memo?: StoryMemo): { stories: StoryFile[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const stories: StoryFile[] = [];
  const leadLines = new Map<string, number>();
  for (const name of storyFiles(root, contentDir)) {
    const file = `${contentDir}/stories/${name}`;
    const text = readFileSync(resolve(root, file), 'utf8');
    const seen = memo?.results.get(file);
    const passed = seen && seen.text === text && seen.against === memo!.against ? undefined : memo?.passed?.get(file, text);
    const result = seen && seen.text === text && seen.against === memo!.against ? seen.result : passed ? { story: passed, problems: [] } : checkStory(text, file, incidents, context);
    if (!passed && result.story && !result.problems.length) memo?.passed?.set(file, text, result.story);
    memo?.results.set(file, { text, against: memo.against, result });
    problems.push(...result.problems);
    if (result.story) stories.push(result.story);
    const lead = /^lead:/m.exec(text);
    if (lead) leadLines.set(file, text.slice(0, lead.index).split('\n').length);
  }
  const leads = stories.filter((s) => s.data.lead);
  for (const extra of leads.slice(1)) {
    problems.push({ file: extra.file, line: leadLines.get(extra.file), path: ['lead'], expected: `one lead story only (${leads[0]!.file} is already the lead; set lead: false here)`, found: 'true' });
  }
  return { stories, problems };
}

export function checkStory(text: string, file: string, incidents: Map<string, IncidentData>, context: StoryContext): { story?: StoryFile; problems: Problem[] } {
  const { charts, folders = new Set(incidents.keys()), glossary = [], now = Date.now() } = context;
  const problems: Problem[] = [];
  const slug = file.split('/').pop()!.replace(/\.md$/, '');
  if (!SLUG.test(slug)) {
    problems.push({ file, path: [], expected: 'a file name in lowercase kebab-case, e.g. "why-kakao-took-127-hours.md" (it becomes the URL)', found: JSON.stringify(`${slug}.md`) });
  }
  if (!/^---\r?\n/.test(text)) {
    problems.push({ file, line: 1, path: [], expected: 'front matter between two "---" lines at the top of the file', found: 'no front matter' });
    return { problems };
  }
  // Options bypass gray-matter's cache, whose copies lose the non-enumerable `matter` field.
  const fm = matter(text, {});
  const yaml = parseYaml(fm.matter.replace(/^\r?\n/, ''), file, 1);
  if (!yaml.value) return { problems: [...problems, ...yaml.problems] };
  const raw = yaml.value.data ?? {};
  const parsed = Story.safeParse(raw);
  if (!parsed.success) {
    const ps = zodProblems(parsed.error, raw, file);
    return { problems: [...problems, ...ps.map((p) => ({ ...p, line: yaml.value!.lineOf(p.path) }))] };
  }
  const data = parsed.data;
  const line = (path: (string | number)[]) => yaml.value!.lineOf(path);

  if (Date.parse(data.published) > now) {
    problems.push({ file, line: line(['published']), path: ['published'], expected: notLaterThan(now, 'a story is live from the first build that holds it, so it cannot be dated later'), found: JSON.stringify(data.published) });
  }
  if (data.updated && Date.parse(data.updated) < Date.parse(data.published)) {
    problems.push({ file, line: line(['updated']), path: ['updated'], expected: `a time on or after published (${data.published})`, found: JSON.stringify(data.updated) });
  }
  data.corrections.forEach((c, i) => {
    const path = ['corrections', i, 'date'];
    if (Date.parse(c.date) < Date.parse(data.published)) {
      problems.push({ file, line: line(path), path, expected: `a time on or after published (${data.published})`, found: JSON.stringify(c.date) });
    } else if (Date.parse(c.date) > now) {
      problems.push({ file, line: line(path), path, expected: notLaterThan(now, CORRECTION_DATED), found: JSON.stringify(c.date) });
    }
  });

  const incident = incidents.get(data.incident);
  if (!incident && !folders.has(data.incident)) {
    problems.push({ file, line: line(['incident']), path: ['incident'], expected: `the id of a folder in content/incidents (${[...incidents.keys()].join(', ') || 'none found'})`, found: JSON.stringify(data.incident), suggestion: nearest(data.incident, incidents.keys()) });
  }

  // Body: line numbers in the body are offset by the front matter.
  const bodyOffset = text.slice(0, text.length - fm.content.length).split('\n').length - 1;

  // The glossary holds for what readers read as the story's own words; corrections may quote the old ones.
  for (const field of ['title', 'dek', 'heroAlt'] as const) {
    const value = data[field];
    if (value) problems.push(...glossaryProblems(glossary, value, file, line([field]), [field]));
  }
  problems.push(...glossaryProblems(glossary, fm.content, file, bodyOffset + 1, ['body']));
  problems.push(...placeholderProblems(data, fm.content, file, line, bodyOffset));
  const tree = remark().use(remarkDirective).parse(fm.content) as Root;
  const at = (node: { position?: { start: { line: number } } }) => (node.position ? node.position.start.line + bodyOffset : undefined);
  // A chart or step written inside a sentence is not a directive: Markdown would print it as text.
  visit(tree, 'text', (node) => {
    const inline = /(?:^|[^:]):{2,3}([a-z]+)[{[]/i.exec(node.value);
    if (inline) problems.push({ file, line: at(node), path: ['body'], expected: `::${inline[1]}{…} on a line of its own, after an empty line (inside a sentence it is printed as text)`, found: `${node.value.slice(inline.index).trim().slice(0, 80)} inside a paragraph` });
  });
  visit(tree, 'html', (node) => {
    problems.push({ file, line: at(node), path: ['body'], expected: 'Markdown without raw HTML (write the text in Markdown)', found: describeFound(node.value) });
  });
  // A story cites its incident's sources and, by their own letters, any other incident's (ids are unique site-wide).
  const sourceIds = new Set([...incidents.values()].flatMap((d) => d.sources.map((s) => s.id)));
  const sourceFileOf = (id: string) => {
    const owner = [...incidents.values()].find((d) => d !== incident && id.startsWith(d.incident.sourcePrefix) && /^[A-Z]\d/.test(id));
    return owner ? `content/incidents/${owner.id}/sources.yaml` : `content/incidents/${data.incident}/sources.yaml`;
  };
  visit(tree, 'image', (node) => {
    if (!node.alt?.trim()) {
      problems.push({ file, line: at(node), path: ['body', 'image'], expected: 'alt text that says what the image shows, e.g. ![판교 데이터센터 전경](/images/pangyo.jpg)', found: `an image without alt text (${describeFound(node.url)})` });
    }
    if (/^\s*(javascript|data|vbscript):/i.test(node.url)) {
      problems.push({ file, line: at(node), path: ['body', 'image'], expected: 'an image address starting with / or https://', found: describeFound(node.url) });
    }
  });
  visit(tree, 'link', (node) => {
    if (/^\s*(javascript|data|vbscript):/i.test(node.url)) {
      problems.push({ file, line: at(node), path: ['body', 'link'], expected: 'a link to a page (starting with /, # or https://)', found: describeFound(node.url) });
      return;
    }
    // A link to a source on the sources page, or to the story's own source list.
    const source = node.url.match(/^(?:\/sources\/)?#source-(.+)$/)?.[1];
    if (source && incident && !sourceIds.has(decodeURIComponent(source))) {
      problems.push({ file, line: at(node), path: ['body', 'link'], expected: `a source id from ${sourceFileOf(decodeURIComponent(source))} (or cite it with :cite[…])`, found: `"${source}", which is not defined`, suggestion: nearest(decodeURIComponent(source), sourceIds) });
    }
  });
  let cited = 0;
  for (const d of directivesOf(tree)) {
    const known = DIRECTIVES[d.name as keyof typeof DIRECTIVES];
    if (!known || known.type !== d.type) {
      problems.push({ file, line: at(d), path: ['body'], expected: `a known directive (${Object.values(DIRECTIVES).map((k) => k.usage).join(', ')}); ::chart and ::step take a line of their own`, found: describeDirective(d), suggestion: nearest(d.name, Object.keys(DIRECTIVES)) });
      continue;
    }
    if (d.name === 'chart') {
      problems.push(...checkChartDirective(d, file, at(d), incident, charts));
      continue;
    }
    if (d.name === 'step') {
      problems.push(...checkStepDirective(d, file, at(d), incident));
      continue;
    }
    const ids = citeIds(d);
    if (!ids.length) problems.push({ file, line: at(d), path: ['body', 'cite'], expected: 'at least one source id inside the brackets, e.g. :cite[S12]', found: 'an empty citation' });
    for (const id of ids) {
      cited++;
      if (id === PLACEHOLDER.source) {
        problems.push({ file, line: at(d), path: ['body', 'cite'], expected: `the id of the source behind the sentence, from content/incidents/${data.incident}/sources.yaml (the built /sources/ page lists every source with its id)`, found: PLACEHOLDER_CITATION });
      } else if (incident && !sourceIds.has(id)) {
        problems.push({ file, line: at(d), path: ['body', 'cite'], expected: `a source id from ${sourceFileOf(id)}`, found: `"${id}", which is not defined`, suggestion: nearest(id, sourceIds) });
      }
    }
  }
  problems.push(...checkStepTexts(tree, file, at));
  if (!cited) problems.push({ file, path: ['body'], expected: 'at least one :cite[…] citing the story\'s sources', found: 'no citations' });

    const placed = directivesOf(tree)
    .filter((d) => d.name === 'chart' && d.type === 'leafDirective')
    .map((d) => {
      const { name = '', ...options } = directiveAttributes(d);
      return { name, options };
    });
  const steps = directivesOf(tree).filter((d) => d.name === 'step' && d.type === 'leafDirective').length;
  return problems.length ? { problems } : { story: { slug, file, data, body: fm.content, citations: citationOrder(tree), charts: placed, steps }, problems };
}

/** Scaffold text left in the dek or the body, one problem per line that holds it. */
function placeholderProblems(data: Story, body: string, file: string, line: (path: (string | number)[]) => number | undefined, bodyOffset: number): Problem[] {
  const texts = [PLACEHOLDER.dek, PLACEHOLDER.paragraph, PLACEHOLDER.heading, PLACEHOLDER.chartNote];
  const problems: Problem[] = [];
  for (const field of ['title', 'dek'] as const) {
    const text = texts.find((t) => data[field].includes(t));
    if (text) problems.push({ file, line: line([field]), path: [field], expected: PLACEHOLDER_EXPECTED, found: JSON.stringify(text) });
  }
  body.split('\n').forEach((text, i) => {
    const held = texts.find((t) => text.includes(t));
    if (held) problems.push({ file, line: bodyOffset + i + 1, path: ['body'], expected: PLACEHOLDER_EXPECTED, found: JSON.stringify(held) });
  });
  return problems;
}

/** How a directive was written, in the editor's terms: `":chart" inside a sentence`. */
function describeDirective(d: AnyDirective): string {
  const where = d.type === 'textDirective' ? 'inside a sentence' : d.type === 'leafDirective' ? 'on a line of its own' : 'as a block (:::)';
  const colons = d.type === 'textDirective' ? ':' : d.type === 'leafDirective' ? '::' : ':::';
  return `"${colons}${d.name}" ${where}`;
}
