/** /share/stories/<slug>.png: a story's share card (title over its first chart, or its summary). */
import type { APIRoute } from 'astro';
import { cachedPngAsync } from '../../../embed/image.ts';
import { content, incident, incidentInputs } from '../../../site/content.ts';
import { storyCardPicture } from '../../../share/cards.ts';

export function getStaticPaths() {
  return content().stories.map((story) => ({ params: { slug: story.slug }, props: { story } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { story } = props as { story: ReturnType<typeof content>['stories'][number] };
  const { title, dek, lang, incident: id } = story.data;
  const key = incidentInputs(id);
  // Drawn on another core (embed/pngPool.ts) while Astro renders other pages.
  const png = await cachedPngAsync('story-card', { title, dek, lang, chart: story.charts[0] ?? null, incident: key }, () => storyCardPicture(story, incident(id), key), 1, false);
  return new Response(new Uint8Array(png) as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
