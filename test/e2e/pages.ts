/** One URL per page type; the story URL is read from the home page so no slug is typed here. */
import type { Page } from '@playwright/test';

export const STATIC_PAGES = ['/', '/stories/', '/timeline/', '/dependencies/', '/compare/', '/sources/', '/data/', '/embed/', '/search/', '/404.html'];
export const PAGE_TYPES = [...STATIC_PAGES, 'story'] as const;

export async function firstStoryUrl(page: Page): Promise<string> {
  await page.goto('/');
  const href = await page.locator('main a[href^="/stories/"]').first().getAttribute('href');
  if (!href) throw new Error('The home page links to no story');
  return href;
}

/** `story` → the lead story's URL; anything else is already a URL. */
export async function urlOf(page: Page, type: (typeof PAGE_TYPES)[number]): Promise<string> {
  return type === 'story' ? firstStoryUrl(page) : type;
}

export async function pageTypes(page: Page): Promise<string[]> {
  return [...STATIC_PAGES, await firstStoryUrl(page)];
}
