/**
 * Share cards (Open Graph / Twitter images, 1200 × 630) for every page: stories show their title
 * over their first chart (or their summary), chart pages their chart, other pages the incident.
 * Drawn at build time from the same figures as the pages, with alt text.
 */
import { type ChartName, renderChart } from '../charts/registry.ts';
import { embedInfo } from '../embed/charts.ts';
import { cardDrawingPng, type ChartPicture, shareCard } from '../embed/image.ts';
import { buildCache } from '../lib/buildCache.ts';
import type { IncidentData } from '../lib/loadIncident.ts';
import type { StoryFile } from '../lib/loadStories.ts';
import { SITE_NAME } from '../lib/siteUrl.ts';

export interface ShareImage {
  /** Site path of the PNG. */
  path: string;
  alt: string;
}

/** Pages with a card of their own; every other page uses `site`. */
export const PAGE_CARDS = { site: null, timeline: 'timeline', dependencies: 'dependencies', compare: 'outcomes' } as const satisfies Record<string, ChartName | null>;
export type PageCard = keyof typeof PAGE_CARDS;

function drawing(name: ChartName, d: IncidentData, options: Record<string, string> = {}): string | undefined {
  return renderChart(name, options, d, `${name}-card`, { lang: 'ko', level: 2, width: 960 }).drawings()[0];
}

export function pageShareImage(card: PageCard, d: IncidentData): ShareImage {
  const chart = PAGE_CARDS[card];
  if (!chart) return { path: '/share/site.png', alt: `${d.incident.title.ko}. ${d.incident.summary.ko}` };
  const info = embedInfo(chart, 'ko', d);
  return { path: `/share/${card}.png`, alt: `${info.title}. ${info.description}` };
}

export function pageCardPicture(card: PageCard, d: IncidentData): ChartPicture {
  const chart = PAGE_CARDS[card];
  if (!chart) return shareCard({ kicker: SITE_NAME.ko, title: d.incident.title.ko, subtitle: d.incident.summary.ko, lang: 'ko' });
  return shareCard({ kicker: SITE_NAME.ko, title: embedInfo(chart, 'ko', d).title, drawing: drawing(chart, d), lang: 'ko' });
}

/** A story's first chart (the share card shows a part of it), as the content check read it. */
function firstChart(story: StoryFile): { name: ChartName; options: Record<string, string> } | undefined {
  return story.charts[0];
}

export function storyShareImage(story: StoryFile, d: IncidentData): ShareImage {
  const chart = firstChart(story);
  const lang = story.data.lang;
  const chartTitle = chart ? (chart.options.title ?? embedInfo(chart.name, lang, d).title) : undefined;
  const part = chartTitle ? (lang === 'ko' ? ` 차트 일부: ${chartTitle}` : ` Part of the chart: ${chartTitle}`) : '';
  return { path: `/share/stories/${story.slug}.png`, alt: `${story.data.title}. ${story.data.dek}${part}` };
}

/**
 * A story's card: its title over its first chart. The chart's part of the card is drawn once per
 * chart, options and title height, and shared by every story that shows it, within a build and
 * across builds (lib/buildCache.ts); the title is each card's own work. `incidentKey` names the
 * incident's data (site/content.ts incidentInputs), so a changed datum draws the chart again.
 */
export function storyCardPicture(story: StoryFile, d: IncidentData, incidentKey: string): ChartPicture {
  const chart = firstChart(story);
  const lang = story.data.lang;
  // Title-only options of a chart are for the story's page, not its drawing.
  const options = chart ? Object.fromEntries(Object.entries(chart.options).filter(([k]) => k !== 'title' && k !== 'dek')) : {};
  return shareCard({
    kicker: d.incident.title[lang],
    title: story.data.title,
    subtitle: story.data.dek,
    drawingPng: chart
      ? (box) =>
          buildCache().bytes('card-drawing', { chart: chart.name, options, box, incident: incidentKey }, () => {
            const svg = drawing(chart.name, d, options);
            return svg ? cardDrawingPng(svg, box) : new Uint8Array();
          })
      : undefined,
    lang,
  });
}
