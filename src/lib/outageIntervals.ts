/**
 * Derives status spans from status events: per subject, in time order, each non-restored status
 * opens a span that lasts until the next status change; consecutive events with the same status
 * extend one span. A span with no later event is open (`end: null`).
 */
import type { OpenSpan, Precision, Status, StatusEvent } from '../schemas/event.ts';
import { isStatusEvent, statusesBySubject } from './events.ts';
import type { IncidentData } from './incidentData.ts';
import { perIncident } from './perIncident.ts';

export interface Interval {
  /** Service or component id. */
  subject: string;
  status: Exclude<Status, 'restored'>;
  start: string;
  /** Null while the span is still open at the end of the data. */
  end: string | null;
  /** Why an open span has no end, as its last event declares (the content check requires it). */
  open?: OpenSpan;
  startPrecision: Precision;
  endPrecision: Precision | null;
  /** Ids of the events that make up this span, the closing one last when there is one. */
  events: string[];
  /** Conflict ids touching any of those events. */
  conflicts: string[];
  /** Lowest confidence among the events. */
  confidence: 'confirmed' | 'single' | 'conflicting';
  sources: string[];
}

const RANK = { confirmed: 0, single: 1, conflicting: 2 } as const;

export function outageIntervals(events: readonly StatusEvent[]): Interval[] {
  const out: Interval[] = [];
  for (const [subject, list] of statusesBySubject(events)) {
    let open: Interval | undefined;
    const absorb = (span: Interval, e: StatusEvent) => {
      span.events.push(e.id);
      for (const s of e.sources) if (!span.sources.includes(s)) span.sources.push(s);
      if (e.conflict && !span.conflicts.includes(e.conflict)) span.conflicts.push(e.conflict);
      if (RANK[e.confidence] > RANK[span.confidence]) span.confidence = e.confidence;
    };
    for (const e of list) {
      if (open && e.status === open.status) {
        absorb(open, e);
        continue;
      }
      if (open) {
        open.end = e.at;
        open.endPrecision = e.precision;
        absorb(open, e);
        out.push(open);
        open = undefined;
      }
      if (e.status !== 'restored') {
        open = {
          subject,
          status: e.status,
          start: e.at,
          end: null,
          startPrecision: e.precision,
          endPrecision: null,
          events: [],
          conflicts: [],
          confidence: 'confirmed',
          sources: [],
        };
        absorb(open, e);
      }
    }
    if (open) {
      const last = list[list.length - 1]!;
      if (last.open) {
        open.open = last.open;
        for (const id of last.open.sources) if (!open.sources.includes(id)) open.sources.push(id);
      }
      out.push(open);
    }
  }
  return out;
}

/** Minutes between two instants; `end` null counts up to `asOf`. */
export function durationMinutes(start: string, end: string | null, asOf: string): number {
  return Math.round((Date.parse(end ?? asOf) - Date.parse(start)) / 60000);
}

/** An incident's outage intervals, computed once: the timeline and the data files read the same ones. */
export const incidentIntervals = /* @__PURE__ */ perIncident((d: IncidentData) => outageIntervals(d.events.filter(isStatusEvent)));
