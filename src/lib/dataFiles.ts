/** Rows of the public data files, built from one incident. Field shapes: src/schemas/dataFiles.ts. */
import type { z } from 'zod';
import type { ComparisonRow, DataFileName, DependencyRow, EventRow, OutageRow, RedundancyRow, ServiceRow, SourceRow } from '../schemas/dataFiles.ts';
import { comparisonOf } from './compare.ts';
import { formatFigure } from './figures.ts';
import { byTime, isStatusEvent } from './events.ts';
import type { IncidentData } from './incidentData.ts';
import { groupOf } from './organizations.ts';
import { incidentIntervals } from './outageIntervals.ts';
import { recoveryRows } from './recoverySeries.ts';
import { sourceUsage } from './sourceUsage.ts';

export function serviceRows(d: IncidentData): z.infer<typeof ServiceRow>[] {
  return d.services.map((s) => ({
    id: s.id,
    organization: s.organization,
    group: groupOf(s.organization, d.organizations),
    name: s.name,
    category: s.category,
    parent: s.parent ?? null,
    tracked: s.tracked,
    sources: s.sources,
  }));
}

export function outageRows(d: IncidentData): z.infer<typeof OutageRow>[] {
  const orgOf = new Map(d.services.map((s) => [s.id, s.organization]));
  return incidentIntervals(d)
    .filter((i) => orgOf.has(i.subject))
    .map((i) => ({
      service: i.subject,
      organization: orgOf.get(i.subject)!,
      status: i.status,
      start: i.start,
      end: i.end,
      startPrecision: i.startPrecision,
      endPrecision: i.endPrecision,
      confidence: i.confidence,
      conflicts: i.conflicts,
      events: i.events,
      open: i.open ?? null,
      sources: i.sources,
    }));
}

export function eventRows(d: IncidentData): z.infer<typeof EventRow>[] {
  return byTime(d.events).map((e) => ({
    id: e.id,
    at: e.at,
    precision: e.precision,
    kind: isStatusEvent(e) ? ('status' as const) : ('milestone' as const),
    subject: isStatusEvent(e) ? e.subject : null,
    status: isStatusEvent(e) ? e.status : null,
    milestone: isStatusEvent(e) ? null : e.milestone,
    organization: isStatusEvent(e) ? null : (e.organization ?? null),
    value: isStatusEvent(e) ? null : (e.value ?? null),
    confidence: e.confidence,
    conflict: e.conflict ?? null,
    alternatives: e.alternatives.map((a) => ({ at: a.at, precision: a.precision, note: a.note ?? null, sources: a.sources })),
    text: e.text,
    open: (isStatusEvent(e) && e.open) || null,
    sources: e.sources,
  }));
}

export function dependencyRows(d: IncidentData): z.infer<typeof DependencyRow>[] {
  return d.dependencies.map((x) => ({ from: x.from, to: x.to, kind: x.kind, redundant: x.redundant, note: x.note ?? null, sources: x.sources }));
}

export function sourceRows(d: IncidentData): z.infer<typeof SourceRow>[] {
  const usage = sourceUsage(d);
  return d.sources.map((s) => ({
    id: s.id,
    publisher: s.publisher,
    title: s.title,
    url: s.url ?? null,
    date: s.date ?? null,
    reliability: s.reliability,
    usedBy: usage.get(s.id)?.length ?? 0,
  }));
}

/** Every figure the comparison shows; empty for an incident without a redundancy table. */
export function comparisonRows(d: IncidentData): z.infer<typeof ComparisonRow>[] {
  const hit = comparisonOf(d);
  if (!hit) return [];
  return hit.book.all.map((f) => ({
    id: f.id,
    label: f.label,
    value: f.value,
    unit: f.unit,
    display: { ko: formatFigure(f, 'ko'), en: formatFigure(f, 'en') },
    approx: f.approx ?? false,
    upperBound: f.upperBound ?? false,
    sources: f.sources,
  }));
}

export function redundancyRows(d: IncidentData): z.infer<typeof RedundancyRow>[] {
  return (d.redundancy?.organizations ?? []).flatMap((o) =>
    (d.redundancy?.layers ?? []).map((l) => {
      const cell = o.layers.find((x) => x.layer === l.id)!;
      return { organization: o.organization, layer: l.id, status: cell.status, note: cell.note, sources: cell.sources };
    }),
  );
}

/**
 * The data files an incident has data for. Events and sources always; the others only when the
 * incident holds what they list (an incident without a dependency graph has no dependencies file).
 */
export function dataFilesOf(d: IncidentData): DataFileName[] {
  const has: Record<DataFileName, boolean> = {
    comparison: comparisonOf(d) !== undefined,
    redundancy: d.redundancy !== undefined,
    services: d.services.length > 0,
    outages: outageRows(d).length > 0,
    events: true,
    dependencies: d.dependencies.length > 0,
    sources: true,
    recovery: d.recovery !== undefined,
  };
  return (Object.keys(has) as DataFileName[]).filter((n) => has[n]);
}

export const dataRows: Record<DataFileName, (d: IncidentData) => object[]> = {
  comparison: comparisonRows,
  redundancy: redundancyRows,
  services: serviceRows,
  outages: outageRows,
  events: eventRows,
  dependencies: dependencyRows,
  sources: sourceRows,
  recovery: (d) => recoveryRows(d.recovery),
};
