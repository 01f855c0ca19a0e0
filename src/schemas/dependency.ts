import { z } from 'zod';
import { Bilingual, Id, SourceIds } from './common.ts';

export const DependencyKind = z
  .enum(['hosts', 'powers', 'cools', 'authenticates', 'stores', 'operates', 'fails-over', 'messages', 'maps', 'pays', 'links', 'notifies', 'substitutes'])
  .describe('How `to` leans on `from`: hosts, powers, cools, authenticates, stores, operates, fails-over, messages, maps, pays, links, notifies, substitutes.');

/** `dependencies.yaml`: one edge; a failure flows from `from` to `to`. */
export const Dependency = z
  .object({
    from: Id.describe('Upstream: the organization, service or component depended on.'),
    to: Id.describe('Downstream: the one that depends on `from`.'),
    kind: DependencyKind,
    redundant: z.boolean().describe('`true` when `to` had a working replica elsewhere, so losing `from` alone did not take it down.'),
    note: Bilingual.optional().describe('Detail on the edge.'),
    sources: SourceIds,
  })
  .strict();
export type Dependency = z.infer<typeof Dependency>;
