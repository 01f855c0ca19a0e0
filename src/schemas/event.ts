import { z } from 'zod';
import { Bilingual, ConflictId, Id, KstTime, SourceIds } from './common.ts';

export const Precision = z
  .enum(['exact', 'approx', 'as-of', 'by', 'date', 'month', 'year'])
  .describe('What the time means: `exact` minute, `approx` ("about"), `as-of` (a snapshot: the change happened at or before), `by` (upper bound), `date` (only the day is known; the time is a placeholder), `month` (only the month: the 1st, 12:00), `year` (only the year: 1 January, 12:00).');

export const Confidence = z
  .enum(['confirmed', 'single', 'conflicting'])
  .describe('`confirmed` (two or more independent sources), `single` (one source), `conflicting` (sources disagree; see `conflict`).');

export const Status = z
  .enum(['down', 'degraded', 'partially-restored', 'restored'])
  .describe('Status from this instant on: `down`, `degraded`, `partially-restored` or `restored`.');

/** A kind from content/milestones.yaml (checked against that list; kinds are data, not code). */
export const MilestoneKind = Id.describe('Kind of milestone: the id of a kind in content/milestones.yaml, e.g. `ignition`, `alert-raised`.');

/** Another version of the same moment, from other sources. */
export const Alternative = z
  .object({
    at: KstTime,
    precision: Precision,
    note: Bilingual.optional().describe('Who says so and why it differs.'),
    sources: SourceIds,
  })
  .strict();

const shared = {
  id: Id,
  at: KstTime.describe('When it happened, in KST with `+09:00`.'),
  precision: Precision,
  confidence: Confidence,
  conflict: ConflictId.optional().describe('Conflict id from conflicts.yaml; required when `confidence` is `conflicting`.'),
  alternatives: z.array(Alternative).default([]).describe('Other times sources give for this moment.'),
  text: Bilingual.describe('What happened, in one short sentence.'),
  sources: SourceIds,
};

/**
 * On the last event of a subject whose status is not `restored`: the span it opens is still
 * open when the data ends (`dataAsOf`) on purpose, and why. Without it an unclosed span is an
 * error, so a missing restore can never pass as an outage that lasts to the end of the data.
 */
export const OpenSpan = z
  .object({
    note: Bilingual.describe('Why no end is recorded: what is known, and what was not found.'),
    sources: SourceIds,
  })
  .strict()
  .describe('Declares that this status lasts past `dataAsOf` on purpose: `{ note: { ko, en }, sources: [...] }`. Only on the last event of a subject, and never on `restored`.');

/** A status change of one service or component. */
export const StatusEvent = z
  .object({
    ...shared,
    subject: Id.describe('Id of the service or component whose status changes.'),
    status: Status,
    open: OpenSpan.optional(),
  })
  .strict();

/** An incident milestone: fire, power, statements, government action. */
export const MilestoneEvent = z
  .object({
    ...shared,
    milestone: MilestoneKind,
    organization: Id.optional().describe('Organization the milestone concerns.'),
    value: z.number().optional().describe('A number that goes with it, e.g. power level in percent.'),
  })
  .strict();

/** `events.yaml`: every entry is either a status change (`subject` + `status`) or a milestone (`milestone`). */
export const Event = z.union([StatusEvent, MilestoneEvent], {
  error: 'either a status change (with `subject` and `status`) or a milestone (with `milestone`)',
});
export type StatusEvent = z.infer<typeof StatusEvent>;
export type MilestoneEvent = z.infer<typeof MilestoneEvent>;
export type Event = z.infer<typeof Event>;
export type Status = z.infer<typeof Status>;
export type Precision = z.infer<typeof Precision>;
export type OpenSpan = z.infer<typeof OpenSpan>;
