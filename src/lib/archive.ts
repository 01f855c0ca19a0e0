/**
 * The story archive: pages that do not grow with it. The home page shows the latest stories, the
 * archive lists every story, newest first, ARCHIVE_PAGE_SIZE a page, at /stories/ (page 1) and
 * /stories/page/<n>/ (n ≥ 2): public URLs (README "Public URLs"). The feed carries FEED_LIMIT entries.
 */
export const ARCHIVE_PAGE_SIZE = 20;
/** Stories on the home page besides the lead. */
export const HOME_LATEST = 6;
export const FEED_LIMIT = 50;

interface Dated {
  id: string;
  data: { published: string };
}

/** Newest first; stories published at the same minute by slug, so the order never changes between builds. */
export function newestFirst<T extends Dated>(stories: readonly T[]): T[] {
  return [...stories].sort((a, b) => Date.parse(b.data.published) - Date.parse(a.data.published) || a.id.localeCompare(b.id));
}

export const archivePageCount = (stories: number): number => Math.max(1, Math.ceil(stories / ARCHIVE_PAGE_SIZE));

/** The URL of archive page `n` (1-based). */
export const archivePath = (n: number): string => (n <= 1 ? '/stories/' : `/stories/page/${n}/`);

/** The stories of archive page `n`. */
export function archivePage<T>(sorted: readonly T[], n: number): T[] {
  return sorted.slice((n - 1) * ARCHIVE_PAGE_SIZE, n * ARCHIVE_PAGE_SIZE);
}
