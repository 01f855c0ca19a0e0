/** Checks a story's `::chart{…}` and `::step{…}` directives against the charts and the incident. */
import type { Root } from 'mdast';
import { KST_MINUTE_PATTERN } from '../schemas/common.ts';
import { REPLAY_VIEWS } from '../schemas/vocabulary.ts';
import type { ChartSpec, OptionProblem } from './chartSpec.ts';
import { type AnyDirective, directiveAttributes, STEP_OPTIONS } from './directives.ts';
import { stepSections } from './steps.ts';
import { incidentReplay, replayFocusIds } from './replayData.ts';
import type { IncidentData } from './incidentData.ts';
import { kstMinute } from './kstClock.ts';
import type { Problem } from './problems.ts';
import { nearest } from './suggest.ts';

/** Checks a `::chart{name=… …}` directive: a chart of `charts`, its options, their values against the incident. */
export function checkChartDirective(d: AnyDirective, file: string, line: number | undefined, incident: IncidentData | undefined, charts: readonly ChartSpec[]): Problem[] {
  const attrs = directiveAttributes(d);
  const { name, ...options } = attrs;
  const at = (option: string) => ['body', 'chart', option];
  const names = charts.map((c) => c.name);
  const chart = charts.find((c) => c.name === name);
  if (!name || !chart) {
    return [{ file, line, path: at('name'), expected: `a chart name: ${names.join(', ')}`, found: name ? JSON.stringify(name) : 'no name', suggestion: name ? nearest(name, names) : undefined }];
  }
  const schema = chart.options;
  const parsed = schema.safeParse(options);
  if (!parsed.success) {
    return parsed.error.issues.flatMap((issue) => {
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) => ({
          file, line, path: at(key),
          expected: `an option of the ${name} chart (${Object.keys(schema.shape).join(', ')})`,
          found: `an unknown option "${key}"`,
          suggestion: nearest(key, Object.keys(schema.shape)),
        }));
      }
      const key = String(issue.path[0] ?? 'name');
      const choices = issue.code === 'invalid_value' ? issue.values.map(String) : [];
      return [{ file, line, path: at(key), expected: choices.length ? `one of: ${choices.join(', ')}` : issue.message, found: JSON.stringify(options[key]), suggestion: nearest(options[key] ?? '', choices) }];
    });
  }
  if (!incident) return [];
  if (chart.needs === 'redundancy' && !incident.redundancy) {
    return [{ file, line, path: at('name'), expected: `a chart ${incident.id} has data for: the ${name} chart needs content/incidents/${incident.id}/redundancy.yaml`, found: JSON.stringify(name) }];
  }
  return (chart.checkOptions?.(options, incident) ?? []).map(({ option, ...p }) => ({ file, line, path: at(option), ...p }));
}

/**
 * A replay moment (a `::step` or a replay chart): its time inside the incident and its focus a
 * known part, as option problems (the chart check and the step check add file, line and path).
 */
export function replayMomentProblems(options: { t?: string; focus?: string }, incident: IncidentData): OptionProblem[] {
  const problems: OptionProblem[] = [];
  const [lo, hi] = incidentReplay(incident).domain;
  if (options.t !== undefined) {
    const t = Date.parse(options.t);
    if (!KST_MINUTE_PATTERN.test(options.t) || Number.isNaN(t)) {
      problems.push({ option: 't', expected: 'a KST time with its offset, e.g. "2022-10-16T01:31+09:00"', found: JSON.stringify(options.t) });
    } else if (t < lo || t > hi) {
      problems.push({ option: 't', expected: `a time inside ${incident.id}, from ${kstMinute(lo)} to ${kstMinute(hi)}`, found: JSON.stringify(options.t) });
    }
  }
  if (options.focus !== undefined && !replayFocusIds(incident).includes(options.focus)) {
    problems.push({ option: 'focus', expected: `the id of a part of ${incident.id} (a service or component on the dependency map or the timeline, e.g. "kakao-auth")`, found: JSON.stringify(options.focus), suggestion: nearest(options.focus, replayFocusIds(incident)) });
  }
  return problems;
}

/** Checks one `::step{…}`: a time inside the incident, a known view and a known focus. */
export function checkStepDirective(d: AnyDirective, file: string, line: number | undefined, incident: IncidentData | undefined): Problem[] {
  const attrs = directiveAttributes(d);
  const at = (option: string) => ({ file, line, path: ['body', 'step', option] });
  const problems: Problem[] = [];
  for (const key of Object.keys(attrs)) {
    if (!(STEP_OPTIONS as readonly string[]).includes(key)) problems.push({ ...at(key), expected: `an option of a step (${STEP_OPTIONS.join(', ')})`, found: `an unknown option "${key}"`, suggestion: nearest(key, STEP_OPTIONS) });
  }
  if (attrs.t === undefined) problems.push({ ...at('t'), expected: 'the moment of the step, e.g. t="2022-10-16T01:31+09:00"', found: 'no t' });
  if (attrs.view !== undefined && !REPLAY_VIEWS.includes(attrs.view as never)) problems.push({ ...at('view'), expected: `one of: ${REPLAY_VIEWS.join(', ')}`, found: JSON.stringify(attrs.view), suggestion: nearest(attrs.view, REPLAY_VIEWS) });
  if (incident) problems.push(...replayMomentProblems(attrs, incident).map(({ option, ...p }) => ({ ...at(option), ...p })));
  return problems;
}

/** Every step needs text of its own: readers who cannot see the graphic read what changed. */
export function checkStepTexts(tree: Root, file: string, at: (node: { position?: { start: { line: number } } }) => number | undefined): Problem[] {
  return stepSections(tree).flatMap((section) =>
    section.steps
      .filter((s) => !s.content.some((n) => n.type === 'paragraph' || n.type === 'list'))
      .map((s) => ({ file, line: at(s.directive), path: ['body', 'step'], expected: 'a paragraph after the step saying what changed at that moment', found: 'a step without text' })),
  );
}
