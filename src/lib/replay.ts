/**
 * The replay: the state of every service and component at any instant, from the incident's
 * events. One pure model serves the build (the map and the timeline strip at a step's moment,
 * the step figures, the captions) and the browser (the scrubber), so both always agree.
 *
 * A part with status events of its own follows them:
 * - before its first event it is up;
 * - from an event on, it has that event's status (`restored` is `up`);
 * - while the data cannot say whether a change has happened yet, it is `unknown`:
 *   - sources disagree on the time (the event has `alternatives`): from the earliest to the
 *     latest time given;
 *   - the part's first event is only a snapshot or a bound (`as-of`, `by`): from the incident
 *     start to that event, since nothing says when the change came. After an earlier event, the
 *     last reported status holds until the next report, as on the timeline;
 *   - only the day is known (`date`): from the start of that day (KST) to its end, or to the
 *     next event if that comes first.
 *
 * A part with no events of its own (most platform pieces, outside businesses) takes the state of
 * what it cannot run without, by the dependency map's own rule (`propagate`): down if something
 * it needs is down, partially restored if something it needs is only partly back, unknown if
 * something it needs is unknown, degraded if it lost only parts it had replicas of.
 */
import { CHANGE_LABEL, STATE_LABEL, STATES, type State } from './states.ts';
import type { StatusEvent } from '../schemas/event.ts';
import type { DependencyGraph } from './dependencyGraph.ts';
import { byTime, statusesBySubject } from './events.ts';
import { KST_OFFSET_MS } from './kstClock.ts';
import { carriesFailure, propagate } from './propagate.ts';


/** From `from` (epoch ms) on, until the next segment, a part is in `state`. */
export interface Segment {
  from: number;
  state: State;
  /** The event that starts this segment. */
  event: string;
  /** For `unknown`: the state before and the state after. */
  between?: [State, State];
}

/** One moment something changed: status events and labelled milestones sharing one time. */
export interface Moment {
  at: number;
  /** Parts whose status changes here, in file order, with the status they change to. */
  changes: { id: string; state: State }[];
  /** Milestone ids at this time. */
  milestones: string[];
}

export interface ReplayModel {
  incident: string;
  /** Epoch ms: the first change (or the incident start, if earlier) to the incident end. */
  domain: [number, number];
  /** Segments of every part that has status events, in time order. */
  subjects: Record<string, Segment[]>;
  /** Every part the replay answers for: the map's nodes and every part with events. */
  nodes: string[];
  /** Failure-carrying dependencies into parts without events of their own. */
  edges: { from: string; to: string; redundant: boolean }[];
  moments: Moment[];
}

export interface PartState {
  state: State;
  /** Epoch ms since when (null: since before the data starts). */
  since: number | null;
  /** True when the state comes from what the part depends on, not from its own events. */
  inferred: boolean;
  between?: [State, State];
}

const toState = (s: StatusEvent['status']): State => (s === 'restored' ? 'up' : s);
const DAY = 86400_000;
/** Start of the KST day containing `t` (epoch ms). */
const kstDayStart = (t: number) => Math.floor((t + KST_OFFSET_MS) / DAY) * DAY - KST_OFFSET_MS;

/** A part's segments from its status events (any order; ties keep file order). */
export function subjectSegments(events: readonly StatusEvent[], origin = -Infinity): Segment[] {
  const list = byTime(events);
  const out: Segment[] = [];
  let state: State = 'up';
  let settled = -Infinity; // when the current state became certain
  list.forEach((e, i) => {
    const next = toState(e.status);
    const at = Date.parse(e.at);
    const times = [at, ...e.alternatives.map((a) => Date.parse(a.at))];
    let lo = Math.min(...times);
    let hi = Math.max(...times);
    if (next === state) return; // a snapshot confirming what we knew
    {
      // Without an earlier event, a snapshot's window opens at the origin (the incident start).
      if ((e.precision === 'as-of' || e.precision === 'by') && i === 0 && Number.isFinite(origin)) lo = Math.min(lo, origin);
      if (e.precision === 'date') {
        lo = Math.min(lo, kstDayStart(at));
        const following = list[i + 1];
        hi = Math.max(hi, Math.min(kstDayStart(at) + DAY, following ? Date.parse(following.at) : Infinity));
      }
    }
    lo = Math.max(lo, settled);
    if (lo < hi) out.push({ from: lo, state: 'unknown', event: e.id, between: [state, next] });
    // Two changes at one instant: the later in file order wins.
    if (out.at(-1)?.from === hi && out.at(-1)!.state !== 'unknown') out.pop();
    out.push({ from: hi, state: next, event: e.id });
    state = next;
    settled = hi;
  });
  return out;
}

