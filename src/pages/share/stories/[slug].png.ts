/** /share/stories/<slug>.png: a story's share card (title over its first chart, or its summary). */
import type { APIRoute } from 'astro';
import { pictureToPng } from '../../../embed/image.ts';
import { content, incident } from '../../../site/content.ts';
import { storyCardPicture } from '../../../share/cards.ts';

export function getStaticPaths() {
  return content().stories.map((story) => ({ params: { slug: story.slug }, props: { story } }));
}

export const GET: APIRoute = ({ props }) => {
  const { story } = props as { story: ReturnType<typeof content>['stories'][number] };
  return new Response(new Uint8Array(pictureToPng(storyCardPicture(story, incident(story.data.incident)), 1)) as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
