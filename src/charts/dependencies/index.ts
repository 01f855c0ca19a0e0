/** The dependency map: what leans on what, with the failure simulation. */
import { z } from 'zod';
import { mapFocusProblems, orgProblems } from '../../lib/chartOptionChecks.ts';
import { Dek, OneGroup, PartId, Title } from '../../schemas/chartOptions.ts';
import { PRESETS, type Preset } from '../../schemas/vocabulary.ts';
import { titleAndDek } from '../../lib/chartSpec.ts';
import type { ChartDefinition } from '../definition.ts';
import { renderDependencies } from './render.ts';

export const dependencies: ChartDefinition = {
  name: 'dependencies',
  options: z
    .object({
      focus: PartId('a part of the map').optional().describe('Id of a part to highlight with what it leans on and what leans on it, e.g. `kakao-auth`.'),
      org: OneGroup.optional().describe('One organization group to bring forward (an id of incident.yaml `groups`); the others are dimmed.'),
      preset: z.enum(PRESETS).optional().describe('Starting scenario: `fire` (default: the incident\'s `origin` down), `dual` (the what-if: a second data center for the first compared group) or `none`.'),
      title: Title,
      dek: Dek,
    })
    .strict(),
  checkOptions: (options, d) => [...orgProblems(options, d, 'dependencies'), ...mapFocusProblems(options, d)],
  words: ['fire', 'dual', 'whatif'],
  render: (d, options, id, r) => renderDependencies(d, { id, lang: r.lang, level: r.level, ...titleAndDek(options, d, 'dependencies', r.lang), focus: options.focus, group: options.org, preset: options.preset as Preset | undefined }),
  enhancer: 'dependencies',
  embed: { page: '/dependencies/', params: ['focus', 'org', 'preset'], height: 1120 },
};
