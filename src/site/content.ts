/**
 * The pages' single entry to the content: loaded and checked once per build process.
 * Pages never read YAML themselves. It sits above the charts (src/site/, beside components) because
 * checking stories needs the charts' option schemas. Under `astro dev` a content problem does not take the
 * preview down: pages render the incidents and stories that passed, and the layouts show the
 * problems in a banner (src/lib/devProblems.ts).
 */
import { resolve } from 'node:path';
import { incidentHash } from '../lib/buildCache.ts';
import { contentDir } from '../lib/contentDir.ts';
import { contentGeneration, devProblems, isDevServer } from '../lib/devProblems.ts';
import { leadIncidentId, type Content } from '../lib/loadContent.ts';
import { siteDataHash } from '../lib/siteData.ts';
import { CHARTS } from '../charts/registry.ts';
import { checkSiteContent, loadSiteContent } from '../site/load.ts';

let cached: { generation: number; content: Content } | undefined;

export function content(): Content {
  const generation = contentGeneration();
  if (cached?.generation !== generation) cached = { generation, content: isDevServer() ? checkSiteContent(process.cwd(), contentDir()) : loadSiteContent(process.cwd(), contentDir()) };
  return cached.content;
}

export function incident(id: string) {
  const data = content().incidents.get(id);
  if (!data) throw new Error(`Unknown incident "${id}"${devProblems() ? `\n\n${devProblems()}` : ''}`);
  return data;
}

/**
 * The hash of an incident's files and of the site-wide files it is read with (the milestone kinds
 * name the timeline's rules): the input key of everything drawn from it (lib/buildCache.ts).
 */
export function incidentInputs(id: string): string {
  return `${id}:${incidentHash(resolve(process.cwd(), contentDir(), 'incidents', id))}:${siteDataHash(process.cwd(), contentDir())}`;
}

/**
 * The incident the site leads with, as content/site.yaml says: the home page's lead graphic,
 * /timeline/, /dependencies/, /compare/, the replay and the embeds are pinned to it in data.
 */
export function leadIncident() {
  const id = leadIncidentId(content());
  if (!id) throw new Error(`No lead incident: content/site.yaml names none, or there is no incident folder under content/incidents${devProblems() ? `\n\n${devProblems()}` : ''}`);
  return incident(id);
}

/** Every incident, the one the site leads with first, then the others by folder name (/data/, /sources/). */
export function incidentsLeadFirst() {
  const lead = leadIncident();
  return [lead, ...[...content().incidents.values()].filter((d) => d !== lead)];
}

/** A source of any incident by its id (ids are unique across the site). */
export function sourceById(id: string) {
  for (const d of content().incidents.values()) {
    const s = d.sources.find((x) => x.id === id);
    if (s) return s;
  }
  return undefined;
}

/**
 * The incidents whose charts the site shows: the lead and those of stories. The others (a dataset
 * published before its pages) get their data files and sources, not chart data.
 */
export function shownIncidents() {
  const ids = new Set([leadIncidentId(content()), ...content().stories.map((s) => s.data.incident)]);
  return [...content().incidents.values()].filter((d) => ids.has(d.id));
}

/** The slug of the first story, lead first, that shows a chart (by ::chart, or by ::step when its steps draw it). */
export function storyShowing(chart: string): string | undefined {
  const stories = [...content().stories].sort((a, b) => Number(b.data.lead) - Number(a.data.lead));
  const byStep = CHARTS.find((c) => c.name === chart)?.steps ?? false;
  return stories.find((s) => s.charts.some((c) => c.name === chart) || (byStep && s.steps > 0))?.slug;
}
