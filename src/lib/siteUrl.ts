/**
 * The site's public origin, for absolute URLs that leave the site (embed snippets, oEmbed,
 * canonical links). Set SITE_URL when building for a real host; astro.config.mjs reads the same.
 */
export const SITE_URL = (process.env.SITE_URL ?? 'https://pangyo-fire.example').replace(/\/$/, '');

/** An absolute URL on the site for a path starting with `/`. */
export function absolute(path: string): string {
  return `${SITE_URL}${path}`;
}

export const SITE_NAME = { ko: '판교 데이터센터 화재 데이터', en: 'Pangyo data center fire data' } as const;
