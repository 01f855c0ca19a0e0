/**
 * The replay of a loaded incident: its model (cached per incident), the names the captions use,
 * and the rows of the timeline strip. Build-side; the browser gets the result as JSON.
 */
import { perIncident } from './perIncident.ts';
import type { Lang } from './kst.ts';
import { dependencyGraph } from './dependencyGraph.ts';
import { isStatusEvent } from './events.ts';
import type { IncidentData } from './incidentData.ts';
import { replayModel, type ReplayModel } from './replay.ts';
import { timelineData } from './timeline.ts';

/** The replay model of an incident, built once per loaded incident. */
export const incidentReplay = /* @__PURE__ */ perIncident((d): ReplayModel => replayModel(d.incident, d.events.filter(isStatusEvent), timelineData(d).milestones, dependencyGraph(d)));

/** Names of every part and labelled milestone, in one language. */
export function replayNames(d: IncidentData, lang: Lang): Record<string, string> {
  const names: Record<string, string> = {};
  for (const o of d.organizations) names[o.id] = o.name[lang];
  for (const c of d.components) names[c.id] = c.name[lang];
  for (const s of d.services) names[s.id] = s.name[lang];
  for (const m of timelineData(d).milestones) names[m.id] = m.label[lang];
  return names;
}

/** Rows of the timeline strip: the timeline's rows in its order, with their group. */
export function stripRows(d: IncidentData): { id: string; group: string }[] {
  const tl = timelineData(d);
  return tl.groups.flatMap((g) => g.rows.map((id) => ({ id, group: g.id })));
}

/** Ids a replay's `focus` may name: every part on the map or the timeline. */
export function replayFocusIds(d: IncidentData): string[] {
  return incidentReplay(d).nodes;
}
