/**
 * Shapes of the public files at /data/<incident>/*.json|csv. Other newsrooms rely on these
 * names: add fields, never rename or remove them. The /data/ page prints these descriptions,
 * and a unit test validates the generated rows against them.
 */
import { z } from 'zod';
import { Bilingual, Id, KstTime, SourceIds } from './common.ts';
import { Confidence, MilestoneKind, OpenSpan, Precision, Status } from './event.ts';
import { DependencyKind } from './dependency.ts';
import { ServiceCategory } from './service.ts';
import { Reliability } from './source.ts';

export const ServiceRow = z
  .object({
    id: Id.describe('Service id, stable across releases.'),
    organization: Id.describe('Id of the organization that runs it.'),
    group: Id.describe('Id of the group it belongs to (a subsidiary belongs to its parent company\'s group).'),
    name: Bilingual.describe('Name in Korean (`ko`) and English (`en`).'),
    category: ServiceCategory,
    parent: Id.nullable().describe('Service this is a feature of, or null.'),
    tracked: z.boolean().describe('Whether the service has status events of its own.'),
    sources: SourceIds,
  })
  .strict();

export const OutageRow = z
  .object({
    service: Id.describe('Service id (see services.json).'),
    organization: Id.describe('Id of the organization that runs the service.'),
    status: Status.exclude(['restored']).describe('Status during the interval: `down`, `degraded` or `partially-restored`.'),
    start: KstTime.describe('Start of the interval, ISO 8601 with `+09:00`.'),
    end: KstTime.nullable().describe('End of the interval (the next status change), or null while it is still open at the end of the data.'),
    startPrecision: Precision.describe('Precision of `start` (exact, approx, as-of, by, date).'),
    endPrecision: Precision.nullable().describe('Precision of `end`, null when open.'),
    confidence: Confidence.describe('Lowest confidence among the events that make up the interval.'),
    conflicts: z.array(z.string()).describe('Ids of source conflicts touching the interval (see the sources page).'),
    events: z.array(Id).describe('Ids of the events (events.json) that open, extend and close the interval.'),
    open: OpenSpan.nullable().describe('For an interval with no end (`end` null): why, as the data declares it (`note` and `sources`); null otherwise.'),
    sources: SourceIds,
  })
  .strict();

export const EventRow = z
  .object({
    id: Id.describe('Event id.'),
    at: KstTime.describe('When, ISO 8601 with `+09:00`.'),
    precision: Precision,
    kind: z.enum(['status', 'milestone']).describe('`status` (a service or component changes status) or `milestone` (fire, power, statements, government).'),
    subject: Id.nullable().describe('Service or component id for status events; null for milestones.'),
    status: Status.nullable().describe('New status for status events; null for milestones.'),
    milestone: MilestoneKind.nullable().describe('Milestone kind (see the kinds on this page); null for status events.'),
    organization: Id.nullable().describe('Organization concerned, when known.'),
    value: z.number().nullable().describe('Number that goes with a milestone (e.g. power level in percent), or null.'),
    confidence: Confidence,
    conflict: z.string().nullable().describe('Conflict id when sources disagree, or null.'),
    alternatives: z
      .array(z.object({ at: KstTime, precision: Precision, note: Bilingual.nullable(), sources: SourceIds }).strict())
      .describe('Other times sources give for the same moment.'),
    text: Bilingual.describe('What happened.'),
    open: OpenSpan.nullable().describe('On the last event of a subject whose status lasts past the end of the data: why (`note` and `sources`); null otherwise.'),
    sources: SourceIds,
  })
  .strict();

export const DependencyRow = z
  .object({
    from: Id.describe('Upstream id (depended on).'),
    to: Id.describe('Downstream id (the dependent); a failure flows from `from` to `to`.'),
    kind: DependencyKind,
    redundant: z.boolean().describe('True when `to` had a working replica elsewhere.'),
    note: Bilingual.nullable().describe('Detail on the edge, or null.'),
    sources: SourceIds,
  })
  .strict();

export const SourceRow = z
  .object({
    id: z.string().describe('Source id as cited everywhere else, e.g. `S12`.'),
    publisher: z.string().describe('Outlet or publisher.'),
    title: z.string().describe('What the page reports.'),
    url: z.string().nullable().describe('Address, or null (the seed article).'),
    date: z.string().nullable().describe('Publication day `YYYY-MM-DD`, or null when unknown.'),
    reliability: Reliability,
    usedBy: z.number().int().describe('How many rows of this incident cite the source.'),
  })
  .strict();

