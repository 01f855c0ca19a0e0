/**
 * Renders `::chart{name="timeline" …}` in a story as the prerendered figure (SVG, legend, table,
 * sources), the same HTML as the chart page, and lists the charts used in
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

export function remarkChart() {
  return (tree: Root, file: { data: AstroFileData }) => {
    const fm = (file.data.astro ??= {}).frontmatter ?? (file.data.astro.frontmatter = {});
    const charts: string[] = [];
    visit(tree, 'leafDirective', (node: AnyDirective, index, parent) => {
      if (node.name !== 'chart' || !parent || index === undefined) return;
      const { name, ...options } = directiveAttributes(node);
      if (!CHARTS.some((c) => c.name === name)) return;
      const d = incident(String(fm.incident));
      const id = `chart-${charts.length + 1}-${name}`;
      // The snippet under the chart embeds the same view (its organization, focus, zoom…). Stories that
      // place the same chart with the same options at the same place share one rendering, within a
      // build and across builds (lib/buildCache.ts).
      const html = buildCache().text('story-chart', { name, options, id, incident: incidentInputs(d.id) }, () => renderChart(name as ChartName, options, d, id).html + embedCodeHtml(name as ChartName, d, { id, params: options }));
      charts.push(name!);
      parent.children.splice(index, 1, { type: 'html', value: html });
    });
    fm.charts = charts;
  };
}
