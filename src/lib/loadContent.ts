/**
 * Loads and checks everything under content/: every incident folder, then every story.
 * Used by the build (an integration hook, before Astro writes anything), by
 * `npm run check:content` and by the pages.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildCache, filesUnder, incidentHash, sha256 } from './buildCache.ts';
import type { ChartSpec } from './chartSpec.ts';
import { ContentError, type Problem } from './problems.ts';
import { listIncidentIds, loadIncident, type IncidentData } from './loadIncident.ts';
import { loadGlossary } from './glossary.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import { checkStories, type StoryFile, type StoryMemo } from './loadStories.ts';

export interface Content {
  incidents: Map<string, IncidentData>;
  stories: StoryFile[];
  glossary: GlossaryEntry[];
}

export interface CheckOptions {
  /** The charts stories may place, with their options (src/charts/registry.ts's list). */
  charts: readonly ChartSpec[];
  /** The time of the check (ms since the epoch): corrections dated after it are refused. Default: now. */
  now?: number;
}

/** Everything under content/, checked; any problem throws a ContentError listing them all. */
export function loadContent(root: string, contentDir: string, options: CheckOptions): Content {
  const { problems, ...content } = checkContent(root, contentDir, options);
  if (problems.length) throw new ContentError(problems);
  return content;
}

/**
 * Every problem, with the incidents and stories that passed. The build uses loadContent (any
 * problem stops it); the dev server renders what passed and shows the problems in a banner.
 */
export function checkContent(root: string, contentDir: string, options: CheckOptions): Content & { problems: Problem[] } {
  const now = options.now ?? Date.now();
  const problems: Problem[] = [];
  const incidents = new Map<string, IncidentData>();
  const folders = new Set(listIncidentIds(root, contentDir));
  const memo = memoOf(root, contentDir, options);
  const stamps: string[] = [];
  for (const id of folders) {
    // An incident whose files are unchanged since the last check in this process is not read again.
    const stamp = fileStamp(resolve(root, contentDir, 'incidents', id));
    stamps.push(`${id}:${stamp}`);
    const seen = memo?.incidents.get(id);
    if (seen?.stamp === stamp) {
      if (seen.data) incidents.set(id, seen.data);
      problems.push(...seen.problems);
      continue;
    }
    try {
      const data = loadIncident(root, id, contentDir, { now, charts: options.charts });
      incidents.set(id, data);
      memo?.incidents.set(id, { stamp, data, problems: [] });
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      problems.push(...e.problems);
      memo?.incidents.set(id, { stamp, problems: e.problems });
    }
  }
  const glossary = loadGlossary(root, contentDir);
  problems.push(...glossary.problems);
  // A story is checked again only when its text or what it is checked against changed.
  const against = sha256(JSON.stringify([stamps, glossary.entries]));
  // Across builds, a story that passed is not checked again while its text, the incidents' data,
  // the glossary and the code are unchanged (lib/buildCache.ts keys by the code version).
  const cache = buildCache(root);
  const contentKey = memo && cache.persistent ? sha256(JSON.stringify([[...folders].sort().map((id) => `${id}:${incidentHash(resolve(root, contentDir, 'incidents', id))}`), glossary.entries])) : '';
  const passed = contentKey
    ? {
        get: (file: string, text: string) => cache.peekJson<StoryFile>('story-check', { file, text, contentKey }),
        set: (file: string, text: string, story: StoryFile) => cache.putJson('story-check', { file, text, contentKey }, story),
      }
    : undefined;
  const stories = checkStories(root, incidents, contentDir, { charts: options.charts, folders, glossary: glossary.entries, now }, memo && { results: memo.stories, against, passed });
  problems.push(...stories.problems);
  return { incidents, stories: stories.stories, glossary: glossary.entries, problems };
}

/** Path, size and modification time of every file under `dir`: what changes when an editor saves. */
export function fileStamp(dir: string): string {
  return sha256(
    filesUnder(dir)
      .map((p) => {
        const st = statSync(p);
        return `${p}:${st.size}:${st.mtimeMs}`;
      })
      .join('\n'),
  );
}

interface Memo {
  incidents: Map<string, { stamp: string; data?: IncidentData; problems: Problem[] }>;
  stories: StoryMemo['results'];
}
const MEMO = Symbol.for('pangyo.contentMemo');

/**
 * What earlier checks in this process found, per content folder (kept on globalThis, which the
 * config's modules and the pages' share): the dev server checks again on every save, and only the
 * changed files are read and checked again. None with a test's clock (`now`).
 */
function memoOf(root: string, contentDir: string, options: CheckOptions): Memo | undefined {
  if (options.now !== undefined) return undefined;
  const g = globalThis as unknown as Record<symbol, Map<string, Memo> | undefined>;
  const all = (g[MEMO] ??= new Map());
  const key = `${resolve(root, contentDir)}\0${options.charts.map((c) => c.name).join(',')}`;
  let m = all.get(key);
  if (!m) all.set(key, (m = { incidents: new Map(), stories: new Map() }));
  return m;
}

/** The incident the site leads with: the lead story's, else the first incident folder. */
export function leadIncidentId(content: Pick<Content, 'stories' | 'incidents'>): string | undefined {
  return content.stories.find((s) => s.data.lead)?.data.incident ?? [...content.incidents.keys()][0];
}
