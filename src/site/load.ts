/**
 * The site's content, checked against the site's charts: lib's loadContent with the chart list
 * filled in. The build, the scripts, the pages (through content.ts) and the tests load content here.
 */
import { resolve } from 'node:path';
import { CHARTS } from '../charts/registry.ts';
import { checkContent, fileStamp, loadContent, type CheckOptions } from '../lib/loadContent.ts';

type SiteOptions = Omit<CheckOptions, 'charts'>;

const LOADED = Symbol.for('pangyo.siteContent');
type Loaded = { key: string; content: ReturnType<typeof loadContent> };

/**
 * The checked content. Read, validated and modelled once per process while its files are unchanged
 * (kept on globalThis: Astro loads the pages' modules apart from the config's, and the config's
 * check, the pages, the feed, the data files and the search index all share it). A saved file
 * changes the fingerprint, so the dev server reads it again. With options (a test's clock) it is
 * read afresh.
 */
export function loadSiteContent(root: string, contentDir = 'content', options: SiteOptions = {}) {
  if (Object.keys(options).length) return loadContent(root, contentDir, { charts: CHARTS, ...options });
  const dir = resolve(root, contentDir);
  const key = `${dir}\0${fileStamp(dir)}`;
  const g = globalThis as unknown as Record<symbol, Loaded | undefined>;
  if (g[LOADED]?.key !== key) g[LOADED] = { key, content: loadContent(root, contentDir, { charts: CHARTS }) };
  return g[LOADED]!.content;
}

export function checkSiteContent(root: string, contentDir = 'content', options: SiteOptions = {}) {
  return checkContent(root, contentDir, { charts: CHARTS, ...options });
}
