/**
 * The options of every chart an editor can place in a story with `::chart{name="…" …}`, as zod
 * schemas: the content check reads them (with the story's file and line), the docs generator
 * describes them, and src/charts/registry.ts renders the chart they describe. They live here, not
 * beside the drawing code, so that checking content never depends on the charts (src/lib imports
 * only lib and schemas).
 */
import { z } from 'zod';
import { KST_MINUTE_PATTERN } from './common.ts';
import { PRESETS, REPLAY_VIEWS, ZOOM_PRESETS } from './vocabulary.ts';

const GroupList = z
  .string()
  .regex(/^[a-z0-9-]+(,[a-z0-9-]+)*$/, { error: 'organization ids separated by commas, e.g. "kakao,naver"' })
  .describe('Organizations to show, as group ids separated by commas (`kakao`, `naver`, …). Default: all.');
const Title = z.string().trim().min(1, { error: 'a title with words in it (or leave title= out to keep the chart\'s own)' }).optional().describe('Replaces the chart\'s own title.');
const Dek = z.string().trim().min(1, { error: 'a summary with words in it (or leave dek= out to keep the chart\'s own)' }).optional().describe('Replaces the one-line summary under the title.');

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
      t: z.string().regex(KST_MINUTE_PATTERN, { error: 'a KST time with its offset, e.g. "2022-10-16T01:31+09:00"' }).optional().describe('Moment to start at, in KST with `+09:00`, inside the incident. Default: the moment the most parts were down.'),
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

/** Charts drawn from the incident's redundancy table (`redundancy.yaml`). */
export const COMPARISON_CHARTS: readonly ChartName[] = ['redundancy', 'outcomes', 'whatif'];

export type ChartName = keyof typeof CHART_OPTIONS;
export const CHART_NAMES = Object.keys(CHART_OPTIONS) as ChartName[];

