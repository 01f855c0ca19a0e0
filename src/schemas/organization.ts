import { z } from 'zod';
import { Bilingual, Id, requireShortName, ShortName, SourceIds } from './common.ts';

export const OrganizationKind = z
  .enum(['company', 'affiliate', 'third-party', 'operator', 'government'])
  .describe('`company`, `affiliate` (part of a group), `third-party`, `operator` (runs a data center) or `government`.');

/** `organizations.yaml`: companies, affiliates, third parties and public bodies. */
export const Organization = z
  .object({
    id: Id,
    name: Bilingual.describe('Display name.'),
    short: ShortName.optional(),
    kind: OrganizationKind,
    parent: Id.optional().describe('Id of the group this organization belongs to: a subsidiary names its parent company.'),
    hosting: Bilingual.optional().describe('One line on where its systems ran.'),
    sources: SourceIds,
  })
  .strict()
  .superRefine(requireShortName);
export type Organization = z.infer<typeof Organization>;
