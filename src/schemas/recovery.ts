import { z } from 'zod';
import { Bilingual, ConflictId, Id, KstTime, SourceIds } from './common.ts';
import { Precision } from './event.ts';

/** A percentage as a source published it. */
export const PublishedPercent = z
  .object({
    value: z.number({ error: 'a number in percent, e.g. 7.3 (no % sign)' }).min(0).max(100).describe('The percentage as published, e.g. `7.3`.'),
    approx: z.boolean().default(false).describe('`true` when the source wrote it as approximate ("약 68%").'),
    sources: SourceIds,
  })
  .strict();

/** Another count published for the same report (a conflict between sources). */
export const AlternativeCount = z
  .object({
    restored: z.number().int().min(0).describe('The other count.'),
    published: z.array(PublishedPercent).default([]).describe('Percentages published with it.'),
    note: Bilingual.describe('Who gives it and how it differs.'),
    sources: SourceIds,
  })
  .strict();

/** One published count: so many of a total back at a time. */
export const RecoveryPoint = z
  .object({
    at: KstTime.describe('When the count was true, in KST with `+09:00`.'),
    precision: Precision,
    restored: z.number({ error: 'a whole number of restored systems (no quotes)' }).int().min(0).optional().describe('How many were back. May be left out only when the source gave just a percentage (`published`).'),
    total: z.number({ error: 'the denominator the count was published against, a whole number: a count without its total cannot be turned into a share' }).int().positive().describe('The denominator the count was published against (required): totals change as a government recounts.'),
    published: z.array(PublishedPercent).default([]).describe('Percentages as the sources published them; the site computes its own from `restored / total` and keeps any that disagree as a conflict.'),
    revised: z
      .object({ note: Bilingual.describe('What changed in the count and why.'), sources: SourceIds })
      .strict()
      .optional()
      .describe('Required on the first point whose `total` differs from the point before: who revised the total, and why.'),
    conflict: ConflictId.optional().describe('Conflict id from conflicts.yaml; required when a published percentage disagrees with the count or an alternative count is given.'),
    alternatives: z.array(AlternativeCount).default([]).describe('Other counts sources give for the same report.'),
    event: Id.optional().describe('Id of the event in events.yaml that reports the same count, when there is one.'),
    note: Bilingual.optional().describe('What readers should know about this count.'),
    sources: SourceIds,
  })
  .strict();

/** One series: counts of the same thing over time. */
export const RecoverySeries = z
  .object({
    id: Id.describe('Series id, e.g. `all-systems` or `grade-1`.'),
    label: Bilingual.describe('What is counted.'),
    subject: Id.optional().describe('Id of the service or component the series counts, when there is one.'),
    points: z.array(RecoveryPoint).min(1, { error: 'at least one point' }).describe('The published counts, in time order.'),
  })
  .strict();

/** `recovery.yaml`: published recovery counts over changing totals (optional file). */
export const Recovery = z
  .object({
    series: z.array(RecoverySeries).min(1, { error: 'at least one series' }).describe('The series, the main one first.'),
  })
  .strict();
export type Recovery = z.infer<typeof Recovery>;
export type RecoverySeries = z.infer<typeof RecoverySeries>;
export type RecoveryPoint = z.infer<typeof RecoveryPoint>;
