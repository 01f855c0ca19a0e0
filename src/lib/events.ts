import type { Event, MilestoneEvent, StatusEvent } from '../schemas/event.ts';

export const isStatusEvent = (e: Event): e is StatusEvent => 'subject' in e;
export const isMilestone = (e: Event): e is MilestoneEvent => 'milestone' in e;

/** Events in time order; ties keep file order. */
export function byTime<T extends { at: string }>(events: readonly T[]): T[] {
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => Date.parse(a.e.at) - Date.parse(b.e.at) || a.i - b.i)
    .map(({ e }) => e);
}
