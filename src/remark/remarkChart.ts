/**
 * Renders `::chart{name="timeline" …}` in a story as the prerendered figure (SVG, legend, table,
 * sources), the same HTML as the chart page (through a slot the page fills, expandChartSlots), and lists the charts used in
 * `remarkPluginFrontmatter.charts` so the page loads only the enhancers it needs. The options were
 * checked by the content check before the build started.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { CHARTS, renderChart, type ChartName } from '../charts/registry.ts';
import { embedCodeHtml } from '../embed/charts.ts';
import { buildCache } from '../lib/buildCache.ts';
import { incident, incidentInputs } from '../site/content.ts';
import { type AnyDirective, directiveAttributes } from '../lib/directives.ts';

interface AstroFileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

export interface StoryChart {
  incident: string;
  name: ChartName;
  options: Record<string, string>;
  /** The figure's id in the story: `chart-<n>-<name>`. */
  id: string;
}

/**
 * A story's chart as HTML, with the snippet under it that embeds the same view (its organization,
 * focus, zoom…). Stories that place the same chart with the same options at the same place share
 * one rendering, within a build and across builds (lib/buildCache.ts).
 */
export function storyChartHtml(c: StoryChart): string {
  return buildCache().text('story-chart', { name: c.name, options: c.options, id: c.id, incident: incidentInputs(c.incident) }, () => {
    const d = incident(c.incident);
    return renderChart(c.name, c.options, d, c.id).html + embedCodeHtml(c.name, d, { id: c.id, params: c.options });
  });
}

const SLOT = /<chart-slot data-chart="([^"]*)"><\/chart-slot>/g;

/**
 * The story's rendered Markdown with every chart drawn in place of its slot. Astro keeps every
 * story's rendered Markdown in its content store, in memory and on disk: with the figures in it a
 * 1,000-story archive held gigabytes of the same few drawings. The slot is a few bytes; the figure
 * is drawn (or taken from the cache) when the page is.
 */
export function expandChartSlots(html: string): string {
  return html.replace(SLOT, (_, spec: string) => storyChartHtml(JSON.parse(decodeURIComponent(spec)) as StoryChart));
}

export function remarkChart() {
  return (tree: Root, file: { data: AstroFileData }) => {
    const fm = (file.data.astro ??= {}).frontmatter ?? (file.data.astro.frontmatter = {});
    const charts: string[] = [];
    visit(tree, 'leafDirective', (node: AnyDirective, index, parent) => {
      if (node.name !== 'chart' || !parent || index === undefined) return;
      const { name, ...options } = directiveAttributes(node);
      if (!CHARTS.some((c) => c.name === name)) return;
      const spec: StoryChart = { incident: String(fm.incident), name: name as ChartName, options, id: `chart-${charts.length + 1}-${name}` };
      charts.push(name!);
      parent.children.splice(index, 1, { type: 'html', value: `<chart-slot data-chart="${encodeURIComponent(JSON.stringify(spec))}"></chart-slot>` });
    });
    fm.charts = charts;
  };
}
