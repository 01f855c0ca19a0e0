import { z } from 'zod';
import { Bilingual, Id, KstTime, SourceIds } from './common.ts';

/** The colour slots an organization group may take (tokens.css gives each its fill and ink). */
export const COLOR_SLOTS = ['org-1', 'org-2', 'org-3', 'org-4'] as const;
export type ColorSlot = (typeof COLOR_SLOTS)[number];

/** `incident.yaml`: what the incident is and the window its charts cover. */
export const Incident = z
  .object({
    id: Id.describe('Incident id; must equal the folder name: the place and the year, `<place>-<year>`.'),
    title: Bilingual.describe('Name of the incident.'),
    summary: Bilingual.describe('One or two sentences on what happened.'),
    location: Bilingual.describe('Where it happened.'),
    start: KstTime.describe('First instant of the incident window (usually ignition).'),
    end: KstTime.describe('End of the outage window the timelines show.'),
    dataAsOf: KstTime.describe('Instant the data describes; spans still open then are served with `end: null`.'),
    groups: z
      .array(
        z
          .object({
            id: Id.describe('An organization group: the id of an organization without a `parent` in organizations.yaml.'),
            color: z.enum(COLOR_SLOTS).describe(`Its colour slot, one of ${COLOR_SLOTS.map((c) => `\`${c}\``).join(', ')} (the colours themselves are in src/styles/tokens.css, never in data).`),
          })
          .strict(),
      )
      .min(1, { error: 'at least one organization group' })
      .optional()
      .describe('The organization groups the charts compare, in the order they show them, each with its colour slot; the first is the one the what-if gives a second data center. Other groups follow, without a colour. Default: every group, in data order, without colours.'),
    charts: z
      .record(Id, z.record(Id, Bilingual))
      .optional()
      .describe('Words of this incident that a chart uses in place of its own, by chart and key, e.g. `timeline: { title: { ko: "…", en: "…" } }`. Every chart takes `title` and `dek`; the dependency map also `fire`, `dual` and `whatif` (its scenario buttons and the what-if note).'),
    sourcePrefix: z
      .string()
      .regex(/^[A-Z]$/, { error: 'one capital letter, e.g. "N"' })
      .default('S')
      .describe('The letter every source id of this incident starts with (`S` by default): `N` makes `N01`, `N02`… Each incident has its own letter, so a story citing `N05` names one source of one incident.'),
    origin: Id.optional().describe('Id of the component (components.yaml) where the incident started, e.g. the data center that burned: the dependency map fails it first and its what-if replaces it.'),
    sources: SourceIds,
  })
  .strict();
export type Incident = z.infer<typeof Incident>;
