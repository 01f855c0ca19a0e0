import { z } from 'zod';
import { Bilingual, Id, KstTime, SourceIds } from './common.ts';

/** `incident.yaml`: what the incident is and the window its charts cover. */
export const Incident = z
  .object({
    id: Id.describe('Incident id; must equal the folder name. Example: `pangyo-2022`.'),
    title: Bilingual.describe('Name of the incident.'),
    summary: Bilingual.describe('One or two sentences on what happened.'),
    location: Bilingual.describe('Where it happened.'),
    start: KstTime.describe('First instant of the incident window (usually ignition).'),
    end: KstTime.describe('End of the outage window the timelines show.'),
    dataAsOf: KstTime.describe('Instant the data describes; spans still open then are served with `end: null`.'),
    sources: SourceIds,
  })
  .strict();
export type Incident = z.infer<typeof Incident>;
