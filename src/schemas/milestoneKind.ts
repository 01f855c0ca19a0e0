import { z } from 'zod';
import { Bilingual, Id } from './common.ts';

/**
 * `content/milestones.yaml`: the kinds of milestone an incident's events may name (`milestone:`),
 * with their words. Kinds are data, shared by every incident: a new kind is a new entry, not code.
 */
export const MilestoneKindDef = z
  .object({
    id: Id.describe('Kind id, written as `milestone:` in events.yaml, e.g. `alert-raised`.'),
    label: Bilingual.describe('Short label: what the timeline writes by the rule and the tables write for the kind.'),
    description: Bilingual.describe('What an event of this kind records.'),
    valueLabel: Bilingual.optional().describe('Label for an event that carries a `value`, with `{value}` where the number goes, e.g. `{ko: "전력 {value}%", en: "Power {value}%"}`.'),
    organizationLabel: Bilingual.optional().describe('Label for an event that names an `organization`, with `{organization}` where its name goes.'),
    timeline: z.boolean().default(false).describe('`true` when the timeline draws events of this kind as rules with their labels; the others stay in the tables and data files.'),
  })
  .strict();
export type MilestoneKindDef = z.infer<typeof MilestoneKindDef>;
