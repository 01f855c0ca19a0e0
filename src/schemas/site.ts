import { z } from 'zod';
import { Id } from './common.ts';

/** `content/site.yaml`: choices about the whole site that belong to the editors, not the code. */
export const SiteConfig = z
  .object({
    lead: Id.describe('The incident the site leads with: the home page\'s lead graphic, /timeline/, /dependencies/, /compare/, the replay and every /embed/<chart>/ show it. A folder name in content/incidents.'),
  })
  .strict();
export type SiteConfig = z.infer<typeof SiteConfig>;
