/** /robots.txt: everything may be crawled (embeds say noindex themselves); where the sitemap is. */
import type { APIRoute } from 'astro';
import { absolute } from '../lib/siteUrl.ts';

export const GET: APIRoute = () => new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute('/sitemap-index.xml')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
