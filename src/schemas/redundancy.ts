import { z } from 'zod';
import { Bilingual, Id, SourceIds } from './common.ts';

export const RedundancyStatus = z
  .enum(['redundant', 'partial', 'not-redundant', 'unknown'])
  .describe(
    'Across data centers: `redundant` (another center carried on), `partial` (some parts did), `not-redundant` (it lived in the burning building only) or `unknown` (no source says; the page shows it as unknown).',
  );
export type RedundancyStatus = z.infer<typeof RedundancyStatus>;

export const SiteModel = z
  .enum(['active-standby', 'active-active', 'multi-site', 'single-site', 'unknown'])
  .describe('How the organization spread its systems: `active-standby`, `active-active`, `multi-site` (its own main center plus others), `single-site` or `unknown`.');

/** One row of the redundancy table: the layers every organization is compared on. */
export const RedundancyLayer = z
  .object({
    id: Id,
    label: Bilingual.describe('Layer name, e.g. `{ko: 인증, en: Authentication}`.'),
    description: Bilingual.describe('What the layer covers, in one line.'),
  })
  .strict();

/** One cell: an organization on one layer. */
export const RedundancyCell = z
  .object({
    layer: Id.describe('Id of a layer in `layers`.'),
    status: RedundancyStatus,
    note: Bilingual.describe('What the sources say, in one line.'),
    components: z.array(Id).optional().describe('Ids of components (components.yaml) this cell is about; links the table to the dependency map.'),
    sources: SourceIds,
  })
  .strict();
export type RedundancyCell = z.infer<typeof RedundancyCell>;

export const RedundancyOrganization = z
  .object({
    organization: Id.describe('Id of an organization group in organizations.yaml.'),
    mainSite: Bilingual.describe('Where its main systems ran.'),
    main: Id.optional().describe('Id of the component (components.yaml) where its main systems ran; the comparison\'s graphic says whether that was the site that failed (`site`). Leave out when no source says.'),
    model: SiteModel,
    modelNote: Bilingual.describe('One line on the model, e.g. which side was active.'),
    otherSites: Bilingual.describe('Its other data centers, built or being built.'),
    servers: Id.optional().describe('Id of a figure (figures.yaml) giving its server count in the burning building; leave out when no source gives one (say so in `gaps`).'),
    core: z
      .object({
        services: z.array(Id).min(1).describe('Ids of the services that make up its core (services.yaml).'),
        label: Bilingual.describe('Name of the core, e.g. `{ko: 카카오톡 메시지, en: KakaoTalk messaging}`.'),
      })
      .strict()
      .describe('The service readers judge the company by; the page times how long it took to work again.'),
    layers: z.array(RedundancyCell).describe('One cell per layer in `layers`, in any order; every layer must be there.'),
    sources: SourceIds,
  })
  .strict();
export type RedundancyOrganization = z.infer<typeof RedundancyOrganization>;

/** `redundancy.yaml`: how each organization had spread its systems, layer by layer. */
export const Redundancy = z
  .object({
    site: Id.describe('Id of the component (components.yaml) that failed: the data center of the incident. The what-if model starts from it.'),
    layers: z.array(RedundancyLayer).min(1).describe('The layers compared, in display order.'),
    organizations: z.array(RedundancyOrganization).min(2).describe('The organizations compared, in display order (at least two).'),
    gaps: z
      .array(
        z
          .object({
            id: Id,
            organization: Id.optional().describe('Organization the gap is about.'),
            text: Bilingual.describe('What is not known and why it matters.'),
            sources: SourceIds,
          })
          .strict(),
      )
      .default([])
      .describe('Things the sources do not tell; the comparison page lists them instead of guessing.'),
  })
  .strict();
export type Redundancy = z.infer<typeof Redundancy>;
