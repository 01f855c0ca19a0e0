#!/usr/bin/env node
/**
 * `npm run new:story -- --title "…" --slug my-story [--incident pangyo-2022] [--author "이름"]`:
 * writes content/stories/<slug>.md with every required field filled and valid, checks it with the
 * same content check as the build, and prints the file and the local URL. Asks for what is missing
 * when run in a terminal.
 */
import { CHARTS } from '../src/charts/registry.ts';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { contentDir } from '../src/lib/contentDir.ts';
import { leadIncidentId } from '../src/lib/loadContent.ts';
import { loadSiteContent } from '../src/site/load.ts';
import { checkStory } from '../src/lib/loadStories.ts';
import { kstMinute } from '../src/lib/kstClock.ts';
import { isPlaceholderProblem, newStoryText, PLACEHOLDER, SLUG } from '../src/lib/newStory.ts';
import { ContentError, formatProblems } from '../src/lib/problems.ts';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

const dir = contentDir();
let content;
try {
  content = loadSiteContent('.', dir);
} catch (e) {
  if (e instanceof ContentError) fail(`The content has problems; fix them first (npm run check:content):\n\n${e.message}`);
  throw e;
}
const lead = leadIncidentId(content);

const rl = process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stdout }) : null;
async function ask(name: string, question: string, fallback?: string): Promise<string> {
  const given = arg(name);
  if (given !== undefined) return given.trim();
  if (!rl) {
    if (fallback !== undefined) return fallback;
    return fail(`Missing --${name}. Usage: npm run new:story -- --title "제목" --slug my-story [--incident ${lead}] [--author "이름"]`);
  }
  const answer = (await rl.question(`${question}${fallback ? ` [${fallback}]` : ''}: `)).trim();
  return answer || fallback || ask(name, question, fallback);
}

const title = await ask('title', '제목 (title)');
const slug = await ask('slug', '주소에 쓸 이름, 영문 소문자와 - (slug, e.g. why-kakao-took-127-hours)');
const incidentId = await ask('incident', '사건 폴더 (incident)', lead);
const author = await ask('author', '필자 (author)', '판교 화재 데이터팀');
rl?.close();

if (!SLUG.test(slug)) fail(`--slug: expected lowercase letters, digits and single hyphens (e.g. "fire-timeline"), found "${slug}".`);
const incident = content.incidents.get(incidentId) ?? fail(`--incident: expected one of ${[...content.incidents.keys()].join(', ')}, found "${incidentId}".`);
const file = `${dir}/stories/${slug}.md`;
if (existsSync(resolve(file))) fail(`${file} already exists; choose another --slug.`);

const text = newStoryText({ title, slug, incident, author, published: kstMinute(Date.now()) });
const { problems } = checkStory(text, file, content.incidents, { charts: CHARTS, glossary: content.glossary });
const real = problems.filter((p) => !isPlaceholderProblem(p));
if (real.length) fail(`The new story would not pass the content check:\n\n${formatProblems(real)}`);
mkdirSync(resolve(dir, 'stories'), { recursive: true });
writeFileSync(resolve(file), text);
const lines = [...new Set(problems.map((p) => p.line))].join(', ');
console.log(`Wrote ${file}
See it at http://localhost:4321/stories/${slug}/ (start the preview with npm run dev).
Replace the placeholders on lines ${lines}: the dek, the first paragraph and its :cite[${PLACEHOLDER.source}]
(a source id from /sources/), the heading and the note above the chart. Until you do,
npm run check:content lists them and the build refuses the story.`);
