import { z } from 'zod';
import { Bilingual, Id, KstTime, SourceIds } from './common.ts';

export const Unit = z
  .enum(['servers', 'users', 'reports', 'percent', 'krw', 'hours', 'minutes', 'cases', 'm2', 'count', 'people', 'vehicles', 'racks', 'year', 'liters', 'kg', 'systems', 'tb', 'days'])
  .describe('Unit of `value`.');

/** `figures.yaml`: a number a source states (servers, users, reports, money). */
export const Figure = z
  .object({
    id: Id,
    label: Bilingual.describe('What the number counts.'),
    value: z.number({ error: 'a number (no quotes, no thousands separators)' }).describe('The number itself, e.g. `32000`.'),
    unit: Unit,
    approx: z.boolean().default(false).describe('`true` when the source says "about".'),
    asOf: KstTime.optional().describe('When the number was true.'),
    organization: Id.optional().describe('Organization the number is about.'),
    sources: SourceIds,
  })
  .strict();
export type Figure = z.infer<typeof Figure>;
