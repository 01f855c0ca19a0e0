/** One incident's content as loaded and checked: every file of its folder, parsed. */
import type { Component } from '../schemas/component.ts';
import type { Conflict } from '../schemas/conflict.ts';
import type { DataCorrection } from '../schemas/dataCorrection.ts';
import type { Dependency } from '../schemas/dependency.ts';
import type { Event } from '../schemas/event.ts';
import type { Figure } from '../schemas/figure.ts';
import type { Incident } from '../schemas/incident.ts';
import type { Organization } from '../schemas/organization.ts';
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
  /** `corrections.yaml`: the dated log of changes to published data (empty when the file is absent). */
  corrections: DataCorrection[];
}
