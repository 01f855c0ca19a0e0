/** One incident's content as loaded and checked: every file of its folder, parsed. */
import type { Component } from '../schemas/component.ts';
import type { Conflict } from '../schemas/conflict.ts';
import type { DataCorrection } from '../schemas/dataCorrection.ts';
import type { Dependency } from '../schemas/dependency.ts';
import type { Event } from '../schemas/event.ts';
import type { Figure } from '../schemas/figure.ts';
import type { Incident } from '../schemas/incident.ts';
import type { MilestoneKindDef } from '../schemas/milestoneKind.ts';
import type { Organization } from '../schemas/organization.ts';
import type { Recovery } from '../schemas/recovery.ts';
import type { Redundancy } from '../schemas/redundancy.ts';
import type { Service } from '../schemas/service.ts';
import type { Source } from '../schemas/source.ts';

export interface IncidentData {
  id: string;
  incident: Incident;
  organizations: Organization[];
  services: Service[];
  components: Component[];
  dependencies: Dependency[];
  events: Event[];
  conflicts: Conflict[];
  figures: Figure[];
  sources: Source[];
  /** `redundancy.yaml`, when the incident has one: the comparison page needs it. */
  redundancy?: Redundancy;
  /** `recovery.yaml`, when the incident has one: published recovery counts over changing totals. */
  recovery?: Recovery;
  /** `corrections.yaml`: the dated log of changes to published data (empty when the file is absent). */
  corrections: DataCorrection[];
  /** The milestone kinds the incident was checked against (content/milestones.yaml, shared by every incident). */
  milestoneKinds: MilestoneKindDef[];
}
