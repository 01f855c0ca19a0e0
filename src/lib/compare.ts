/**
 * The Kakao-versus-Naver comparison, computed from an incident's data: outcome figures per
 * organization group, the what-if from the dependency model, and the caveats. Every figure carries
 * the source ids of the rows it was computed from; nothing here is typed in by hand.
 */
import { perIncident } from './perIncident.ts';
import type { StatusEvent } from '../schemas/event.ts';
import type { Redundancy, RedundancyStatus } from '../schemas/redundancy.ts';
import { dependencyGraph } from './dependencyGraph.ts';
import { FigureBook, type ComputedFigure } from './figures.ts';
import { statusHistory } from './events.ts';
import type { IncidentData } from './incidentData.ts';
import { groupOf } from './organizations.ts';
import { KNOWN_END, longestOutage, serviceOutages, type ServiceOutage } from './keyFigures.ts';
import { durationMinutes } from './outageIntervals.ts';
import { propagate, withDualDataCenters } from './propagate.ts';

const uniq = (ids: Iterable<string>) => [...new Set(ids)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

/** The tracked services of a group with their status events in time order (only services with an outage). */
function serviceHistories(data: IncidentData, group: string): { service: string; events: StatusEvent[] }[] {
  const mine = new Set(data.services.filter((s) => s.tracked && groupOf(s.organization, data.organizations) === group).map((s) => s.id));
  return [...statusHistory(data)]
    .filter(([service, list]) => mine.has(service) && list.some((e) => e.status !== 'restored'))
    .map(([service, events]) => ({ service, events: events.slice(events.findIndex((e) => e.status !== 'restored')) }))
    .sort((a, b) => a.service.localeCompare(b.service));
}

export interface Measured {
  minutes: number;
  service: string;
  /** True when the end is only an upper bound (`as-of`, `by`, `date`). */
  upperBound: boolean;
  sources: string[];
}

export interface GroupOutcome {
  group: string;
  /** Tracked services with at least one outage or degradation. */
  affected: { count: number; services: string[]; sources: string[] };
  /** The longest outage whose end is pinned (exact or approximate). */
  longest: ServiceOutage | null;
  /** Services whose full restoration is on record only as an upper bound, or not at all. */
  longestLeftOut: { bounded: string[]; open: string[] };
  /** Median minutes from a service's first outage to the first report that its main functions worked (partially restored or restored). */
  medianMain: { minutes: number; n: number; upperBounds: number; unknown: string[]; sources: string[] } | null;
  /**
   * Minutes from first outage to full restoration, summed over services whose restoration is on
   * record; spans declared open at the end of the data are left out and listed in `open`.
   * `upperBounds` counts the services whose restoration is only bounded (`as-of`, `by`, `date`).
   */
  serviceMinutes: { minutes: number; n: number; upperBounds: number; open: string[]; sources: string[] };
  /** Time until the core service worked again: its first outage to its first report of working (0 when it never went fully down). */
  core: { minutes: number; neverDown: boolean; services: string[]; upperBound: boolean; sources: string[] } | null;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function groupOutcome(data: IncidentData, group: string, coreServices: string[] = []): GroupOutcome {
  const histories = serviceHistories(data, group);
  const mine = new Set(histories.map((h) => h.service));
  const affectedSources = data.services.filter((s) => mine.has(s.id)).flatMap((s) => s.sources);
  // First outage to last restoration per service, as the home page's figures count it.
  const outages = serviceOutages(data).filter((o) => mine.has(o.service));
  const { longest, bounded, open } = longestOutage(data, outages);
  const full = outages.filter((o) => o.end !== null);

  const main = histories.map((h) => {
    const first = h.events[0]!;
    const back = h.events.find((e) => e.status === 'partially-restored' || e.status === 'restored');
    return back ? { service: h.service, minutes: durationMinutes(first.at, back.at, back.at), upperBound: !KNOWN_END.has(back.precision), sources: uniq([...first.sources, ...back.sources]) } : { service: h.service, minutes: null };
  });
  const mainKnown = main.filter((m): m is Measured => m.minutes !== null);

  let core: GroupOutcome['core'] = null;
  const coreHistories = histories.filter((h) => coreServices.includes(h.service));
  if (coreServices.length) {
    const down = coreHistories.map((h) => ({ h, i: h.events.findIndex((e) => e.status === 'down') })).filter((x) => x.i >= 0);
    if (!down.length) {
      core = { minutes: 0, neverDown: true, services: coreServices, upperBound: false, sources: uniq(coreHistories.flatMap((h) => h.events[0]!.sources)) };
    } else {
      // The core works again when every core service that went down has a later report of working.
      const spans = down.map(({ h, i }) => {
        const back = h.events.slice(i + 1).find((e) => e.status !== 'down');
        return back ? { minutes: durationMinutes(h.events[i]!.at, back.at, back.at), upperBound: !KNOWN_END.has(back.precision), sources: [...h.events[i]!.sources, ...back.sources] } : null;
      });
      if (spans.every((s) => s !== null)) {
        const worst = spans.reduce((a, b) => (b!.minutes > a!.minutes ? b : a))!;
        core = { minutes: worst.minutes, neverDown: false, services: coreServices, upperBound: worst.upperBound, sources: uniq(spans.flatMap((s) => s!.sources)) };
      }
    }
  }

  return {
    group,
    affected: { count: histories.length, services: histories.map((h) => h.service), sources: uniq(affectedSources) },
    longest: longest ?? null,
    longestLeftOut: { bounded: bounded.map((o) => o.service).sort(), open: open.map((o) => o.service).sort() },
    medianMain: mainKnown.length
      ? {
          minutes: median(mainKnown.map((m) => m.minutes)),
          n: mainKnown.length,
          upperBounds: mainKnown.filter((m) => m.upperBound).length,
          unknown: main.filter((m) => m.minutes === null).map((m) => m.service),
          sources: uniq(mainKnown.flatMap((m) => m.sources)),
        }
      : null,
    serviceMinutes: {
      minutes: full.reduce((a, f) => a + f.minutes, 0),
      n: full.length,
      upperBounds: full.filter((f) => !KNOWN_END.has(f.endPrecision!)).length,
      open: open.map((o) => o.service).sort(),
      sources: uniq(full.flatMap((f) => f.sources)),
    },
    core,
  };
}

export interface WhatIf {
  group: string;
  site: string;
  /** Services of the group in the dependency model. */
  total: number;
  fire: { down: number; degraded: number };
  dual: { down: number; degraded: number };
  /** Services down in the fire that the second data center would have kept running. */
  saved: string[];
  /** Services down even with a second data center (they depend on something outside the building too). */
  stillDown: string[];
  sources: string[];
}

/**
 * The model question: with the same fire, how many of the group's services would have stayed up had
 * everything it ran in the building had a replica elsewhere, the way Naver's systems did.
 */
export function whatIf(data: IncidentData, group: string, site: string): WhatIf {
  const graph = dependencyGraph(data);
  const services = graph.nodes.filter((n) => n.kind === 'service' && n.layer === 'service' && n.group === group).map((n) => n.id);
  const fire = propagate(graph, [site]);
  const dual = propagate(withDualDataCenters(graph, group, site), [site]);
  const count = (p: typeof fire) => ({ down: services.filter((s) => p.failed.has(s)).length, degraded: services.filter((s) => p.degraded.has(s)).length });
  const inModel = new Set(services);
  return {
    group,
    site,
    total: services.length,
    fire: count(fire),
    dual: count(dual),
    saved: services.filter((s) => fire.failed.has(s) && !dual.failed.has(s)),
    stillDown: services.filter((s) => dual.failed.has(s)),
    sources: uniq(data.dependencies.filter((e) => inModel.has(e.to) || inModel.has(e.from)).flatMap((e) => e.sources)),
  };
}

/** Counts of table cells per status, per organization. */
export function statusCounts(r: Redundancy): Map<string, Record<RedundancyStatus, number>> {
  return new Map(
    r.organizations.map((o) => {
      const c: Record<RedundancyStatus, number> = { redundant: 0, partial: 0, 'not-redundant': 0, unknown: 0 };
      for (const cell of o.layers) c[cell.status]++;
      return [o.organization, c];
    }),
  );
}

export interface Comparison {
  redundancy: Redundancy;
  outcomes: GroupOutcome[];
  whatIf: WhatIf;
}

/** The comparison and its figure book, computed once per incident (pages, charts and data files share it). */
export const comparisonOf = /* @__PURE__ */ perIncident((data): { c: Comparison; book: FigureBook } | undefined => {
  const c = comparison(data);
  return c ? { c, book: comparisonFigures(data, c) } : undefined;
});

/** Everything the comparison page shows, or undefined when the incident has no redundancy table. */
export function comparison(data: IncidentData): Comparison | undefined {
  const r = data.redundancy;
  if (!r) return undefined;
  return {
    redundancy: r,
    outcomes: r.organizations.map((o) => groupOutcome(data, o.organization, o.core.services)),
    whatIf: whatIf(data, r.organizations[0]!.organization, r.site),
  };
}

/** Source ids of the service rows named. */
function serviceSources(data: IncidentData, ids: string[]): string[] {
  const set = new Set(ids);
  return uniq(data.services.filter((s) => set.has(s.id)).flatMap((s) => s.sources));
}

/** Every number the comparison shows, with its id, unit and sources. */
export function comparisonFigures(data: IncidentData, c: Comparison): FigureBook {
  const out: ComputedFigure[] = [];
  const add = (f: ComputedFigure) => out.push({ ...f, sources: uniq(f.sources) });
  const names = new Map(data.organizations.map((o) => [o.id, o.name]));
  const status = statusCounts(c.redundancy);
  for (const o of c.outcomes) {
    const g = o.group;
    const name = names.get(g) ?? { ko: g, en: g };
    const org = c.redundancy.organizations.find((x) => x.organization === g)!;
    add({ id: `${g}.affected`, label: { ko: `${name.ko}: 장애를 겪은 서비스`, en: `${name.en}: services affected` }, value: o.affected.count, unit: 'services', sources: o.affected.sources });
    if (o.longest) add({ id: `${g}.longest`, label: { ko: `${name.ko}: 복구 시각이 확인된 가장 긴 장애`, en: `${name.en}: longest outage with a known end` }, value: o.longest.minutes, unit: 'minutes', sources: o.longest.sources });
    const leftOut = [...o.longestLeftOut.bounded, ...o.longestLeftOut.open];
    if (leftOut.length) add({ id: `${g}.longest-left-out`, label: { ko: `${name.ko}: 복구 시각이 상한으로만 알려졌거나 기록이 없는 서비스`, en: `${name.en}: services whose restoration is only bounded or not on record` }, value: leftOut.length, unit: 'services', sources: serviceSources(data, leftOut) });
    if (o.medianMain) {
      add({ id: `${g}.median-main`, label: { ko: `${name.ko}: 주요 기능 복구까지 걸린 시간(중앙값)`, en: `${name.en}: median time until main functions worked` }, value: o.medianMain.minutes, unit: 'minutes', upperBound: o.medianMain.upperBounds > 0, sources: o.medianMain.sources });
      add({ id: `${g}.median-main-n`, label: { ko: `${name.ko}: 중앙값에 든 서비스`, en: `${name.en}: services in the median` }, value: o.medianMain.n, unit: 'services', sources: o.medianMain.sources });
      if (o.medianMain.upperBounds) add({ id: `${g}.median-main-upper`, label: { ko: `${name.ko}: 그중 보도 시점(상한)으로만 알려진 서비스`, en: `${name.en}: of which known only by a report time (upper bound)` }, value: o.medianMain.upperBounds, unit: 'services', sources: o.medianMain.sources });
      if (o.medianMain.unknown.length) add({ id: `${g}.median-main-unknown`, label: { ko: `${name.ko}: 주요 기능 복구 시각이 없는 서비스`, en: `${name.en}: services with no time for main functions` }, value: o.medianMain.unknown.length, unit: 'services', sources: serviceSources(data, o.medianMain.unknown) });
    }
    if (o.serviceMinutes.n) {
      add({ id: `${g}.service-minutes`, label: { ko: `${name.ko}: 잃은 서비스·시간(복구 기록이 있는 서비스만)`, en: `${name.en}: service-hours lost (services with a restoration on record)` }, value: o.serviceMinutes.minutes, unit: 'service-minutes', upperBound: o.serviceMinutes.upperBounds > 0, sources: o.serviceMinutes.sources });
      add({ id: `${g}.service-minutes-n`, label: { ko: `${name.ko}: 서비스·시간에 든 서비스`, en: `${name.en}: services in the service-hours` }, value: o.serviceMinutes.n, unit: 'services', sources: o.serviceMinutes.sources });
    }
    if (o.serviceMinutes.open.length) add({ id: `${g}.open`, label: { ko: `${name.ko}: 복구 기록이 없는 서비스`, en: `${name.en}: services with no restoration on record` }, value: o.serviceMinutes.open.length, unit: 'services', sources: serviceSources(data, o.serviceMinutes.open) });
    if (o.core) add({ id: `${g}.core`, label: { ko: `${name.ko}: ${org.core.label.ko}가 다시 되기까지`, en: `${name.en}: until ${org.core.label.en} worked again` }, value: o.core.minutes, unit: 'minutes', upperBound: o.core.upperBound, sources: o.core.sources });
    if (org.servers) {
      const f = data.figures.find((x) => x.id === org.servers)!;
      add({ id: `${g}.servers`, label: { ko: `${name.ko}: ${f.label.ko}`, en: `${name.en}: ${f.label.en}` }, value: f.value, unit: 'servers', approx: f.approx, sources: f.sources });
    }
    const counts = status.get(g)!;
    for (const [s, n] of Object.entries(counts)) {
      const cells = org.layers.filter((x) => x.status === s);
      if (n) add({ id: `${g}.layers.${s}`, label: { ko: `${name.ko}: ${STATUS_WORD[s as RedundancyStatus].ko} 층`, en: `${name.en}: layers ${STATUS_WORD[s as RedundancyStatus].en}` }, value: n, unit: 'layers', sources: cells.flatMap((x) => x.sources) });
    }
  }
  add({ id: 'layers', label: { ko: '비교한 층', en: 'Layers compared' }, value: c.redundancy.layers.length, unit: 'layers', sources: c.redundancy.organizations.flatMap((o) => o.layers.flatMap((x) => x.sources)) });
  const w = c.whatIf;
  const wName = names.get(w.group) ?? { ko: w.group, en: w.group };
  add({ id: 'whatif.total', label: { ko: `모델 속 ${wName.ko} 서비스`, en: `${wName.en} services in the model` }, value: w.total, unit: 'services', sources: w.sources });
  add({ id: 'whatif.fire-down', label: { ko: '모델: 화재 때 멈춘 서비스', en: 'Model: services down in the fire' }, value: w.fire.down, unit: 'services', sources: w.sources });
  add({ id: 'whatif.fire-degraded', label: { ko: '모델: 화재 때 예비로 버틴 서비스', en: 'Model: services on a replica in the fire' }, value: w.fire.degraded, unit: 'services', sources: w.sources });
  add({ id: 'whatif.dual-down', label: { ko: '모델: 두 번째 데이터센터가 있었다면 멈췄을 서비스', en: 'Model: services down with a second data center' }, value: w.dual.down, unit: 'services', sources: w.sources });
  add({ id: 'whatif.dual-degraded', label: { ko: '모델: 두 번째 데이터센터가 있었다면 예비로 버텼을 서비스', en: 'Model: services on a replica with a second data center' }, value: w.dual.degraded, unit: 'services', sources: w.sources });
  add({ id: 'whatif.saved', label: { ko: '모델: 두 번째 데이터센터가 살렸을 서비스', en: 'Model: services a second data center would have kept up' }, value: w.saved.length, unit: 'services', sources: w.sources });
  return new FigureBook(out);
}

export const STATUS_WORD: Record<RedundancyStatus, { ko: string; en: string }> = {
  redundant: { ko: '센터 간 이중화', en: 'redundant across centers' },
  partial: { ko: '일부만 이중화', en: 'partly redundant' },
  'not-redundant': { ko: '불난 센터에만 있음', en: 'only in the center that burned' },
  unknown: { ko: '알 수 없음', en: 'unknown' },
};
