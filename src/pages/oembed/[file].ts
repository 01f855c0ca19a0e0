/**
 * /oembed/<chart>.json (Korean) and /oembed/<chart>.en.json: static oEmbed 1.0 documents. A static
 * host answers every request with the same file, so `maxwidth`/`maxheight` cannot be honoured: the
 * embed is responsive instead, and `width` is the width it was designed at.
 */
import type { APIRoute } from 'astro';
import type { ChartName } from '../../charts/registry.ts';
import { embedInfo, embedNames, embedPicture, type Lang, oembed, oembedPath } from '../../embed/charts.ts';
import { PICTURE_SCALE } from '../../embed/image.ts';
import { leadIncident } from '../../site/content.ts';

export function getStaticPaths() {
  return embedNames(leadIncident()).flatMap((chart) =>
    (['ko', 'en'] as Lang[]).map((lang) => ({ params: { file: oembedPath(chart, lang).split('/').pop()! }, props: { chart, lang } })),
  );
}

export const GET: APIRoute = ({ props }) => {
  const { chart, lang } = props as { chart: ChartName; lang: Lang };
  const d = leadIncident();
  const doc = oembed(embedInfo(chart, lang, d), embedPicture(chart, lang, d), PICTURE_SCALE);
  return new Response(`${JSON.stringify(doc, null, 2)}\n`, { headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' } });
};
