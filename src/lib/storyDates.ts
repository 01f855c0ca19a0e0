/**
 * A story's dates for machines (feed, structured data, sitemap): RFC 3339 with seconds and the
 * explicit KST offset the content uses, and the last modification including corrections.
 */
import type { Story } from '../schemas/story.ts';

/** `2022-10-15T15:30+09:00` → `2022-10-15T15:30:00+09:00`. */
export function rfc3339(kst: string): string {
  return kst.replace(/T(\d{2}:\d{2})(\+09:00)$/, 'T$1:00$2');
}

/** The latest of published, updated and every correction (a correction changes the story). */
export function lastModified(data: Pick<Story, 'published' | 'updated' | 'corrections'>): string {
  return [data.published, data.updated, ...data.corrections.map((c) => c.date)]
    .filter((d): d is string => Boolean(d))
    .reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
}
