/**
 * The timeline of a large incident, grouped: above `TIMELINE_GROUPING.from` rows, the chart draws
 * one row per organization and family of services (lib/mapGroups.ts: the map's families; a
 * component's tier), whose spans say when at least one member was in each state, the worst one
 * winning. The same shape as any timeline (TimelineData), so the drawing, the data file and the
 * browser code need nothing of their own; the table below the chart still lists every service.
 */
import type { Bilingual } from '../schemas/common.ts';
import { FAMILY_OF, KIND_LABEL } from './mapGroups.ts';
import type { TimelineData, TimelineRow, TimelineSpan } from './timeline.ts';

export const TIMELINE_GROUPING = {
  /** More rows than this and the timeline is grouped by default. */
  from: 120,
};

/** Whether an incident's timeline is drawn grouped. */
export function isLargeTimeline(data: TimelineData): boolean {
  return Object.keys(data.rows).length > TIMELINE_GROUPING.from;
}

/** The worst state wins where members differ. */
const WORST: TimelineSpan['status'][] = ['down', 'partially-restored', 'degraded'];
const PRECISION_ORDER = ['exact', 'approx', 'as-of', 'by', 'date', 'month', 'year'];

const grouped = new WeakMap<TimelineData, TimelineData>();

/** The grouped timeline (cached per timeline). */
export function groupedTimeline(data: TimelineData): TimelineData {
  if (!grouped.has(data)) grouped.set(data, groupTimeline(data));
  return grouped.get(data)!;
}

function familyOf(row: TimelineRow): string {
  return row.kind === 'component' ? row.category : (FAMILY_OF[row.category] ?? 'work');
}

/** The id of the grouped row a row is drawn in. */
export function groupRowOf(row: TimelineRow): string {
  return `g-${row.group}-${familyOf(row)}`;
}

export function groupTimeline(data: TimelineData): TimelineData {
  const rows: Record<string, TimelineRow> = {};
  const spans: TimelineSpan[] = [];
  const groups = data.groups.map((g) => {
    const families = new Map<string, string[]>();
    for (const id of g.rows) {
      const f = familyOf(data.rows[id]!);
      families.set(f, [...(families.get(f) ?? []), id]);
    }
    const ids: string[] = [];
    for (const [family, members] of families) {
      const id = groupRowOf(data.rows[members[0]!]!);
      const kind: Bilingual = KIND_LABEL[family] ?? { ko: family, en: family };
      const name = { ko: `${g.name.ko} ${kind.ko} (${members.length})`, en: `${g.name.en} ${kind.en} (${members.length})` };
      const own = aggregate(members.map((m) => data.rows[m]!.spans.map((i) => data.spans[i]!)).flat(), id, spans.length);
      spans.push(...own);
      const first = members.map((m) => data.rows[m]!.firstDown).sort()[0]!;
      const restored = members.map((m) => data.rows[m]!.restoredAt);
      rows[id] = {
        id,
        kind: 'service',
        name,
        // Under its organization's heading the family and count say enough where the full name does not fit.
        short: { ko: `${kind.ko} (${members.length})`, en: `${kind.en} (${members.length})` },
        organization: g.id,
        group: g.id,
        category: family,
        restoredAt: restored.includes(null) ? null : restored.sort().at(-1)!,
        firstDown: first,
        spans: own.map((s) => s.i),
      };
      ids.push(id);
    }
    return { ...g, rows: ids };
  });
  return { ...data, groups, rows, spans };
}

/**
 * Spans of many rows as one row's: cut time at every start and end, give each piece the worst
 * state of the spans covering it, and join neighbours in the same state.
 */
function aggregate(members: TimelineSpan[], row: string, first: number): TimelineSpan[] {
  const at = (s: string) => Date.parse(s);
  const end = (s: TimelineSpan) => (s.end ? at(s.end) : Infinity);
  const cuts = [...new Set(members.flatMap((s) => [at(s.start), end(s)]))].sort((a, b) => a - b);
  const text = new Map<number, string>();
  for (const s of members) {
    text.set(at(s.start), s.start);
    if (s.end) text.set(at(s.end), s.end);
  }
  const out: TimelineSpan[] = [];
  for (let k = 0; k < cuts.length - 1; k++) {
    const [a, b] = [cuts[k]!, cuts[k + 1]!];
    const covering = members.filter((s) => at(s.start) <= a && end(s) >= b);
    if (!covering.length) continue;
    const status = WORST.find((w) => covering.some((s) => s.status === w)) ?? covering[0]!.status;
    const last = out.at(-1);
    if (last && last.status === status && (last.end ? at(last.end) : Infinity) === a) {
      last.end = b === Infinity ? null : text.get(b)!;
      merge(last, covering, b);
      continue;
    }
    const piece: TimelineSpan = {
      i: first + out.length,
      row,
      status,
      start: text.get(a)!,
      end: b === Infinity ? null : text.get(b)!,
      startPrecision: worstPrecision(members.filter((s) => at(s.start) === a).map((s) => s.startPrecision)),
      endPrecision: null,
      events: [],
      conflicts: [],
      confidence: 'confirmed',
      sources: [],
    };
    merge(piece, covering, b);
    out.push(piece);
  }
  return out;
}

function worstPrecision(list: (string | null)[]): TimelineSpan['startPrecision'] {
  return ([...list].filter(Boolean).sort((a, b) => PRECISION_ORDER.indexOf(b!) - PRECISION_ORDER.indexOf(a!))[0] ?? 'exact') as TimelineSpan['startPrecision'];
}

/** A grouped piece carries what its members' spans carry: their sources, conflicts and the lowest confidence. */
function merge(piece: TimelineSpan, covering: TimelineSpan[], b: number) {
  piece.sources = [...new Set([...piece.sources, ...covering.flatMap((s) => s.sources)])].sort();
  piece.conflicts = [...new Set([...piece.conflicts, ...covering.flatMap((s) => s.conflicts)])].sort();
  const rank = { confirmed: 0, single: 1, conflicting: 2 } as const;
  for (const s of covering) if (rank[s.confidence] > rank[piece.confidence]) piece.confidence = s.confidence;
  const ending = covering.filter((s) => s.end && Date.parse(s.end) === b);
  piece.endPrecision = b === Infinity ? null : worstPrecision(ending.map((s) => s.endPrecision));
  const open = covering.find((s) => s.open);
  if (b === Infinity && open?.open) piece.open = open.open;
}
