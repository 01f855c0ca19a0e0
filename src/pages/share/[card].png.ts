/** /share/site.png, /share/timeline.png, …: the share cards of the site's own pages. */
import type { APIRoute } from 'astro';
import { pictureToPng } from '../../embed/image.ts';
import { leadIncident } from '../../site/content.ts';
import { PAGE_CARDS, type PageCard, pageCardPicture } from '../../share/cards.ts';

export function getStaticPaths() {
  return Object.keys(PAGE_CARDS).map((card) => ({ params: { card } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(new Uint8Array(pictureToPng(pageCardPicture(params.card as PageCard, leadIncident()), 1)) as BodyInit, { headers: { 'Content-Type': 'image/png' } });
