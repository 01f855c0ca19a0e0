import { z } from 'zod';
import { Bilingual, Id, requireShortName, ShortName, SourceIds } from './common.ts';

export const Tier = z
  .enum(['site', 'power', 'cooling', 'hall', 'platform', 'ops', 'network'])
  .describe('Layer of the stack: `site` (data center), `power`, `cooling` (air conditioning, temperature and humidity control), `hall` (server rooms), `platform`, `ops` (operation tools), `network`.');

/** `components.yaml`: infrastructure and platform pieces readers never see directly. */
export const Component = z
  .object({
    id: Id,
    organization: Id.describe('Id of the organization that owns or operates it.'),
    name: Bilingual.describe('Display name.'),
    short: ShortName.optional(),
    tier: Tier,
    location: Id.optional().describe('Id of the site component where it physically sits.'),
    description: Bilingual.optional().describe('What it does, in one or two sentences.'),
    sources: SourceIds,
  })
  .strict()
  .superRefine(requireShortName);
export type Component = z.infer<typeof Component>;
