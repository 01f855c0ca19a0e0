/** /share/site.png, /share/timeline.png, …: the share cards of the site's own pages. */
import type { APIRoute } from 'astro';
import { cachedPng } from '../../embed/image.ts';
import { incidentInputs, leadIncident } from '../../site/content.ts';
import { PAGE_CARDS, type PageCard, pageCardPicture } from '../../share/cards.ts';

export function getStaticPaths() {
  return Object.keys(PAGE_CARDS).map((card) => ({ params: { card } }));
}

export const GET: APIRoute = ({ params }) => {
  const d = leadIncident();
  const png = cachedPng('page-card', { card: params.card, incident: incidentInputs(d.id) }, () => pageCardPicture(params.card as PageCard, d), 1);
  return new Response(new Uint8Array(png) as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
