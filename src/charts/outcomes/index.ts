/** Outcomes compared: time to the core service, to main functions, the longest outage, counts. */
import { z } from 'zod';
import { Dek, Title } from '../../schemas/chartOptions.ts';
import { titleAndDek } from '../../lib/chartSpec.ts';
import type { ChartDefinition } from '../definition.ts';
import { renderOutcomes } from './render.ts';

export const outcomes: ChartDefinition = {
  name: 'outcomes',
  options: z.object({ title: Title, dek: Dek }).strict().describe('The compared organizations side by side: time until the core service worked, median time to main functions, longest outage, services affected and service-hours lost. Needs redundancy.yaml.'),
  needs: 'redundancy',
  render: (d, options, id, r) => renderOutcomes(d, { id, ...r, ...titleAndDek(options, d, 'outcomes', r.lang) }),
  enhancer: 'tips',
  embed: { page: '/compare/', anchor: 'outcomes', params: [], height: 1050 },
};
