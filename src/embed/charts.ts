/**
 * Every chart as an embed: which page it belongs to, which URL parameters the embed honours, its
 * rendered figure and plain-text title per language, the copy-paste snippet, the image snippet and
 * the oEmbed document. One place, so the embed pages, the gallery, the "embed this chart" blocks,
 * the pictures and /oembed/*.json cannot disagree.
 */
import { chartNamed, chartsFor, type ChartName, renderChart } from '../charts/registry.ts';
import type { EmbedSpec } from '../charts/definition.ts';
import { storyShowing } from '../site/content.ts';
import { esc } from '../charts/html.ts';
import type { IncidentData } from '../lib/loadIncident.ts';
import { absolute, SITE_NAME } from '../lib/siteUrl.ts';
import { chartPicture, type ChartPicture } from './image.ts';

export type { Lang } from '../lib/kst.ts';
import type { Lang } from '../lib/kst.ts';
export const EMBED_LANGS: readonly Lang[] = ['ko', 'en'];

/** A chart's embed: its page, section, URL parameters and starting height (its definition's `embed`). */
export function embedSpec(name: ChartName): EmbedSpec {
  return chartNamed(name).embed;
}

/** Charts this incident can embed (the comparison charts need its redundancy table). */
export function embedNames(d: IncidentData): ChartName[] {
  return chartsFor(d).map((c) => c.name);
}

export const THEMES = ['auto', 'light', 'dark'] as const;

/** Path of a chart's embed page (Korean at /embed/<chart>/, English at /embed/<chart>/en/). */
export function embedPath(name: ChartName, lang: Lang = 'ko'): string {
  return `/embed/${name}/${lang === 'en' ? 'en/' : ''}`;
}

export function picturePath(name: ChartName, lang: Lang, ext: 'png' | 'svg'): string {
  return `/embed/${name}/chart${lang === 'en' ? '.en' : ''}.${ext}`;
}

export function oembedPath(name: ChartName, lang: Lang = 'ko'): string {
  return `/oembed/${name}${lang === 'en' ? '.en' : ''}.json`;
}

/** The page a chart lives on (the embed's canonical page): its own, or the story that shows it, or its embed page. */
export function chartPage(name: ChartName): string {
  const { page } = embedSpec(name);
  if (page !== 'story') return page;
  // No story shows it (yet): its embed page is the fullest version there is.
  const story = storyShowing(name);
  return story ? `/stories/${story}/` : embedPath(name);
}

/** The chart page an embed links back to, with its section. */
export function chartPageUrl(name: ChartName): string {
  const { anchor } = embedSpec(name);
  return `${chartPage(name)}${anchor ? `#${anchor}` : ''}`;
}

export interface EmbedInfo {
  name: ChartName;
  lang: Lang;
  /** The figure as the embed page shows it: title as h1, data table closed. */
  html: string;
  title: string;
  description: string;
}

const infoCache = new Map<string, EmbedInfo>();

/** The figure of a chart as its embed page shows it, with its plain-text title and description. */
export function embedInfo(name: ChartName, lang: Lang, d: IncidentData): EmbedInfo {
  const key = `${d.id}/${name}/${lang}`;
  const hit = infoCache.get(key);
  if (hit) return hit;
  // The embed's own id is the chart name, so the enhancers read its URL parameters without a prefix.
  const chart = renderChart(name, {}, d, name, { lang, level: 1, width: 640 });
  const html = chart.html.replace(/<details class="chart-table([^"]*)" open>/g, '<details class="chart-table$1">');
  const info = { name, lang, html, title: chart.title, description: chart.description };
  infoCache.set(key, info);
  return info;
}

/** The chart's standalone picture (title, drawings, source line), as used for PNG and SVG files. */
export function embedPicture(name: ChartName, lang: Lang, d: IncidentData): ChartPicture {
  const info = embedInfo(name, lang, d);
  const full = renderChart(name, {}, d, `${name}-picture`, { lang, level: 2, width: 960 });
  const footer = `${lang === 'ko' ? '출처' : 'Sources'}: ${absolute('/sources/')} · ${SITE_NAME[lang]} ${absolute(chartPageUrl(name))}`;
  return chartPicture({ title: full.pictureTitle?.() ?? full.title, drawings: full.drawings(), footer, lang });
}

