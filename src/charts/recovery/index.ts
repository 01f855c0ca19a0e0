/** Recovery curves: the share of each organization's services back at each moment. */
import { z } from 'zod';
import { orgProblems } from '../../lib/chartOptionChecks.ts';
import { timelineData } from '../../lib/timeline.ts';
import { Dek, GroupList, Title } from '../../schemas/chartOptions.ts';
import { titleAndDek } from '../../lib/chartSpec.ts';
import type { ChartDefinition } from '../definition.ts';
import { renderRecovery } from './render.ts';

export const recovery: ChartDefinition = {
  name: 'recovery',
  options: z.object({ org: GroupList.optional().describe('Organizations to compare, as group ids separated by commas. Default: `kakao,naver`.'), title: Title, dek: Dek }).strict(),
  // Its title is computed from the curves it draws, so a filter needs no title of its own.
  checkOptions: (options, d) => orgProblems(options, d, 'recovery'),
  render: (d, options, id, r) => renderRecovery(timelineData(d), { id, ...r, ...titleAndDek(options, d, 'recovery', r.lang), groups: options.org?.split(',') }),
  enhancer: 'tips',
  embed: { page: '/timeline/', anchor: 'recovery', params: [], height: 770 },
};
