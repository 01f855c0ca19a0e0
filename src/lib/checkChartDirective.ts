/** Checks one `::chart{…}` directive of a story: a known chart name and that chart's options. */
import { CHART_NAMES, CHART_OPTIONS, chartGroups, COMPARISON_CHARTS, mapNodeIds, type ChartName } from '../charts/registry.ts';
import type { AnyDirective } from '../remark/directives.ts';
import type { IncidentData } from './loadIncident.ts';
import type { Problem } from './problems.ts';

export function checkChartDirective(d: AnyDirective, file: string, line: number | undefined, incident: IncidentData | undefined): Problem[] {
  const attrs = Object.fromEntries(Object.entries(d.attributes ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'));
  const { name, ...options } = attrs;
  const at = (option: string) => ['body', 'chart', option];
  if (!name || !CHART_NAMES.includes(name as ChartName)) {
    return [{ file, line, path: at('name'), expected: `a chart name: ${CHART_NAMES.join(', ')}`, found: name ? JSON.stringify(name) : 'no name' }];
  }
  const schema = CHART_OPTIONS[name as ChartName];
  const parsed = schema.safeParse(options);
  if (!parsed.success) {
    return parsed.error.issues.flatMap((issue) => {
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) => ({
          file, line, path: at(key),
          expected: `an option of the ${name} chart (${Object.keys(schema.shape).join(', ')})`,
          found: `an unknown option "${key}"`,
        }));
      }
      const key = String(issue.path[0] ?? 'name');
      return [{ file, line, path: at(key), expected: issue.code === 'invalid_value' ? `one of: ${issue.values.join(', ')}` : issue.message, found: JSON.stringify(options[key]) }];
    });
  }
  if (incident && COMPARISON_CHARTS.includes(name as ChartName) && !incident.redundancy) {
    return [{ file, line, path: at('name'), expected: `a chart ${incident.id} has data for: the ${name} chart needs content/incidents/${incident.id}/redundancy.yaml`, found: JSON.stringify(name) }];
  }
  if (incident && options.org) {
    const groups = chartGroups(incident);
    const unknown = options.org.split(',').filter((g) => !groups.includes(g));
    if (unknown.length) return [{ file, line, path: at('org'), expected: `organization groups of ${incident.id}: ${groups.join(', ')}`, found: JSON.stringify(unknown.join(',')) }];
  }
  if (incident && options.focus && !mapNodeIds(incident).includes(options.focus)) {
    return [{ file, line, path: at('focus'), expected: `the id of a part of ${incident.id}'s dependency map (a service or component that a dependency names)`, found: JSON.stringify(options.focus) }];
  }
  return [];
}
