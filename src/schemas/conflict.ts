import { z } from 'zod';
import { Bilingual, SourceIds } from './common.ts';

/** `conflicts.yaml`: where sources disagree; the site shows every version. */
export const Conflict = z
  .object({
    id: z.string().regex(/^C[0-9]+$/, { error: 'a conflict id such as "C4"' }).describe('Conflict id, e.g. `C4`.'),
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
