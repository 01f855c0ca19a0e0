/**
 * What the content check and the docs need to know of a chart: its name, its directive options
 * and how to check their values against an incident. Each chart's folder defines one
 * (src/charts/<name>/index.ts) and the chart list (src/charts/registry.ts) hands them to the
 * check, so checking content depends on no drawing code.
 */
import type { z } from 'zod';
import type { IncidentData } from './incidentData.ts';
import type { Lang } from './kst.ts';

/** A problem with one option of a chart directive; the check adds the file, line and path. */
export interface OptionProblem {
  option: string;
  expected: string;
  found: string;
  suggestion?: string;
}

export interface ChartSpec {
  name: string;
  /** The options of `::chart{name=… …}`: a strict zod object; its description documents the chart. */
  options: z.ZodObject;
  /** What the chart draws from besides the events: the incident's redundancy table. */
  needs?: 'redundancy';
  /** Checks of option values against the incident: ids that must exist, times inside it, titles. */
  checkOptions?: (options: Record<string, string>, incident: IncidentData) => OptionProblem[];
  /** Words an incident may give the chart (incident.yaml `charts`) besides `title` and `dek`. */
  words?: readonly string[];
}

/** Keys every chart takes from incident.yaml `charts`. */
export const CHART_WORDS = ['title', 'dek'] as const;

/** A chart's title and dek: the directive's, else the incident's (incident.yaml `charts`), else undefined (the chart's own). */
export function titleAndDek(options: Record<string, string>, d: IncidentData, chart: string, lang: Lang): { title?: string; dek?: string } {
  const words = incidentWords(d, chart, lang);
  return { title: options.title ?? words.title, dek: options.dek ?? words.dek };
}

/** The words an incident gives a chart (incident.yaml `charts`), in one language. */
export function incidentWords(d: IncidentData, chart: string, lang: Lang): Record<string, string> {
  return Object.fromEntries(Object.entries(d.incident.charts?.[chart] ?? {}).map(([key, text]) => [key, text[lang]]));
}

