/**
 * Field types shared by every incident file and story. Each carries a description that the
 * /data/ page and the content README quote, so the docs cannot drift from what is checked.
 */
import { z } from 'zod';

/** Lowercase kebab-case id, e.g. `kakaotalk-messaging`. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: 'a lowercase kebab-case id such as "kakao-mail" (a-z, 0-9 and single hyphens)',
  })
  .describe('Lowercase kebab-case identifier, unique within the incident. Example: `kakao-mail`.');

/**
 * A source id: the incident's letter (incident.yaml `sourcePrefix`, `S` by default) and a number,
 * `S12`, `N105`, or `SEED`. Ids are unique across the site, so a story can cite any incident's sources.
 */
export const SourceId = z
  .string()
  .regex(/^([A-Z][0-9]{2,3}|SEED)$/, { error: 'a source id such as "S12", "N05" or "SEED" (the incident\'s letter and a number)' })
  .describe('Source id from sources.yaml: the incident\'s letter and a number, e.g. `S12` or `N05`.');

/** `YYYY-MM-DDTHH:MM[:SS]+09:00`: how every time in the content is written. */
export const KST_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?\+09:00$/;

/** `YYYY-MM-DDTHH:MM+09:00`, to the minute: a moment named in a story (`::step{t=…}`, a replay's `t=`). */
export const KST_MINUTE_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}\+09:00$/;

/**
 * True when the written KST wall-clock time exists: Date.parse alone accepts 31 February. A time
 * not written as KST_TIME_PATTERN already has its own problem (one mistake, one message).
 */
function isCalendarTime(s: string): boolean {
  if (!KST_TIME_PATTERN.test(s)) return true;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return false;
  const kst = new Date(t + 9 * 3600_000).toISOString();
  return kst.slice(0, 16) === s.slice(0, 16);
}

/**
 * A conflict id: `C4`, or with the incident's source letter in front, `NC16`. Like source ids,
 * conflict ids are unique across the site: the sources page and every table link to `#conflict-<id>`.
 */
export const ConflictId = z
  .string()
  .regex(/^[A-Z]?C[0-9]+$/, { error: 'a conflict id such as "C4", or "NC16" with the incident\'s source letter' })
  .describe('Conflict id from conflicts.yaml, e.g. `C4` or `NC16`.');

/** One or more source ids; a fact without a source is rejected. */
export const SourceIds = z
  .array(SourceId)
  .min(1, { error: 'at least one source id: every row cites a source' })
  .describe('Non-empty list of source ids that back this entry.');

/**
 * An instant in Korea Standard Time with its offset written out:
 * `2022-10-15T15:30+09:00` (seconds optional). Times without `+09:00` are rejected so that
 * no machine's or reader's zone ever changes a fact.
 */
export const KstTime = z
  .string({ error: 'a time written as "2022-10-15T15:30+09:00" (in quotes)' })
  .regex(KST_TIME_PATTERN, {
    error: 'a time with an explicit KST offset, e.g. "2022-10-15T15:30+09:00"',
  })
  .refine(isCalendarTime, { error: 'a real calendar date and time (check the day of the month and the hour)' })
  .describe('Instant in KST with explicit offset, e.g. `2022-10-15T15:30+09:00`.');

/** A calendar day, `2022-10-15`. */
export const IsoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'a day written as "2022-10-15"' })
  .describe('Calendar day `YYYY-MM-DD`.');

/** The most a short name may hold: what fits a phone's label column at 12 px. */
export const SHORT_NAME_MAX = { ko: 10, en: 20 } as const;

/**
 * A name for tight spaces (a chart's label column, a phone): `{ko: "톡 사진·파일", en: "Talk photos"}`.
 * Charts show it where the full name does not fit, and keep the full name in tooltips, tables and
 * accessible names.
 */
export const ShortName = z
  .object({
    ko: z.string().trim().min(1, { error: 'Korean text' }).refine((s) => [...s].length <= SHORT_NAME_MAX.ko, { error: `at most ${SHORT_NAME_MAX.ko} characters in Korean` }),
    en: z.string().trim().min(1, { error: 'English text' }).max(SHORT_NAME_MAX.en, { error: `at most ${SHORT_NAME_MAX.en} characters in English` }),
  })
  .strict()
  .describe(`Short name for tight spaces, at most ${SHORT_NAME_MAX.ko} characters in Korean and ${SHORT_NAME_MAX.en} in English. Required when \`name\` is longer than that.`);

/** A row whose name is too long for a chart's label column must give a short one. */
export function requireShortName(row: { name: Bilingual; short?: z.infer<typeof ShortName> | undefined }, ctx: z.RefinementCtx): void {
  if (row.short) return;
  const long = [...row.name.ko].length > SHORT_NAME_MAX.ko || row.name.en.length > SHORT_NAME_MAX.en;
  if (long)
    ctx.addIssue({
      code: 'custom',
      path: ['short'],
      message: `a short name, {ko: "…", en: "…"} of at most ${SHORT_NAME_MAX.ko} and ${SHORT_NAME_MAX.en} characters: the name "${row.name.ko}" / "${row.name.en}" is too long for a chart's label column on a phone`,
    });
}

/** Text in Korean and English. */
export const Bilingual = z
  .object({
    ko: z.string().trim().min(1, { error: 'Korean text' }).describe('Korean text.'),
    en: z.string().trim().min(1, { error: 'English text' }).describe('English text.'),
  })
  .strict()
  .describe('Text in both languages: `{ ko: "…", en: "…" }`.');

export type Bilingual = z.infer<typeof Bilingual>;
