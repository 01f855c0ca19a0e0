/**
 * Loads and checks everything under content/: every incident folder, then every story.
 * Used by the build (an integration hook, before Astro writes anything), by
 * `npm run check:content` and by the pages.
 */
import { ContentError, type Problem } from './problems.ts';
import { listIncidentIds, loadIncident, type IncidentData } from './loadIncident.ts';
import { loadGlossary } from './glossary.ts';
import { loadStories, type StoryFile } from './loadStories.ts';

export interface Content {
  incidents: Map<string, IncidentData>;
  stories: StoryFile[];
}

export function loadContent(root: string, contentDir = 'content'): Content {
  const problems: Problem[] = [];
  const incidents = new Map<string, IncidentData>();
  const folders = new Set(listIncidentIds(root, contentDir));
  for (const id of folders) {
    try {
      incidents.set(id, loadIncident(root, id, contentDir));
    } catch (e) {
      if (e instanceof ContentError) problems.push(...e.problems);
      else throw e;
    }
  }
  const glossary = loadGlossary(root, contentDir);
  problems.push(...glossary.problems);
  let stories: StoryFile[] = [];
  try {
    stories = loadStories(root, incidents, contentDir, folders, glossary.entries);
  } catch (e) {
    if (e instanceof ContentError) problems.push(...e.problems);
    else throw e;
  }
  if (problems.length) throw new ContentError(problems);
  return { incidents, stories };
}