export const ComparisonRow = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)*$/).describe('Figure id, stable across releases, e.g. `kakao.core` (the group comes first).'),
    label: Bilingual.describe('What the figure measures.'),
    value: z.number().describe('The value in `unit`.'),
    unit: z.enum(['minutes', 'count', 'services', 'servers', 'service-minutes', 'layers']).describe('`minutes`, `services`, `servers`, `service-minutes` (minutes summed over services), `layers` or `count`.'),
    display: Bilingual.describe('The value as the page prints it.'),
    approx: z.boolean().describe('True when the source said "about".'),
    upperBound: z.boolean().describe('True when the value is built from "restored by" or "as of" reports and the truth may be lower.'),
    sources: SourceIds,
  })
  .strict();

export const RedundancyRow = z
  .object({
    organization: Id.describe('Organization group id.'),
    layer: Id.describe('Layer id (data, application, service-platform, ops-tools, auth, media-storage, power).'),
    status: z.enum(['redundant', 'partial', 'not-redundant', 'unknown']).describe('Across data centers: `redundant`, `partial`, `not-redundant` or `unknown`.'),
    note: Bilingual.describe('What the sources say.'),
    sources: SourceIds,
  })
  .strict();

const PublishedShareRow = z
  .object({
    value: z.number().describe('The percentage as published.'),
    approx: z.boolean().describe('True when published as approximate.'),
    agrees: z.boolean().nullable().describe('Whether it is `restored / total` (within rounding); null when no count was published.'),
    sources: SourceIds,
  })
  .strict();

export const RecoveryRow = z
  .object({
    series: Id.describe('Series id, e.g. `all-systems` or `grade-1` (one row per published count, series after series).'),
    at: KstTime.describe('When the count was true, ISO 8601 with `+09:00`.'),
    precision: Precision,
    restored: z.number().int().nullable().describe('How many were back, or null when the source gave only a percentage.'),
    total: z.number().int().describe('The denominator the count was published against; it changes when the total is revised.'),
    percent: z.number().nullable().describe('`restored / total` in percent to one decimal, computed by the site; null without a count.'),
    published: z.array(PublishedShareRow).describe('Percentages as sources published them, each with `agrees` (false marks a disagreement, see `conflict`).'),
    totalRevised: z.object({ note: Bilingual, sources: SourceIds }).strict().nullable().describe('On the first count against a new total: what changed and who says so; null otherwise.'),
    conflict: z.string().nullable().describe('Conflict id when sources disagree about this count or its percentage, or null.'),
    alternatives: z
      .array(z.object({ restored: z.number().int(), percent: z.number(), published: z.array(PublishedShareRow), note: Bilingual, sources: SourceIds }).strict())
      .describe('Other counts sources give for the same report.'),
    event: Id.nullable().describe('Id of the event (events.json) that reports the same count, or null.'),
    sources: SourceIds,
  })
  .strict();

export const DATA_FILES = {
  services: { schema: ServiceRow, ko: '서비스와 기능 목록', en: 'Services and features' },
  outages: { schema: OutageRow, ko: '서비스별 장애 구간(이벤트에서 계산)', en: 'Outage intervals per service, derived from the events' },
  events: { schema: EventRow, ko: '시각이 있는 모든 사건(상태 변화와 주요 시점)', en: 'Every timestamped event: status changes and milestones' },
  dependencies: { schema: DependencyRow, ko: '의존 관계(장애가 from에서 to로 번짐)', en: 'Dependencies (a failure flows from `from` to `to`)' },
  sources: { schema: SourceRow, ko: '출처 목록', en: 'Sources' },
  comparison: { schema: ComparisonRow, ko: '카카오·네이버 비교 페이지의 모든 수치(데이터에서 계산, 출처 포함)', en: 'Every figure on the Kakao–Naver comparison, computed from the data, with sources' },
  redundancy: { schema: RedundancyRow, ko: '조직·층별 데이터센터 간 이중화 여부', en: 'Redundancy across data centers per organization and layer' },
  recovery: { schema: RecoveryRow, ko: '발표된 복구 집계(복구 수, 당시 분모, 계산한 비율과 발표된 비율)', en: 'Published recovery counts: restored, the total at the time, the computed share and the published one' },
} as const;
export type DataFileName = keyof typeof DATA_FILES;
