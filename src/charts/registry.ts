/**
 * Charts an editor can place in a story with `::chart{name="…" …}`: each chart's options as a
 * zod schema (checked by the content check, with the story's file and line) and the function
 * that renders the prerendered figure.
 */
import { z } from 'zod';
import type { IncidentData } from '../lib/loadIncident.ts';
import { timelineData, ZOOM_PRESETS } from '../lib/timeline.ts';
import { outcomesFigure, redundancyFigure, whatIfFigure } from './compare/figure.ts';
import { dependencyFigure } from './dependencies/figure.ts';
import { PRESETS } from './dependencies/model.ts';
import { recoveryFigure } from './recovery/figure.ts';
import { REPLAY_VIEWS, replayFigure } from './replay/figure.ts';
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
  dependencies: z
    .object({
      focus: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'the id of a part of the map, e.g. "kakao-auth"' }).optional().describe('Id of a part to highlight with what it leans on and what leans on it, e.g. `kakao-auth`.'),
      org: z.string().regex(/^[a-z0-9-]+$/, { error: 'one organization group id, e.g. "kakao"' }).optional().describe('One organization group to bring forward (`kakao`, `naver`, …); the others are dimmed.'),
      preset: z.enum(PRESETS).optional().describe('Starting scenario: `fire` (default, the Pangyo data center down), `dual` (the what-if with two data centers for Kakao) or `none`.'),
      title: Title,
      dek: Dek,
    })
    .strict(),
  replay: z
    .object({
      t: z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d\+09:00$/, { error: 'a KST time with its offset, e.g. "2022-10-16T01:31+09:00"' }).optional().describe('Moment to start at, in KST with `+09:00`, inside the incident. Default: the moment the most parts were down.'),
      view: z.enum(REPLAY_VIEWS).optional().describe('What shows first: `map` (default, the dependency map) or `timeline` (one row per service).'),
      focus: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'the id of a part, e.g. "kakao-auth"' }).optional().describe('Id of a part to zoom the map to and to mark on the timeline, e.g. `kakao-auth`.'),
      title: Title,
      dek: Dek,
    })
    .strict()
    .describe('The replay: the dependency map and the timeline at any moment of the incident, with a time scrubber.'),
  redundancy: z.object({ title: Title, dek: Dek }).strict().describe('Kakao versus Naver: where each kept its systems and, layer by layer, whether another data center could carry on. Needs the incident\'s redundancy.yaml.'),
  outcomes: z.object({ title: Title, dek: Dek }).strict().describe('Kakao versus Naver: time until the core service worked, median time to main functions, longest outage, services affected and service-hours lost. Needs redundancy.yaml.'),
  whatif: z.object({ title: Title, dek: Dek }).strict().describe('The model\'s what-if: services down in the fire, and with a second data center. Needs redundancy.yaml.'),
} as const;

/** Static Plot charts whose marks get tooltips and keys from tips.client.ts (TipsEnhancer). */
export const CHARTS_WITH_TIPS: readonly ChartName[] = ['recovery', 'outcomes', 'whatif'];

/** Charts drawn from the incident's redundancy table (`redundancy.yaml`). */
export const COMPARISON_CHARTS: readonly ChartName[] = ['redundancy', 'outcomes', 'whatif'];

export type ChartName = keyof typeof CHART_OPTIONS;
export const CHART_NAMES = Object.keys(CHART_OPTIONS) as ChartName[];

/**
 * Organization groups a chart's own title speaks of, for charts whose title is fixed while their
 * `org` option filters what they show: the timeline's title compares the organizations of the
 * incident's redundancy table (all groups when it has none). A directive whose `org` leaves one of
 * them out must give its own `title=`. Charts that compute their title from the filter are absent.
 */
export function titleSpeaksOf(name: ChartName, d: IncidentData): string[] | undefined {
  if (name !== 'timeline') return undefined;
  return d.redundancy?.organizations.map((o) => o.organization) ?? chartGroups(d);
}

/** Group ids an `org` option may name for this incident. */
export function chartGroups(d: IncidentData): string[] {
  return timelineData(d).groups.map((g) => g.id);
}

/** Ids of the parts of the dependency map a `focus` option may name. */
export function mapNodeIds(d: IncidentData): string[] {
  return [...new Set(d.dependencies.flatMap((e) => [e.from, e.to]))];
}

export interface RenderOptions {
  lang?: 'ko' | 'en';
  /** Heading level of the chart's title: 3 in stories (default), 1 on an embed page. */
  level?: 1 | 2 | 3;
  /** Prerendered width of the wide drawing. */
  width?: number;
}

/** The figure HTML of a chart (stories, embeds). `options` must have passed CHART_OPTIONS[name]. */
export function renderChart(name: ChartName, options: Record<string, string>, d: IncidentData, id: string, render: RenderOptions = {}): string {
  const { lang = 'ko', level = 3, width = 640 } = render;
  const common = { id, lang, level, width, title: options.title, dek: options.dek };
  if (name === 'redundancy') return redundancyFigure(d, common);
  if (name === 'outcomes') return outcomesFigure(d, common);
  if (name === 'whatif') return whatIfFigure(d, common);
  if (name === 'replay') return replayFigure(d, { ...common, t: options.t, view: options.view as (typeof REPLAY_VIEWS)[number] | undefined, focus: options.focus });
  if (name === 'dependencies') {
    return dependencyFigure(d, { ...common, focus: options.focus, group: options.org, preset: options.preset as (typeof PRESETS)[number] | undefined });
  }
  const data = timelineData(d);
  const groups = options.org?.split(',');
  if (name === 'timeline') return timelineFigure(data, { ...common, groups, zoom: options.zoom as (typeof ZOOM_PRESETS)[number] | undefined });
  return recoveryFigure(data, { ...common, groups });
}
