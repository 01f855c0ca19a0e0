/**
 * Pieces the charts' directive options are built from (each chart's folder writes its own options
 * from these: src/charts/<name>/index.ts), so the same kind of option reads and is checked the same
 * way in every chart.
 */
import { z } from 'zod';
import { KST_MINUTE_PATTERN } from './common.ts';

/** `org="…,…"`: organization groups, separated by commas. */
export const GroupList = z
  .string()
  .regex(/^[a-z0-9-]+(,[a-z0-9-]+)*$/, { error: 'organization group ids separated by commas, as organizations.yaml writes them' })
  .describe('Organizations to show, as group ids (the `groups` of incident.yaml) separated by commas. Default: all.');

/** `org="…"`: one organization group. */
export const OneGroup = z.string().regex(/^[a-z0-9-]+$/, { error: 'one organization group id, as organizations.yaml writes it' });

/** The id of a part (service, component), e.g. `kakao-auth`. */
export const PartId = (what: string) => z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: `the id of ${what}, e.g. "kakao-auth"` });

/** A moment in the incident, to the minute, in KST. */
export const KstMinute = z.string().regex(KST_MINUTE_PATTERN, { error: 'a KST time with its offset, e.g. "2022-10-16T01:31+09:00"' });

/** Every chart takes these two: its title and one-line summary, replaced. */
export const Title = z.string().trim().min(1, { error: 'a title with words in it (or leave title= out to keep the chart\'s own)' }).optional().describe('Replaces the chart\'s own title.');
export const Dek = z.string().trim().min(1, { error: 'a summary with words in it (or leave dek= out to keep the chart\'s own)' }).optional().describe('Replaces the one-line summary under the title.');
