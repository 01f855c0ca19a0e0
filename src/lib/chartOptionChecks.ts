/**
 * Checks of chart option values against an incident, for the charts' checkOptions: organization
 * groups, parts of the map, titles that a filter would contradict.
 */
import type { OptionProblem } from './chartSpec.ts';
import type { IncidentData } from './incidentData.ts';
import { nearest } from './suggest.ts';
import { timelineData } from './timeline.ts';

/** Group ids an `org` option may name for this incident. */
export function chartGroups(d: IncidentData): string[] {
  return timelineData(d).groups.map((g) => g.id);
}

/** Ids of the parts of the dependency map a `focus` option may name. */
export function mapNodeIds(d: IncidentData): string[] {
  return [...new Set(d.dependencies.flatMap((e) => [e.from, e.to]))];
}

/**
 * An `org` option: every group known; and when the chart's own title names groups (`titleNames`),
 * a filter that leaves one of them out needs a `title=` of its own.
 */
export function orgProblems(options: Record<string, string>, d: IncidentData, chart: string, titleNames?: string[]): OptionProblem[] {
  if (!options.org) return [];
  const groups = chartGroups(d);
  const chosen = options.org.split(',');
  const unknown = chosen.filter((g) => !groups.includes(g));
  if (unknown.length) {
    return [{ option: 'org', expected: `organization groups of ${d.id}: ${groups.join(', ')}`, found: JSON.stringify(unknown.join(',')), suggestion: unknown.length === 1 ? nearest(unknown[0]!, groups) : undefined }];
  }
  const hidden = (titleNames ?? []).filter((g) => !chosen.includes(g));
  if (hidden.length && !options.title) {
    const names = new Map(timelineData(d).groups.map((g) => [g.id, g.name.ko]));
    const spoken = hidden.map((g) => `${names.get(g) ?? g} (${g})`).join(', ');
    return [{ option: 'title', expected: `a title="…" of your own: the ${chart} chart's standard title names ${spoken}, which org="${options.org}" leaves out of the chart`, found: 'no title' }];
  }
  return [];
}

/** A `focus` option naming a part of the dependency map. */
export function mapFocusProblems(options: Record<string, string>, d: IncidentData): OptionProblem[] {
  if (!options.focus) return [];
  const parts = mapNodeIds(d);
  if (parts.includes(options.focus)) return [];
  return [{ option: 'focus', expected: `the id of a part of ${d.id}'s dependency map (a service or component that a dependency names)`, found: JSON.stringify(options.focus), suggestion: nearest(options.focus, parts) }];
}
