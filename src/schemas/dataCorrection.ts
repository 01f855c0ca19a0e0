import { z } from 'zod';
import { Bilingual, KstTime, SourceIds } from './common.ts';
import { DATA_FILES, type DataFileName } from './dataFiles.ts';

const FILE_NAMES = Object.keys(DATA_FILES) as [DataFileName, ...DataFileName[]];

/**
 * `corrections.yaml` (optional): the incident's data-corrections log. Files already downloaded
 * and charts already embedded elsewhere change when the data does, so every change of a published
 * value is logged here with its date; the /data/ page and the feed show the log.
 */
export const DataCorrection = z
  .object({
    date: KstTime.describe('When the corrected data was published, KST with `+09:00`.'),
    files: z
      .array(z.enum(FILE_NAMES))
      .min(1, { error: 'at least one public data file whose values changed' })
      .describe(`Public data files (\`/data/<incident>/<name>.json|csv\`) whose values changed: ${FILE_NAMES.map((n) => `\`${n}\``).join(', ')}.`),
    text: Bilingual.describe('What changed: the old value and the new one.'),
    why: Bilingual.describe('Why: the error found, or the better source.'),
    sources: SourceIds,
  })
  .strict();
export type DataCorrection = z.infer<typeof DataCorrection>;
