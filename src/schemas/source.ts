import { z } from 'zod';
import { IsoDay, SourceId } from './common.ts';

export const Reliability = z
  .enum(['primary', 'news', 'mirror', 'blog', 'low'])
  .describe('`primary` (official statement), `news`, `mirror` (re-post of another outlet), `blog`, `low` (used with care).');

/** `sources.yaml`: one page a fact comes from. */
export const Source = z
  .object({
    id: SourceId,
    publisher: z.string().trim().min(1, { error: 'the outlet or publisher name' }).describe('Outlet or publisher.'),
    title: z.string().trim().min(1, { error: 'a short description of the page' }).describe('Short description of what the page reports.'),
    url: z.url({ protocol: /^https?$/, error: 'a full http(s) address' }).optional().describe('Address of the page; only the seed article has none.'),
    date: IsoDay.optional().describe('Publication day, when known.'),
    reliability: Reliability.default('news'),
    note: z.string().optional().describe('Caveat on the source.'),
  })
  .strict();
export type Source = z.infer<typeof Source>;
