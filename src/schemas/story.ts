import { z } from 'zod';
import { Id, KstTime } from './common.ts';

/** Front matter of `content/stories/<slug>.md`. */
export const Story = z
  .object({
    title: z.string().trim().min(1, { error: 'a headline' }).max(90, { error: 'a headline of at most 90 characters' }).describe('Headline: a sentence that states the finding.'),
    dek: z.string().trim().min(1, { error: 'a one-sentence summary' }).describe('One-sentence summary under the headline.'),
    published: KstTime.describe('First publication, KST with `+09:00`.'),
    updated: KstTime.optional().describe('Last substantive update, KST with `+09:00`; defaults to `published`.'),
    authors: z.array(z.string().trim().min(1)).min(1, { error: 'at least one author' }).describe('Bylines.'),
    tags: z.array(z.string().trim().min(1)).default([]).describe('Topics, in Korean.'),
    incident: Id.describe('Id of the incident folder the story belongs to (a folder name in content/incidents).'),
    lang: z.enum(['ko', 'en']).default('ko').describe('Language of the story: `ko` (default) or `en`.'),
    lead: z.boolean().default(false).describe('`true` for the one story shown first on the home page.'),
    heroAlt: z.string().trim().min(1).optional().describe('Alt text of the hero/social image, when there is one.'),
    corrections: z
      .array(z.object({ date: KstTime, text: z.string().trim().min(1, { error: 'what was corrected' }) }).strict())
      .default([])
      .describe('Corrections, each `{ date, text }`; shown as a visible note on the story.'),
  })
  .strict();
export type Story = z.infer<typeof Story>;
