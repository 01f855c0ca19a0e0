/**
 * The site's content, checked against the site's charts: lib's loadContent with the chart list
 * filled in. The build, the scripts, the pages (through content.ts) and the tests load content here.
 */
import { CHARTS } from '../charts/registry.ts';
import { checkContent, loadContent, type CheckOptions } from '../lib/loadContent.ts';

type SiteOptions = Omit<CheckOptions, 'charts'>;

export function loadSiteContent(root: string, contentDir = 'content', options: SiteOptions = {}) {
  return loadContent(root, contentDir, { charts: CHARTS, ...options });
}

export function checkSiteContent(root: string, contentDir = 'content', options: SiteOptions = {}) {
  return checkContent(root, contentDir, { charts: CHARTS, ...options });
}
