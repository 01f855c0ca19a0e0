/** Architecture side by side: where each organization kept its systems, layer by layer. */
import { z } from 'zod';
import { Dek, Title } from '../../schemas/chartOptions.ts';
import { titleAndDek } from '../../lib/chartSpec.ts';
import type { ChartDefinition } from '../definition.ts';
import { renderRedundancy } from './render.ts';

export const redundancy: ChartDefinition = {
  name: 'redundancy',
  options: z.object({ title: Title, dek: Dek }).strict().describe('The compared organizations side by side: where each kept its systems and, layer by layer, whether another data center could carry on. Needs the incident\'s redundancy.yaml.'),
  needs: 'redundancy',
  render: (d, options, id, r) => renderRedundancy(d, { id, ...r, ...titleAndDek(options, d, 'redundancy', r.lang) }),
  embed: { page: '/compare/', anchor: 'architecture', params: [], height: 2140 },
};
