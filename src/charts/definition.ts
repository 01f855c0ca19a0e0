/**
 * One chart, whole: what the content check needs (ChartSpec: name, options, what it needs, checks
 * of option values), how it renders, which browser enhancer it takes and how it embeds. Each
 * chart's folder exports one (src/charts/<name>/index.ts); src/charts/registry.ts lists them, and
 * the directive check, renderChart, the embed pages and gallery, oEmbed, pictures and share cards
 * all read that list.
 */
import type { ChartSpec } from '../lib/chartSpec.ts';
import type { IncidentData } from '../lib/incidentData.ts';
import type { Lang } from '../lib/kst.ts';
import type { RenderedChart } from './rendered.ts';

export interface RenderOptions {
  lang: Lang;
  /** Heading level of the chart's title: 3 in stories, 1 on an embed page. */
  level: 1 | 2 | 3;
  /** Prerendered width of the wide drawing. */
  width: number;
}

/** The browser code that brings a chart to life (ChartEnhancers.astro loads each kind once per page). */
export type Enhancer = 'timeline' | 'dependencies' | 'replay' | 'tips';

export interface EmbedSpec {
  /**
   * The full chart page (canonical link of the embed) and the section on it; `story` for a chart
   * whose home is a story: the first story, lead first, that shows it.
   */
  page: string | 'story';
  anchor?: string;
  /** URL parameters the embed applies (besides `lang` and `theme`, which every embed takes). */
  params: readonly string[];
  /**
   * Height the iframe starts at before the embed reports its own: its measured height at 600 px
   * (an e2e test keeps it within a quarter of the real one), so the host page barely moves.
   */
  height: number;
}

export interface ChartDefinition extends ChartSpec {
  /** The figure, from options that passed `options`. `id` names its elements on the page. */
  render: (d: IncidentData, options: Record<string, string>, id: string, render: RenderOptions) => RenderedChart;
  enhancer?: Enhancer;
  /** A story's `::step` sections draw this chart (the replay), besides `::chart{name=…}`. */
  steps?: boolean;
  embed: EmbedSpec;
}
