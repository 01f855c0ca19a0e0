/**
 * The chart's standalone picture: /embed/<chart>/chart.svg and chart.png (Korean), chart.en.svg
 * and chart.en.png (English). Drawn at build time from the same figure as the page.
 */
import type { APIRoute } from 'astro';
import type { ChartName } from '../../../charts/registry.ts';
import { embedNames, embedPicture, type Lang, picturePath } from '../../../embed/charts.ts';
import { buildCache } from '../../../lib/buildCache.ts';
import { cachedPng, PICTURE_SCALE } from '../../../embed/image.ts';
import { incidentInputs, leadIncident } from '../../../site/content.ts';

export function getStaticPaths() {
  return embedNames(leadIncident()).flatMap((chart) =>
    (['ko', 'en'] as Lang[]).flatMap((lang) =>
      (['svg', 'png'] as const).map((ext) => ({ params: { chart, file: picturePath(chart, lang, ext).split('/').pop()! }, props: { lang, ext } })),
    ),
  );
}

export const GET: APIRoute = ({ params, props }) => {
  const { lang, ext } = props as { lang: Lang; ext: 'svg' | 'png' };
  const d = leadIncident();
  const inputs = { chart: params.chart, lang, incident: incidentInputs(d.id) };
  const picture = () => embedPicture(params.chart as ChartName, lang, d);
  if (ext === 'svg') return new Response(buildCache().text('chart-picture-svg', inputs, () => picture().svg), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
  return new Response(new Uint8Array(cachedPng('chart-picture', inputs, picture, PICTURE_SCALE)) as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
