/**
 * Charts an editor can place in a story with `::chart{name="…" …}`: each chart's options as a
 * zod schema (checked by the content check, with the story's file and line) and the function
 * that renders the prerendered figure.
 */
import { z } from 'zod';
import type { IncidentData } from '../lib/loadIncident.ts';
import { timelineData, ZOOM_PRESETS } from '../lib/timeline.ts';
import { recoveryFigure } from './recovery/figure.ts';
import { timelineFigure } from './timeline/figure.ts';

const GroupList = z
  .string()
  .regex(/^[a-z0-9-]+(,[a-z0-9-]+)*$/, { error: 'organization ids separated by commas, e.g. "kakao,naver"' })
  .describe('Organizations to show, as group ids separated by commas (`kakao`, `naver`, …). Default: all.');
const Title = z.string().trim().min(1).optional().describe('Replaces the chart\'s own title.');
const Dek = z.string().trim().min(1).optional().describe('Replaces the one-line summary under the title.');

export const CHART_OPTIONS = {
  timeline: z
    .object({
      org: GroupList.optional(),
      zoom: z.enum(ZOOM_PRESETS).optional().describe('Initial period: `12h`, `48h` or `all` (default).'),
      title: Title,
      dek: Dek,
    })
    .strict(),
  recovery: z.object({ org: GroupList.optional().describe('Organizations to compare, as group ids separated by commas. Default: `kakao,naver`.'), title: Title, dek: Dek }).strict(),
} as const;

export type ChartName = keyof typeof CHART_OPTIONS;
export const CHART_NAMES = Object.keys(CHART_OPTIONS) as ChartName[];

/** Group ids an `org` option may name for this incident. */
export function chartGroups(d: IncidentData): string[] {
  return timelineData(d).groups.map((g) => g.id);
}

/** The figure HTML of a chart in a story. `options` must have passed CHART_OPTIONS[name]. */
export function renderChart(name: ChartName, options: Record<string, string>, d: IncidentData, id: string): string {
  const data = timelineData(d);
  const groups = options.org?.split(',');
  if (name === 'timeline') {
    return timelineFigure(data, { id, level: 3, width: 640, groups, zoom: options.zoom as (typeof ZOOM_PRESETS)[number] | undefined, title: options.title, dek: options.dek });
  }
  return recoveryFigure(data, { id, level: 3, width: 640, groups, title: options.title, dek: options.dek });
}
