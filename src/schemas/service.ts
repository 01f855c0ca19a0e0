import { z } from 'zod';
import { Bilingual, Id, requireShortName, ShortName, SourceIds } from './common.ts';

export const ServiceCategory = z
  .enum([
    'messaging', 'mail', 'portal', 'community', 'blog', 'maps', 'mobility', 'payments', 'finance',
    'music', 'content', 'games', 'commerce', 'productivity', 'ai', 'sports', 'login', 'ads',
    'government', 'emergency', 'identity', 'postal', 'storage', 'other',
  ])
  .describe('Kind of service, used for filters: messaging, mail, portal, community, blog, maps, mobility, payments, finance, music, content, games, commerce, productivity, ai, sports, login, ads, government (public administration), emergency (119 and safety), identity (ID checks), postal, storage (files and documents), other.');

/** `services.yaml`: what readers use — a service or one feature of it. */
export const Service = z
  .object({
    id: Id,
    organization: Id.describe('Id of the organization that runs it.'),
    name: Bilingual.describe('Display name.'),
    short: ShortName.optional(),
    category: ServiceCategory,
    parent: Id.optional().describe('Id of the service this is a feature of.'),
    tracked: z.boolean().default(true).describe('`false` for umbrella entries that have no status events of their own. Default `true`.'),
    note: Bilingual.optional().describe('What readers should know about this entry.'),
    sources: SourceIds,
  })
  .strict()
  .superRefine(requireShortName);
export type Service = z.infer<typeof Service>;