/** The replay model of an incident; `milestones`: the ones worth a stop and a caption. */
export function replayModel(
  incident: { id: string; start: string; end: string },
  events: readonly StatusEvent[],
  milestones: readonly { id: string; at: string }[],
  graph: DependencyGraph,
): ReplayModel {
  const subjects: Record<string, Segment[]> = {};
  for (const [id, list] of [...statusesBySubject(events)].sort(([a], [b]) => a.localeCompare(b))) subjects[id] = subjectSegments(list, Date.parse(incident.start));

  const firstChange = Math.min(...Object.values(subjects).flatMap((s) => s.map((x) => x.from)));
  const domain: [number, number] = [Math.min(Date.parse(incident.start), firstChange), Date.parse(incident.end)];
  const inDomain = (t: number) => t >= domain[0] && t <= domain[1];

  const moments = new Map<number, Moment>();
  const moment = (at: number) => {
    let m = moments.get(at);
    if (!m) moments.set(at, (m = { at, changes: [], milestones: [] }));
    return m;
  };
  for (const e of events) {
    const at = Date.parse(e.at);
    if (!inDomain(at)) continue;
    const seg = subjects[e.subject]!.find((s) => s.event === e.id && s.state !== 'unknown');
    if (seg) moment(at).changes.push({ id: e.subject, state: seg.state });
  }
  for (const m of milestones) if (inDomain(Date.parse(m.at))) moment(Date.parse(m.at)).milestones.push(m.id);

  const own = new Set(Object.keys(subjects));
  const sites = new Set(graph.nodes.filter((n) => n.layer === 'site').map((n) => n.id));
  return {
    incident: incident.id,
    domain,
    subjects,
    nodes: [...new Set([...graph.nodes.map((n) => n.id), ...own])],
    edges: graph.edges.filter((e) => carriesFailure(e, sites) && !own.has(e.to)).map((e) => ({ from: e.from, to: e.to, redundant: e.redundant })),
    moments: [...moments.values()].sort((a, b) => a.at - b.at),
  };
}

/** The state of every part at instant `t` (epoch ms). */
export function stateAt(model: ReplayModel, t: number): Record<string, PartState> {
  const out: Record<string, PartState> = {};
  for (const [id, segments] of Object.entries(model.subjects)) {
    let seg: Segment | undefined;
    for (const s of segments) if (s.from <= t) seg = s;
    out[id] = seg ? { state: seg.state, since: seg.from, inferred: false, ...(seg.between ? { between: seg.between } : {}) } : { state: 'up', since: null, inferred: false };
  }
  const roots = (states: State[]) => Object.keys(out).filter((id) => states.includes(out[id]!.state));
  const graph = { incident: model.incident, nodes: [], edges: model.edges.map((e) => ({ ...e, kind: 'hosts' as const, note: null, sources: [] })) };
  const down = propagate(graph, roots(['down']));
  const partial = propagate(graph, roots(['down', 'partially-restored'])).failed;
  const unknown = propagate(graph, roots(['down', 'partially-restored', 'unknown'])).failed;
  const hit = propagate(graph, roots(['down', 'partially-restored', 'unknown', 'degraded']));
  for (const id of model.nodes) {
    if (out[id]) continue;
    const state: State = down.failed.has(id)
      ? 'down'
      : partial.has(id)
        ? 'partially-restored'
        : unknown.has(id)
          ? 'unknown'
          : hit.failed.has(id) || down.degraded.has(id) || hit.degraded.has(id)
            ? 'degraded'
            : 'up';
    out[id] = { state, since: null, inferred: true };
  }
  return out;
}

/** Every instant at which some part's state changes, plus every moment, in the domain, sorted. */
export function replayStops(model: ReplayModel): number[] {
  const [lo, hi] = model.domain;
  const times = new Set<number>([lo, hi, ...model.moments.map((m) => m.at)]);
  for (const segs of Object.values(model.subjects)) for (const s of segs) if (s.from >= lo && s.from <= hi) times.add(s.from);
  return [...times].sort((a, b) => a - b);
}

/** The last moment at or before `t`. */
export function momentAt(model: ReplayModel, t: number): Moment | undefined {
  let found: Moment | undefined;
  for (const m of model.moments) if (m.at <= t) found = m;
  return found;
}

