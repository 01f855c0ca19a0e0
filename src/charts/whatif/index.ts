/** The what-if: the dependency model run as it was and with a second data center. */
import { z } from 'zod';
import { Dek, Title } from '../../schemas/chartOptions.ts';
import { titleAndDek } from '../../lib/chartSpec.ts';
import type { ChartDefinition } from '../definition.ts';
import { renderWhatIf } from './render.ts';

export const whatif: ChartDefinition = {
  name: 'whatif',
  options: z.object({ title: Title, dek: Dek }).strict().describe('The model\'s what-if: services down in the fire, and with a second data center. Needs redundancy.yaml.'),
  needs: 'redundancy',
  render: (d, options, id, r) => renderWhatIf(d, { id, ...r, ...titleAndDek(options, d, 'whatif', r.lang) }),
  enhancer: 'tips',
  embed: { page: '/compare/', anchor: 'whatif', params: [], height: 1020 },
};
