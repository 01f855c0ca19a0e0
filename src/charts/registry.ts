/**
 * The charts: one definition per chart folder, listed once. Everything that knows about charts
 * reads this list: the content check (their options), renderChart (stories, embeds), the embed
 * pages and gallery, oEmbed, the pictures and the share cards. A new chart is a folder with an
 * index.ts exporting its ChartDefinition, and one line here.
 */
import type { IncidentData } from '../lib/incidentData.ts';
import type { ChartDefinition, Enhancer, RenderOptions } from './definition.ts';
import { dependencies } from './dependencies/index.ts';
import { outcomes } from './outcomes/index.ts';
import { recovery } from './recovery/index.ts';
import { redundancy } from './redundancy/index.ts';
import type { RenderedChart } from './rendered.ts';
import { replay } from './replay/index.ts';
import { timeline } from './timeline/index.ts';
import { whatif } from './whatif/index.ts';

export type { ChartDefinition, RenderOptions };

/** In the order the docs and the embed gallery list them. */
export const CHARTS: ChartDefinition[] = [timeline, recovery, dependencies, replay, redundancy, outcomes, whatif];

/** A chart's name, as `::chart{name=…}` and /embed/<name>/ write it. */
export type ChartName = string;

export function chartNamed(name: ChartName): ChartDefinition {
  const chart = CHARTS.find((c) => c.name === name);
  if (!chart) throw new Error(`No chart named "${name}" (charts: ${CHARTS.map((c) => c.name).join(', ')})`);
  return chart;
}

/** The charts an incident has data for (the comparison charts need its redundancy table). */
export function chartsFor(d: IncidentData): ChartDefinition[] {
  return CHARTS.filter((c) => c.needs !== 'redundancy' || d.redundancy);
}

/** A chart's figure (stories, embeds, pictures). `options` must have passed the chart's options schema. */
export function renderChart(name: ChartName, options: Record<string, string>, d: IncidentData, id: string, render: Partial<RenderOptions> = {}): RenderedChart {
  const { lang = 'ko', level = 3, width = 640 } = render;
  return chartNamed(name).render(d, options, id, { lang, level, width });
}

/** The kinds of browser code the given charts need. */
export function enhancersOf(names: readonly ChartName[]): Set<Enhancer> {
  return new Set(names.flatMap((n) => chartNamed(n).enhancer ?? []));
}
