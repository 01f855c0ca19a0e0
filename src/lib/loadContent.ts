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
import type { MilestoneKindDef } from '../schemas/milestoneKind.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { loadMilestoneKinds, loadSiteConfig, siteDataHash } from './siteData.ts';

export interface Content {
  incidents: Map<string, IncidentData>;
  stories: StoryFile[];
  glossary: GlossaryEntry[];
  /** The kinds of milestone (content/milestones.yaml), shared by every incident. */
  milestoneKinds: MilestoneKindDef[];
  /** content/site.yaml: the incident the site leads with (undefined only when there is no incident). */
  site?: SiteConfig;
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
  // The site-wide files first: every incident is checked against the milestone kinds.
  const kinds = loadMilestoneKinds(root, contentDir);
  problems.push(...kinds.problems);
  const siteConfig = loadSiteConfig(root, contentDir, [...folders]);
  problems.push(...siteConfig.problems);
  const shared = siteDataHash(root, contentDir);
  for (const id of folders) {
    // An incident whose files are unchanged since the last check in this process is not read again.
    const stamp = `${fileStamp(resolve(root, contentDir, 'incidents', id))}:${shared}`;
    stamps.push(`${id}:${stamp}`);
    const seen = memo?.incidents.get(id);
    if (seen?.stamp === stamp) {
      if (seen.data) incidents.set(id, seen.data);
      problems.push(...seen.problems);
      continue;
    }
    try {
      const data = loadIncident(root, id, contentDir, { now, charts: options.charts, milestoneKinds: kinds.kinds });
      incidents.set(id, data);
      memo?.incidents.set(id, { stamp, data, problems: [] });
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      problems.push(...e.problems);
      memo?.incidents.set(id, { stamp, problems: e.problems });
    }
  }
  problems.push(...siteWideSourceProblems(incidents, contentDir));
  const glossary = loadGlossary(root, contentDir);
  problems.push(...glossary.problems);
  // A story is checked again only when its text or what it is checked against changed.
  const against = sha256(JSON.stringify([stamps, glossary.entries]));
  // Across builds, a story that passed is not checked again while its text, the incidents' data,
  // the glossary and the code are unchanged (lib/buildCache.ts keys by the code version).
  const cache = buildCache(root);
  const contentKey = memo && cache.persistent ? sha256(JSON.stringify([[...folders].sort().map((id) => `${id}:${incidentHash(resolve(root, contentDir, 'incidents', id))}`), glossary.entries, shared])) : '';
  const passed = contentKey
    ? {
        get: (file: string, text: string) => cache.peekJson<StoryFile>('story-check', { file, text, contentKey }),
        set: (file: string, text: string, story: StoryFile) => cache.putJson('story-check', { file, text, contentKey }, story),
      }
    : undefined;
  const stories = checkStories(root, incidents, contentDir, { charts: options.charts, folders, glossary: glossary.entries, now }, memo && { results: memo.stories, against, passed });
  problems.push(...stories.problems);
  return { incidents, stories: stories.stories, glossary: glossary.entries, milestoneKinds: kinds.kinds, ...(siteConfig.site ? { site: siteConfig.site } : {}), problems };
}

/**
 * Source ids are unique across the site, so a citation names one source of one incident: no two
 * incidents share a letter (incident.yaml `sourcePrefix`) or define the same id (e.g. `SEED`).
 * Conflict ids too: the sources page and the tables link to `#conflict-<id>`.
 */
function siteWideSourceProblems(incidents: Map<string, IncidentData>, contentDir: string): Problem[] {
  const problems: Problem[] = [];
  const letters = new Map<string, string>();
  const ids = new Map<string, string>();
  const conflictIds = new Map<string, string>();
  for (const d of incidents.values()) {
    const other = letters.get(d.incident.sourcePrefix);
    if (other) problems.push({ file: `${contentDir}/incidents/${d.id}/incident.yaml`, path: ['sourcePrefix'], expected: `a source letter no other incident uses (${other} uses "${d.incident.sourcePrefix}"): source ids are unique across the site`, found: JSON.stringify(d.incident.sourcePrefix) });
    else letters.set(d.incident.sourcePrefix, d.id);
    d.sources.forEach((s, i) => {
      const owner = ids.get(s.id);
      if (owner && owner !== d.id) problems.push({ file: `${contentDir}/incidents/${d.id}/sources.yaml`, path: [i, 'id'], entry: s.id, expected: `a source id no other incident defines (${owner} already has "${s.id}"): a story citing it must name one source`, found: JSON.stringify(s.id) });
      else ids.set(s.id, d.id);
    });
    d.conflicts.forEach((c, i) => {
      const owner = conflictIds.get(c.id);
      if (owner && owner !== d.id) problems.push({ file: `${contentDir}/incidents/${d.id}/conflicts.yaml`, path: [i, 'id'], entry: c.id, expected: `a conflict id no other incident uses (${owner} already has "${c.id}"): put the incident's source letter in front, e.g. "${d.incident.sourcePrefix}${c.id}"`, found: JSON.stringify(c.id) });
      else conflictIds.set(c.id, d.id);
    });
  }
  return problems;
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

/**
 * The incident the site leads with, as content/site.yaml says (with a single incident and no such
 * file, that incident): never chosen by folder order, so adding an incident moves no page.
 */
export function leadIncidentId(content: Pick<Content, 'site' | 'incidents'>): string | undefined {
  const id = content.site?.lead;
  return id && content.incidents.has(id) ? id : undefined;
}
