/**
 * Reads one incident folder (`content/incidents/<id>/*.yaml`), validates every entry with its
 * zod schema and cross-checks the references. Returns typed data or throws a ContentError
 * naming the file, line, field, what was expected and what was found.
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'zod';
import { Component } from '../schemas/component.ts';
import { Conflict } from '../schemas/conflict.ts';
import { DataCorrection } from '../schemas/dataCorrection.ts';
import { Dependency } from '../schemas/dependency.ts';
import { MilestoneEvent, StatusEvent, type Event } from '../schemas/event.ts';
import { Figure } from '../schemas/figure.ts';
import { Incident } from '../schemas/incident.ts';
import type { MilestoneKindDef } from '../schemas/milestoneKind.ts';
import { Organization } from '../schemas/organization.ts';
import { Recovery } from '../schemas/recovery.ts';
import { Redundancy } from '../schemas/redundancy.ts';
import { Service } from '../schemas/service.ts';
import { Source } from '../schemas/source.ts';
import type { ChartSpec } from './chartSpec.ts';
import { crossCheck } from './crossCheck.ts';
import { hasMilestone } from './events.ts';
import { loadMilestoneKinds } from './siteData.ts';
import { ContentError, describeFound, type Problem } from './problems.ts';
import { locate, parseList, readYaml, type YamlFile } from './yamlFile.ts';
import { zodProblems } from './zodProblems.ts';

export type { IncidentData } from './incidentData.ts';
import type { IncidentData } from './incidentData.ts';

/** The list files of an incident folder and the schema of one entry. */
const LIST_FILES = {
  organizations: () => Organization,
  services: () => Service,
  components: () => Component,
  dependencies: () => Dependency,
  events: (entry: unknown) => (hasMilestone(entry) ? MilestoneEvent : StatusEvent),
  conflicts: () => Conflict,
  figures: () => Figure,
  sources: () => Source,
} satisfies Record<string, (entry: unknown) => z.ZodType>;

export type ListName = keyof typeof LIST_FILES;
export const LIST_NAMES = Object.keys(LIST_FILES) as ListName[];

/**
 * The files every incident has. The others are optional and read as empty when absent: an incident
 * without a dependency graph, figures or conflicts is whole, and gets only the data files it has data for.
 */
export const REQUIRED_LISTS: readonly ListName[] = ['organizations', 'events', 'sources'];

/** Where each file of an incident lives, relative to the project root. */
export function incidentFile(contentDir: string, id: string, name: string): string {
  return `${contentDir}/incidents/${id}/${name}.yaml`;
}

export function listIncidentIds(root: string, contentDir = 'content'): string[] {
  const dir = resolve(root, contentDir, 'incidents');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/**
 * `options.now`: the time of the check (ms); a data correction dated after it is refused. Default: now.
 * `options.milestoneKinds`: the kinds of content/milestones.yaml, when the caller has read them already.
 */
export function loadIncident(root: string, id: string, contentDir = 'content', options: { now?: number; charts?: readonly ChartSpec[]; milestoneKinds?: readonly MilestoneKindDef[] } = {}): IncidentData {
  const problems: Problem[] = [];
  const files = new Map<string, YamlFile>();

  const read = (name: string): YamlFile | undefined => {
    const file = incidentFile(contentDir, id, name);
    const abs = resolve(root, file);
    if (!existsSync(abs)) {
      problems.push({ file, path: [], expected: `a file ${name}.yaml in the incident folder`, found: 'no such file' });
      return undefined;
    }
    const { value, problems: parseProblems } = readYaml(abs, file);
    problems.push(...parseProblems);
    if (value) files.set(name, value);
    return value;
  };

  const incidentYaml = read('incident');
  let incident: Incident | undefined;
  if (incidentYaml) {
    const parsed = Incident.safeParse(incidentYaml.data);
    if (parsed.success) incident = parsed.data;
    else problems.push(...withLines(zodProblems(parsed.error, incidentYaml.data, incidentYaml.file), incidentYaml));
  }

  const lists: Partial<Record<ListName, unknown[]>> = {};
  for (const name of LIST_NAMES) {
    if (!REQUIRED_LISTS.includes(name) && !existsSync(resolve(root, incidentFile(contentDir, id, name)))) {
      lists[name] = [];
      continue;
    }
    const yaml = read(name);
    if (!yaml) continue;
    const { entries, problems: listProblems } = parseList(yaml, LIST_FILES[name] as (entry: unknown) => z.ZodType);
    problems.push(...listProblems);
    lists[name] = entries;
  }

  /** An optional file holding one mapping: its parsed value, or undefined when absent or wrong (a problem). */
  const readMapping = <T,>(name: string, schema: z.ZodType<T>): T | undefined => {
    if (!existsSync(resolve(root, incidentFile(contentDir, id, name)))) return undefined;
    const yaml = read(name);
    if (!yaml) return undefined;
    const parsed = schema.safeParse(yaml.data);
    if (parsed.success) return parsed.data;
    problems.push(...withLines(zodProblems(parsed.error, yaml.data, yaml.file), yaml));
    return undefined;
  };
  // Optional: only incidents that compare organizations have a redundancy table.
  const redundancy = readMapping('redundancy', Redundancy);
  // Optional: published recovery counts over changing totals.
  const recovery = readMapping('recovery', Recovery);

  // Optional: the data-corrections log.
  const corrections: DataCorrection[] = [];
  if (existsSync(resolve(root, incidentFile(contentDir, id, 'corrections')))) {
    const yaml = read('corrections');
    if (yaml) {
      const list = parseList(yaml, () => DataCorrection, 'corrections (each starting with "- date:")');
      problems.push(...list.problems);
      corrections.push(...list.entries.filter((c): c is DataCorrection => c !== undefined));
    }
  }

  if (problems.length || !incident) throw new ContentError(problems);

  const data: IncidentData = {
    id,
    incident,
    organizations: lists.organizations as Organization[],
    services: lists.services as Service[],
    components: lists.components as Component[],
    dependencies: lists.dependencies as Dependency[],
    events: lists.events as Event[],
    conflicts: lists.conflicts as Conflict[],
    figures: lists.figures as Figure[],
    sources: lists.sources as Source[],
    ...(redundancy ? { redundancy } : {}),
    ...(recovery ? { recovery } : {}),
    corrections,
    milestoneKinds: [...(options.milestoneKinds ?? loadMilestoneKinds(root, contentDir).kinds)],
  };

  const refProblems = crossCheck(data, (name) => incidentFile(contentDir, id, name), options.now ?? Date.now(), options.charts);
  if (refProblems.length) {
    throw new ContentError(
      refProblems.map((p) => {
        const yaml = [...files.values()].find((f) => f.file === p.file);
        return yaml ? locate(p, yaml) : p;
      }),
    );
  }
  return data;
}

function withLines(problems: Problem[], yaml: YamlFile): Problem[] {
  return problems.map((p) => locate(p, yaml));
}
