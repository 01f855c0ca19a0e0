/**
 * Loads and checks everything under content/: every incident folder, then every story.
 * Used by the build (an integration hook, before Astro writes anything), by
 * `npm run check:content` and by the pages.
 */
import type { ChartSpec } from './chartSpec.ts';
import { ContentError, type Problem } from './problems.ts';
import { listIncidentIds, loadIncident, type IncidentData } from './loadIncident.ts';
import { loadGlossary } from './glossary.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import { checkStories, type StoryFile } from './loadStories.ts';

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
  for (const id of folders) {
    try {
      incidents.set(id, loadIncident(root, id, contentDir, { now, charts: options.charts }));
    } catch (e) {
      if (e instanceof ContentError) problems.push(...e.problems);
      else throw e;
    }
  }
  const glossary = loadGlossary(root, contentDir);
  problems.push(...glossary.problems);
  const stories = checkStories(root, incidents, contentDir, { charts: options.charts, folders, glossary: glossary.entries, now });
  problems.push(...stories.problems);
  return { incidents, stories: stories.stories, glossary: glossary.entries, problems };
}

/** The incident the site leads with: the lead story's, else the first incident folder. */
export function leadIncidentId(content: Pick<Content, 'stories' | 'incidents'>): string | undefined {
  return content.stories.find((s) => s.data.lead)?.data.incident ?? [...content.incidents.keys()][0];
}
