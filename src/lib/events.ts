import type { Event, MilestoneEvent, StatusEvent } from '../schemas/event.ts';
import type { IncidentData } from './incidentData.ts';
import { perIncident } from './perIncident.ts';

/** The one rule telling the two kinds of event apart: a milestone names a `milestone`, a status a `subject`. */
export const hasMilestone = (entry: unknown): boolean => typeof entry === 'object' && entry !== null && 'milestone' in entry;
export const isStatusEvent = (e: Event): e is StatusEvent => !hasMilestone(e);
export const isMilestone = (e: Event): e is MilestoneEvent => hasMilestone(e);

/** Events in time order; ties keep file order. */
export function byTime<T extends { at: string }>(events: readonly T[]): T[] {
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => Date.parse(a.e.at) - Date.parse(b.e.at) || a.i - b.i)
    .map(({ e }) => e);
}

/**
 * The status events of each subject (service or component), each list in time order (ties keep
 * file order), subjects in the order of their first event. The one grouping the outage intervals,
 * the replay, the comparison, the key figures and the check read.
 */
export function statusesBySubject(events: readonly Event[]): Map<string, StatusEvent[]> {
  const out = new Map<string, StatusEvent[]>();
  for (const e of byTime(events)) {
    if (!isStatusEvent(e)) continue;
    const list = out.get(e.subject);
    if (list) list.push(e);
    else out.set(e.subject, [e]);
  }
  return out;
}

/** An incident's status events by subject, computed once. */
export const statusHistory = /* @__PURE__ */ perIncident((d: IncidentData) => statusesBySubject(d.events));
