/** The timeline: every service's down, degraded and restored spans, in KST. */
import { z } from 'zod';
import { orgProblems, chartGroups } from '../../lib/chartOptionChecks.ts';
import { titleAndDek } from '../../lib/chartSpec.ts';
import { timelineData } from '../../lib/timeline.ts';
import { Dek, GroupList, Title } from '../../schemas/chartOptions.ts';
import { ZOOM_PRESETS, type ZoomPreset } from '../../schemas/vocabulary.ts';
import type { ChartDefinition } from '../definition.ts';
import { renderTimeline } from './render.ts';

export const timeline: ChartDefinition = {
  name: 'timeline',
  options: z
    .object({
      org: GroupList.optional(),
      zoom: z.enum(ZOOM_PRESETS).optional().describe('Initial period: `12h`, `48h` or `all` (default).'),
      title: Title,
      dek: Dek,
    })
    .strict(),
  // Its title compares the organizations of the redundancy table (all groups when there is none).
  checkOptions: (options, d) => orgProblems(options, d, 'timeline', d.redundancy?.organizations.map((o) => o.organization) ?? chartGroups(d)),
  render: (d, options, id, r) => renderTimeline(timelineData(d), { id, ...r, ...titleAndDek(options, d, 'timeline', r.lang), groups: options.org?.split(','), zoom: options.zoom as ZoomPreset | undefined }),
  enhancer: 'timeline',
  embed: { page: '/timeline/', params: ['org', 'zoom', 'cat', 'q'], height: 2730 },
};
