/**
 * Charts an editor can place in a story with `::chart{name="…" …}`: the function that renders
 * each one's prerendered figure. Their options (src/schemas/chartOptions.ts) and what a directive
 * may name (src/lib/checkChartDirective.ts) are re-exported here for the chart code.
 */
import type { IncidentData } from '../lib/loadIncident.ts';
import { timelineData } from '../lib/timeline.ts';
import { chartGroups, mapNodeIds, titleSpeaksOf } from '../lib/checkChartDirective.ts';
import { CHART_NAMES, CHART_OPTIONS, COMPARISON_CHARTS, type ChartName } from '../schemas/chartOptions.ts';
import type { Preset, ReplayView, ZoomPreset } from '../schemas/vocabulary.ts';
import { outcomesFigure } from './outcomes/figure.ts';
import { redundancyFigure } from './redundancy/figure.ts';
import { whatIfFigure } from './whatif/figure.ts';
import { dependencyFigure } from './dependencies/figure.ts';
import { recoveryFigure } from './recovery/figure.ts';
import { replayFigure } from './replay/figure.ts';
import { timelineFigure } from './timeline/figure.ts';
import type { RenderedChart } from './rendered.ts';

export { CHART_NAMES, CHART_OPTIONS, chartGroups, COMPARISON_CHARTS, mapNodeIds, titleSpeaksOf, type ChartName };

/** Static Plot charts whose marks get tooltips and keys from tips.client.ts (TipsEnhancer). */
export const CHARTS_WITH_TIPS: readonly ChartName[] = ['recovery', 'outcomes', 'whatif'];

export interface RenderOptions {
  lang?: 'ko' | 'en';
  /** Heading level of the chart's title: 3 in stories (default), 1 on an embed page. */
  level?: 1 | 2 | 3;
  /** Prerendered width of the wide drawing. */
  width?: number;
}

/** The figure HTML of a chart (stories, embeds). `options` must have passed CHART_OPTIONS[name]. */
export function renderChart(name: ChartName, options: Record<string, string>, d: IncidentData, id: string, render: RenderOptions = {}): RenderedChart {
  const { lang = 'ko', level = 3, width = 640 } = render;
  const common = { id, lang, level, width, title: options.title, dek: options.dek };
  if (name === 'redundancy') return redundancyFigure(d, common);
  if (name === 'outcomes') return outcomesFigure(d, common);
  if (name === 'whatif') return whatIfFigure(d, common);
  if (name === 'replay') return replayFigure(d, { ...common, t: options.t, view: options.view as ReplayView | undefined, focus: options.focus });
  if (name === 'dependencies') {
    return dependencyFigure(d, { ...common, focus: options.focus, group: options.org, preset: options.preset as Preset | undefined });
  }
  const data = timelineData(d);
  const groups = options.org?.split(',');
  if (name === 'timeline') return timelineFigure(data, { ...common, groups, zoom: options.zoom as ZoomPreset | undefined });
  return recoveryFigure(data, { ...common, groups });
}
