/**
 * /stories/<slug>/replay-<section>-step-<n>.svg: a scrollytelling step's figure, the map or the
 * timeline strip at the step's moment, drawn at build time (see stepFigure).
 */
import type { APIRoute } from 'astro';
import { stepDrawing } from '../../../charts/replay/render.ts';
import { browserSvgFile } from '../../../embed/image.ts';
import { content, incident } from '../../../site/content.ts';
import { storySteps } from '../../../lib/steps.ts';

export function getStaticPaths() {
  return content().stories.flatMap((story) =>
    storySteps(story.body).map(({ id, step }) => ({
      params: { slug: story.slug, step: id },
      props: { svg: browserSvgFile(stepDrawing(incident(story.data.incident), step, `${id}-figure`, story.data.lang)) },
    })),
  );
}

export const GET: APIRoute = ({ props }) => new Response(props.svg as string, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