/** Counts of each state among `ids` at `t`. */
export function countStates(states: Record<string, PartState>, ids: readonly string[]): Record<State, number> {
  const counts = Object.fromEntries(STATES.map((s) => [s, 0])) as Record<State, number>;
  for (const id of ids) counts[states[id]?.state ?? 'up']++;
  return counts;
}


const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** `16일 01:31` / `16 Oct 01:31`, always in KST, without Intl (small for the browser). */
export function shortKst(t: number, lang: 'ko' | 'en'): string {
  const d = new Date(t + KST_OFFSET_MS);
  const hm = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  return lang === 'ko' ? `${d.getUTCDate()}일 ${hm}` : `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${hm}`;
}

/**
 * Reads `?t=`: a KST time with its offset. In a query string "+" reads as a space, so
 * `2022-10-16T01:31 09:00` is taken as `+09:00`. Null when it is not a time.
 */
export function parseTimeParam(value: string | null | undefined): number | null {
  if (!value) return null;
  const v = value.trim().replace(/ (\d\d:?\d\d)$/, '+$1');
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?([+-]\d\d:\d\d|Z)$/.test(v)) return null;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : t;
}

/** What changed at a moment, in a short line: "카카오톡 메시지 일부 복구", "전체 전원 차단 · 카카오톡 등 40곳 멈춤". */
export function momentText(m: Moment, names: Record<string, string>, lang: 'ko' | 'en'): string {
  const parts = m.milestones.map((id) => names[id] ?? id);
  const byState = new Map<State, string[]>();
  for (const c of m.changes) byState.set(c.state, [...(byState.get(c.state) ?? []), c.id]);
  for (const [state, ids] of byState) {
    const name = names[ids[0]!] ?? ids[0]!;
    const label = CHANGE_LABEL[state][lang];
    if (ids.length === 1) parts.push(`${name} ${label}`);
    else parts.push(lang === 'ko' ? `${name} 등 ${ids.length}곳 ${label}` : `${name} and ${ids.length - 1} more ${label}`);
  }
  // No "…": what is left out is counted.
  return parts.slice(0, 3).join(' · ') + (parts.length > 3 ? (lang === 'ko' ? ` 외 ${parts.length - 3}건` : ` and ${parts.length - 3} more`) : '');
}

/** The caption at `t`: the time in KST, then the last change at or before it. */
export function replayCaption(model: ReplayModel, t: number, names: Record<string, string>, lang: 'ko' | 'en'): { time: string; text: string } {
  const m = momentAt(model, t);
  const time = shortKst(t, lang);
  if (!m) return { time, text: lang === 'ko' ? '아직 멈춘 것이 없음' : 'nothing has failed yet' };
  const text = momentText(m, names, lang);
  if (m.at === t) return { time, text };
  return { time, text: lang === 'ko' ? `마지막 변화 ${shortKst(m.at, lang)}: ${text}` : `last change ${shortKst(m.at, lang)}: ${text}` };
}

/** "카카오 서비스 44곳 중 38곳 멈춤, 3곳 일부 복구" for each group of rows. */
export function countsText(states: Record<string, PartState>, groups: { name: string; ids: string[] }[], lang: 'ko' | 'en'): string {
  return groups
    .map((g) => {
      const c = countStates(states, g.ids);
      const notable = (['down', 'partially-restored', 'degraded', 'unknown'] as const).filter((s) => c[s] > 0);
      if (!notable.length) return lang === 'ko' ? `${g.name} ${g.ids.length}곳 모두 정상` : `${g.name}: all ${g.ids.length} up`;
      const list = notable.map((s) => (lang === 'ko' ? `${c[s]}곳 ${STATE_LABEL[s].ko}` : `${c[s]} ${STATE_LABEL[s].en}`)).join(', ');
      return lang === 'ko' ? `${g.name} ${g.ids.length}곳 중 ${list}` : `${g.name}: ${list} of ${g.ids.length}`;
    })
    .join(' · ');
}

/** The first stop at which the most parts are down: the outage at its widest. */
export function peakMoment(model: ReplayModel): number {
  let best = model.domain[0];
  let most = -1;
  for (const t of replayStops(model)) {
    const down = Object.values(stateAt(model, t)).filter((s) => s.state === 'down').length;
    if (down > most) [best, most] = [t, down];
  }
  return best;
}
