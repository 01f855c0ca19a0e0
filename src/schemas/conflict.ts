import { z } from 'zod';
import { Bilingual, ConflictId, SourceIds } from './common.ts';

/** `conflicts.yaml`: where sources disagree; the site shows every version. */
export const Conflict = z
  .object({
    id: ConflictId.describe('Conflict id, unique across the site: `C4`, or `NC16` with the incident\'s source letter when another incident already has `C16`.'),
    topic: Bilingual.describe('What the sources disagree about.'),
    versions: z
      .array(z.object({ text: Bilingual, sources: SourceIds }).strict())
      .min(2, { error: 'at least two versions: a conflict needs two sides' })
      .describe('Each version with the sources that give it.'),
    preferred: Bilingual.describe('Which version the site uses and why.'),
    sources: SourceIds,
  })
  .strict();
export type Conflict = z.infer<typeof Conflict>;
