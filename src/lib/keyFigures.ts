/**
 * Headline numbers for the home page, all computed from the incident data:
 * time until Kakao declared full recovery, services affected per company, longest outage.
 */
import type { Precision } from '../schemas/event.ts';
import { byTime, isMilestone, isStatusEvent, statusHistory } from './events.ts';
import type { IncidentData } from './incidentData.ts';
import { groupOf } from './organizations.ts';
import { durationMinutes } from './outageIntervals.ts';

export interface DeclaredRecovery {
  organization: string;
  start: string;
  end: string;
  minutes: number;
  startEvent: string;
  endEvent: string;
  conflicts: string[];
  sources: string[];
}

/** From a group's first service outage to its declared-recovery milestone. */
export function declaredRecovery(data: IncidentData, group: string): DeclaredRecovery | undefined {
  const events = byTime(data.events);
  const first = events.find(
    (e) => isStatusEvent(e) && e.status !== 'restored' && data.services.some((s) => s.id === e.subject && s.organization === group),
  );
  const end = events.find((e) => isMilestone(e) && e.milestone === 'declared-recovery' && e.organization && groupOf(e.organization, data.organizations) === group);
  if (!first || !end) return undefined;
  return {
    organization: group,
    start: first.at,
    end: end.at,
    minutes: durationMinutes(first.at, end.at, end.at),
    startEvent: first.id,
    endEvent: end.id,
    conflicts: [first.conflict, end.conflict].filter((c): c is string => Boolean(c)),
    sources: [...new Set([...first.sources, ...end.sources])],
  };
}

/** Number of tracked services with at least one outage event, per organization group. */
export function servicesAffected(data: IncidentData): Map<string, { count: number; sources: string[] }> {
  const out = new Map<string, { count: number; sources: string[] }>();
  const hit = new Set<string>();
  for (const e of data.events) if (isStatusEvent(e) && e.status !== 'restored') hit.add(e.subject);
  for (const s of data.services) {
    if (!s.tracked || !hit.has(s.id)) continue;
    const g = groupOf(s.organization, data.organizations);
    const entry = out.get(g) ?? { count: 0, sources: [] };
    entry.count++;
    for (const id of s.sources) if (!entry.sources.includes(id)) entry.sources.push(id);
    out.set(g, entry);
  }
  return out;
}

export interface ServiceOutage {
  service: string;
  start: string;
  /** Time of the last `restored` event, or null when the data ends with the service not restored. */
  end: string | null;
  endPrecision: Precision | null;
  minutes: number;
  sources: string[];
}

/** Per service: first outage to last restoration (or to the end of the data when still open). */
export function serviceOutages(data: IncidentData): ServiceOutage[] {
  const out: ServiceOutage[] = [];
  const serviceIds = new Set(data.services.map((s) => s.id));
  for (const [service, list] of statusHistory(data)) {
    if (!serviceIds.has(service)) continue;
    const first = list.find((e) => e.status !== 'restored');
    const last = list.at(-1);
    if (!first || !last) continue;
    const closed = last.status === 'restored';
    out.push({
      service,
      start: first.at,
      end: closed ? last.at : null,
      endPrecision: closed ? last.precision : null,
      minutes: durationMinutes(first.at, closed ? last.at : null, data.incident.dataAsOf),
      sources: [...new Set([...first.sources, ...(closed ? last.sources : [])])],
    });
  }
  return out;
}

/** Ends that pin the restoration to a reported minute; `as-of`, `by` and `date` only bound it. */
export const KNOWN_END: ReadonlySet<Precision> = new Set<Precision>(['exact', 'approx']);

/**
 * The longest outage whose restoration time is known (exact or approximate). Outages that are
 * open, or whose end is only an upper bound, have no known length and are counted apart.
 */
export function longestOutage(data: IncidentData, all: ServiceOutage[] = serviceOutages(data)): { longest?: ServiceOutage; bounded: ServiceOutage[]; open: ServiceOutage[] } {
  const known = all.filter((o) => o.endPrecision && KNOWN_END.has(o.endPrecision));
  return {
    longest: known.sort((a, b) => b.minutes - a.minutes || a.service.localeCompare(b.service))[0],
    bounded: all.filter((o) => o.end !== null && !(o.endPrecision && KNOWN_END.has(o.endPrecision))),
    open: all.filter((o) => o.end === null),
  };
}
