/**
 * Shapes an incident into timeline rows: one row per service (or component) with status events,
 * grouped by organization group, sorted by time to restoration; plus the milestones to draw,
 * zoom presets and filters. Pure: the chart, the table and the browser all read this shape.
 */
import { perIncident } from './perIncident.ts';
import type { Bilingual } from '../schemas/common.ts';
import type { MilestoneEvent, Precision } from '../schemas/event.ts';
import type { MilestoneKindDef } from '../schemas/milestoneKind.ts';
import { byTime, isMilestone } from './events.ts';
import { kstClock } from './kstClock.ts';
import type { IncidentData } from './incidentData.ts';
import { colorSlots, comparedGroups, groupOf } from './organizations.ts';
import { incidentIntervals, type Interval } from './outageIntervals.ts';

export interface TimelineSpan extends Omit<Interval, 'subject'> {
  /** Index of the span in `TimelineData.spans` (stable id for the browser). */
  i: number;
  row: string;
}

export interface TimelineRow {
  id: string;
  kind: 'service' | 'component';
  name: Bilingual;
  /** The name for tight spaces, where the data gives one (services.yaml / components.yaml `short`). */
  short?: Bilingual;
  organization: string;
  group: string;
  category: string;
  /** Final restoration (the last span's end when the last event is `restored`), or null. */
  restoredAt: string | null;
  firstDown: string;
  spans: number[];
}

export interface TimelineGroup {
  id: string;
  name: Bilingual;
  rows: string[];
}

export interface TimelineMilestone {
  id: string;
  at: string;
  kind: MilestoneEvent['milestone'];
  label: Bilingual;
  text: Bilingual;
  precision: Precision;
  conflict: string | null;
  alternatives: { at: string; note: Bilingual | null; sources: string[] }[];
  sources: string[];
}

export interface TimelineData {
  incident: string;
  /** KST-clock ms of the whole-incident domain. */
  domain: [number, number];
  dataAsOf: string;
  groups: TimelineGroup[];
  /** The groups the charts compare, in order (incident.yaml `groups`), and their colour slots. */
  compared: string[];
  colors: Record<string, string>;
  rows: Record<string, TimelineRow>;
  spans: TimelineSpan[];
  milestones: TimelineMilestone[];
  sources: Record<string, { publisher: string; title: string; url: string | null }>;
}

const HOUR = 3600_000;

/**
 * Moments the timeline annotates that no event names, computed from its rows: the first compared
 * service back for good. (The fire, the power cut, the restart and the declared recoveries are
 * milestones of their own.) Drawn as rules beside the milestones and listed with them.
 */
export function computedMoments(data: TimelineData): { id: string; at: string; label: Bilingual; sources: string[] }[] {
  const rows = Object.values(data.rows).filter((r) => r.kind === 'service' && data.compared.includes(r.group) && r.restoredAt);
  const first = rows.sort((a, b) => Date.parse(a.restoredAt!) - Date.parse(b.restoredAt!) || a.id.localeCompare(b.id))[0];
  if (!first) return [];
  const span = data.spans[first.spans.at(-1)!]!;
  const name = first.short ?? first.name;
  return [{ id: 'first-recovery', at: first.restoredAt!, label: { ko: `첫 복구: ${name.ko}`, en: `First back: ${name.en}` }, sources: span.sources }];
}

/** The timeline shape of an incident; computed once per loaded incident (pages, stories and checks share it). */
export const timelineData = /* @__PURE__ */ perIncident(buildTimelineData);

/**
 * A milestone's short label, from its kind (content/milestones.yaml): with a value, the kind's
 * `valueLabel` ("전력 90%"); naming an organization, its `organizationLabel` ("카카오 전 서비스 복구").
 */
function milestoneLabel(e: MilestoneEvent, kind: MilestoneKindDef, d: IncidentData): Bilingual {
  const fill = (t: Bilingual, key: string, v: Bilingual) => ({ ko: t.ko.replaceAll(`{${key}}`, v.ko), en: t.en.replaceAll(`{${key}}`, v.en) });
  if (kind.valueLabel && e.value !== undefined) return fill(kind.valueLabel, 'value', { ko: String(e.value), en: String(e.value) });
  const org = kind.organizationLabel && e.organization ? d.organizations.find((o) => o.id === e.organization)?.name : undefined;
  if (org) return fill(kind.organizationLabel!, 'organization', org);
  return kind.label;
}

