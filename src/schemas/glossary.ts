import { z } from 'zod';

/** True when `s` compiles as a JavaScript regular expression. */
function isRegExp(s: string): boolean {
  try {
    new RegExp(s, 'u');
    return true;
  } catch {
    return false;
  }
}

/**
 * `content/glossary.yaml`: one entry per thing the stories name, with the exact variants the content
 * check refuses in a story (headline, dek and body), so every story keeps the same words.
 */
export const GlossaryEntry = z
  .object({
    term: z.string().trim().min(1, { error: 'the preferred term, e.g. "텍스트 메시지"' }).describe('The word stories use, e.g. `텍스트 메시지`.'),
    refuse: z
      .array(z.string().trim().min(1))
      .default([])
      .describe('Exact variants a story may not use, e.g. `[문자 메시지, 글 메시지]`. Write the whole variant: never a bare word that is also part of other words.'),
    refusePattern: z
      .string()
      .refine(isRegExp, { error: 'a JavaScript regular expression, e.g. "[0-9]+만 ?[0-9]+천"' })
      .optional()
      .describe('For a family of variants, a regular expression, e.g. `[0-9]+만 ?[0-9]+천` for numbers written as 3만2천.'),
    note: z.string().trim().min(1).optional().describe('When to use the term, shown in the message.'),
  })
  .strict()
  .refine((e) => e.refuse.length > 0 || e.refusePattern !== undefined, { error: 'at least one refused variant (`refuse`) or a `refusePattern`' });
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;