/** The part of an embed URL after the path: only parameters the chart honours, in a fixed order. */
export function embedQuery(name: ChartName, params: Record<string, string | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const k of [...embedSpec(name).params, 'theme']) {
    const v = params[k];
    if (v && !(k === 'theme' && v === 'auto')) q.set(k, v);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

/**
 * The snippet a newsroom pastes: our iframe (sized by /embed.js, or by pym.js if they use it), the
 * loader, and for readers without JavaScript the chart's picture linking to the chart page.
 */
export function embedSnippet(info: EmbedInfo, params: Record<string, string | undefined> = {}, picture?: { width: number; height: number }): string {
  const { name, lang } = info;
  const src = absolute(embedPath(name, lang)) + embedQuery(name, params);
  const h = embedSpec(name).height;
  const title = `${info.title} (${SITE_NAME[lang]})`;
  const img = picture ? ` width="${picture.width}" height="${picture.height}"` : '';
  return [
    `<iframe src="${esc(src)}" title="${esc(title)}" data-pangyo-embed width="100%" height="${h}" style="width:100%;height:${h}px;border:0;display:block" loading="lazy"></iframe>`,
    `<script async src="${esc(absolute('/embed.js'))}"></script>`,
    `<noscript><style>iframe[data-pangyo-embed]{display:none!important}</style><a href="${esc(absolute(chartPageUrl(name)))}"><img src="${esc(absolute(picturePath(name, lang, 'png')))}" alt="${esc(altText(info))}"${img} style="max-width:100%;height:auto"></a></noscript>`,
  ].join('\n');
}

/** For newsletters and places that allow no iframe: the picture, linked to the chart page. */
export function imageSnippet(info: EmbedInfo, picture: { width: number; height: number }): string {
  return `<a href="${esc(absolute(chartPageUrl(info.name)))}"><img src="${esc(absolute(picturePath(info.name, info.lang, 'png')))}" alt="${esc(altText(info))}" width="${picture.width}" height="${picture.height}" style="max-width:100%;height:auto"></a>`;
}

/**
 * Alt text of the chart's picture: its title and description, without the sentences that say how
 * to use the live chart (hover, tap, drag): a picture has none of that.
 */
export function altText(info: EmbedInfo): string {
  const sentences = info.description.split(/(?<=[.!?다])\s+/).filter((x) => !/마우스|탭하|끌어서|hover|tap|drag/i.test(x));
  return [info.title, ...sentences].join('. ').replace(/\.\./g, '.');
}

/** The oEmbed 1.0 document (type rich) of a chart. A static host cannot honour maxwidth/maxheight. */
export function oembed(info: EmbedInfo, picture: ChartPicture, scale: number) {
  return {
    type: 'rich',
    version: '1.0',
    title: info.title,
    provider_name: SITE_NAME[info.lang],
    provider_url: absolute('/'),
    html: embedSnippet(info, {}, picture),
    width: 640,
    height: embedSpec(info.name).height,
    thumbnail_url: absolute(picturePath(info.name, info.lang, 'png')),
    thumbnail_width: Math.round(picture.width * scale),
    thumbnail_height: Math.round(picture.height * scale),
    cache_age: 86400,
  };
}

/**
 * "Embed this chart" under a chart: a disclosure (works without JavaScript) with the snippet in a
 * read-only text box, a copy button that EmbedCopy.astro's script reveals, and links to the
 * gallery (previews, English), the picture and the SVG.
 */
export function embedCodeHtml(name: ChartName, d: IncidentData, options: { id: string; lang?: Lang; params?: Record<string, string | undefined> }): string {
  const { id, lang = 'ko', params = {} } = options;
  const info = embedInfo(name, lang, d);
  const snippet = embedSnippet(info, params);
  const t =
    lang === 'ko'
      ? { summary: '이 차트 퍼가기', lead: '아래 코드를 기사 HTML에 붙여 넣으면 차트가 들어갈 자리의 폭에 맞춰 높이를 스스로 맞춥니다. 자바스크립트가 꺼진 곳에서는 차트 이미지가 대신 나옵니다.', label: '퍼가기 코드', copy: '코드 복사', gallery: '미리보기·영어판 코드', png: '이미지(PNG)' }
      : { summary: 'Embed this chart', lead: 'Paste this code into your article’s HTML: the chart sizes itself to the width it gets. Where JavaScript is off, the chart’s picture shows instead.', label: 'Embed code', copy: 'Copy code', gallery: 'Previews and Korean code', png: 'Picture (PNG)' };
  return `<details class="embed-code" id="${esc(id)}-embed" data-pagefind-ignore>
<summary>${esc(t.summary)}</summary>
<p>${esc(t.lead)}</p>
<label for="${esc(id)}-embed-code">${esc(t.label)}</label>
<textarea id="${esc(id)}-embed-code" readonly rows="5" spellcheck="false">${esc(snippet)}</textarea>
<p class="embed-actions"><button type="button" class="embed-copy" data-copy="${esc(id)}-embed-code" hidden>${esc(t.copy)}</button> <span class="embed-copied" role="status"></span></p>
<p class="chart-notes"><a href="/embed/#${esc(name)}">${esc(t.gallery)}</a> · <a href="${esc(picturePath(name, lang, 'png'))}">${esc(t.png)}</a> · <a href="${esc(picturePath(name, lang, 'svg'))}">SVG</a></p>
</details>`;
}