function buildTimelineData(d: IncidentData): TimelineData {
  const services = new Map(d.services.map((s) => [s.id, s]));
  const components = new Map(d.components.map((c) => [c.id, c]));
  const intervals = incidentIntervals(d);

  const spans: TimelineSpan[] = [];
  const rows: Record<string, TimelineRow> = {};
  for (const iv of intervals) {
    const { subject, ...rest } = iv;
    const span: TimelineSpan = { ...rest, i: spans.length, row: subject };
    spans.push(span);
    let row = rows[subject];
    if (!row) {
      const s = services.get(subject);
      const c = components.get(subject);
      const organization = (s ?? c)!.organization;
      row = rows[subject] = {
        id: subject,
        kind: s ? 'service' : 'component',
        name: (s ?? c)!.name,
        ...((s ?? c)!.short ? { short: (s ?? c)!.short } : {}),
        organization,
        group: s ? groupOf(organization, d.organizations) : 'infrastructure',
        category: s ? s.category : c!.tier,
        restoredAt: null,
        firstDown: iv.start,
        spans: [],
      };
    }
    row.spans.push(span.i);
    // Spans come in time order, and only a `restored` event can close a row's last span, so the
    // last span's end is the final restoration (null while it is still open).
    row.restoredAt = span.end;
  }

  const orgName = (id: string): Bilingual =>
    id === 'infrastructure' ? { ko: '인프라', en: 'Infrastructure' } : (d.organizations.find((o) => o.id === id)?.name ?? { ko: id, en: id });
  const order = comparedGroups(d);
  const rank = (group: string) => (order.includes(group) ? order.indexOf(group) : group === 'infrastructure' ? -1 : order.length);
  const groupIds = [...new Set(Object.values(rows).map((r) => r.group))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const groups = groupIds.map((id) => ({
    id,
    name: orgName(id),
    rows: Object.values(rows)
      .filter((r) => r.group === id)
      .sort(byRestoration)
      .map((r) => r.id),
  }));

  // Only the kinds content/milestones.yaml marks `timeline: true` are drawn; the others stay in the data.
  const drawn = new Map(d.milestoneKinds.filter((k) => k.timeline).map((k) => [k.id, k]));
  const milestones: TimelineMilestone[] = byTime(d.events.filter(isMilestone))
    .filter((e) => drawn.has(e.milestone))
    .map((e) => ({
      id: e.id,
      at: e.at,
      kind: e.milestone,
      label: milestoneLabel(e, drawn.get(e.milestone)!, d),
      text: e.text,
      precision: e.precision,
      conflict: e.conflict ?? null,
      alternatives: e.alternatives.map((a) => ({ at: a.at, note: a.note ?? null, sources: a.sources })),
      sources: e.sources,
    }));

  const times = [d.incident.start, ...spans.map((s) => s.start), ...milestones.filter((m) => Date.parse(m.at) <= Date.parse(d.incident.end)).map((m) => m.at)];
  const lo = Math.min(...times.map(kstClock));
  const hi = Math.max(kstClock(d.incident.end), ...spans.map((s) => (s.end ? kstClock(s.end) : 0)).filter((t) => t <= kstClock(d.incident.dataAsOf)));
  const used = new Set(spans.flatMap((s) => s.sources).concat(milestones.flatMap((m) => [...m.sources, ...m.alternatives.flatMap((a) => a.sources)])));
  return {
    incident: d.id,
    domain: [Math.floor(lo / HOUR) * HOUR, Math.ceil(hi / HOUR) * HOUR + HOUR],
    dataAsOf: d.incident.dataAsOf,
    groups,
    compared: order,
    colors: colorSlots(d),
    rows,
    spans,
    milestones,
    sources: Object.fromEntries(d.sources.filter((s) => used.has(s.id)).map((s) => [s.id, { publisher: s.publisher, title: s.title, url: s.url ?? null }])),
  };
}

/** Restored rows first, earliest restoration first; open rows last; then by first outage and id. */
function byRestoration(a: TimelineRow, b: TimelineRow): number {
  const ra = a.restoredAt ? Date.parse(a.restoredAt) : Infinity;
  const rb = b.restoredAt ? Date.parse(b.restoredAt) : Infinity;
  return ra - rb || Date.parse(a.firstDown) - Date.parse(b.firstDown) || a.id.localeCompare(b.id);
}

export { ZOOM_PRESETS, type ZoomPreset } from '../schemas/vocabulary.ts';
import type { ZoomPreset } from '../schemas/vocabulary.ts';

export function zoomDomain(data: TimelineData, zoom: ZoomPreset | [number, number]): [number, number] {
  if (Array.isArray(zoom)) return clampDomain(data, zoom);
  const [lo, hi] = data.domain;
  if (zoom === '12h') return [lo, Math.min(hi, lo + 12 * HOUR)];
  if (zoom === '48h') return [lo, Math.min(hi, lo + 48 * HOUR)];
  return [lo, hi];
}

/** Keeps a brushed domain inside the incident and at least 30 minutes wide. */
export function clampDomain(data: TimelineData, [a, b]: [number, number]): [number, number] {
  const [lo, hi] = data.domain;
  let x0 = Math.max(lo, Math.min(a, b));
  let x1 = Math.min(hi, Math.max(a, b));
  if (x1 - x0 < HOUR / 2) {
    const mid = (x0 + x1) / 2;
    x0 = Math.max(lo, mid - HOUR / 4);
    x1 = Math.min(hi, x0 + HOUR / 2);
  }
  return [x0, x1];
}

export interface TimelineFilter {
  /** Group ids to keep (empty: all). */
  groups?: string[];
  /** Categories to keep (empty: all). */
  categories?: string[];
  /** Case-insensitive text matched against the Korean and English names and the id. */
  query?: string;
}

/** Row ids that pass the filter, in display order. */
export function visibleRows(data: TimelineData, filter: TimelineFilter = {}): string[] {
  const q = filter.query?.trim().toLowerCase() ?? '';
  return data.groups.flatMap((g) =>
    g.rows.filter((id) => {
      const r = data.rows[id]!;
      if (filter.groups?.length && !filter.groups.includes(r.group)) return false;
      if (filter.categories?.length && !filter.categories.includes(r.category)) return false;
      if (q && ![r.name.ko, r.name.en, r.id].some((s) => s.toLowerCase().includes(q))) return false;
      return true;
    }),
  );
}

