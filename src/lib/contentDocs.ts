/**
 * content/README.md, generated from the schemas: every front-matter and data field with its
 * type and description. `npm run docs:content` rewrites it; a unit test fails when it is stale.
 */
import type { z } from 'zod';
import { Component } from '../schemas/component.ts';
import { Conflict } from '../schemas/conflict.ts';
import { DataCorrection } from '../schemas/dataCorrection.ts';
import { Dependency } from '../schemas/dependency.ts';
import { MilestoneEvent, StatusEvent } from '../schemas/event.ts';
import { Figure } from '../schemas/figure.ts';
import { GlossaryEntry } from '../schemas/glossary.ts';
import { Incident } from '../schemas/incident.ts';
import { Organization } from '../schemas/organization.ts';
import { MilestoneKindDef } from '../schemas/milestoneKind.ts';
import { Recovery, RecoveryPoint, RecoverySeries } from '../schemas/recovery.ts';
import { SiteConfig } from '../schemas/site.ts';
import { Redundancy, RedundancyCell, RedundancyLayer, RedundancyOrganization } from '../schemas/redundancy.ts';
import { Service } from '../schemas/service.ts';
import { Source } from '../schemas/source.ts';
import { Story } from '../schemas/story.ts';
import type { ChartSpec } from './chartSpec.ts';
import { DIRECTIVES } from './directives.ts';
import { fieldDocs } from './fieldDocs.ts';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function table(schema: z.ZodObject): string {
  const rows = fieldDocs(schema).map((f) => `| \`${f.name}\` | ${f.required ? 'yes' : 'no'} | \`${cell(f.type)}\` | ${cell(f.description)} |`);
  return ['| field | required | type | meaning |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

const SECTIONS: [string, string, z.ZodObject][] = [
  ['stories/<slug>.md (front matter)', 'One file per story; the file name is the URL slug (`/stories/<slug>/`).', Story],
  ['incidents/<id>/incident.yaml', 'One mapping: what the incident is and the window its charts cover.', Incident],
  ['incidents/<id>/organizations.yaml', 'A list of organizations.', Organization],
  ['incidents/<id>/services.yaml (optional)', 'A list of user-facing services and features.', Service],
  ['incidents/<id>/components.yaml (optional)', 'A list of infrastructure and platform pieces.', Component],
  ['incidents/<id>/dependencies.yaml (optional)', 'A list of edges; a failure flows from `from` to `to`. An incident without one has no dependency graph and no `dependencies` data file.', Dependency],
  ['incidents/<id>/events.yaml: status change', 'An entry with `subject` and `status`.', StatusEvent],
  ['incidents/<id>/events.yaml: milestone', 'An entry with `milestone` (and no `subject`).', MilestoneEvent],
  ['incidents/<id>/conflicts.yaml (optional)', 'A list of places where sources disagree; the site shows every version.', Conflict],
  ['incidents/<id>/figures.yaml (optional)', 'A list of numbers that sources state.', Figure],
  ['incidents/<id>/sources.yaml', 'A list of sources; every other row cites at least one by id.', Source],
  ['incidents/<id>/redundancy.yaml (optional)', 'One mapping: how the organizations compared had spread their systems. The comparison page and the `redundancy`, `outcomes` and `whatif` charts need it.', Redundancy],
  ['redundancy.yaml: each entry of `layers`', 'A layer every organization is compared on.', RedundancyLayer],
  ['redundancy.yaml: each entry of `organizations`', 'One organization group and its cells.', RedundancyOrganization],
  ['redundancy.yaml: each entry of an organization\'s `layers`', 'One cell: the organization on one layer.', RedundancyCell],
  ['incidents/<id>/corrections.yaml (optional)', 'A dated list of changes to published data: what changed in which public file and why. The /data/ page and the feed show it; add an entry whenever an edit changes a value readers or other newsrooms may already have.', DataCorrection],
  ['incidents/<id>/recovery.yaml (optional)', 'One mapping with `series`: counts of restored systems as they were published, each against the total of its day. The check refuses a count without its total, a count above it and a change of total without a source; the site computes every share from the counts and keeps a published percentage that disagrees as a conflict. Published as `recovery.json|csv`.', Recovery],
  ['recovery.yaml: each entry of `series`', 'One series: counts of the same thing over time.', RecoverySeries],
  ['recovery.yaml: each entry of a series\' `points`', 'One published count.', RecoveryPoint],
  ['milestones.yaml', 'A list of the kinds of milestone every incident\'s events may name (`milestone:`), with their words. A new kind is a new entry here, not code.', MilestoneKindDef],
  ['site.yaml (optional with one incident)', 'One mapping: choices about the whole site. Required once there is more than one incident.', SiteConfig],
  ['glossary.yaml (optional)', 'A list of terms stories must use, with the variants the check refuses in a story\'s headline, dek and body.', GlossaryEntry as unknown as z.ZodObject],
];

export function contentDocs(charts: readonly ChartSpec[]): string {
  const directives = Object.entries(DIRECTIVES).map(([name, d]) => `| \`${name}\` | \`${d.usage}\` | ${d.description} |`);
  return [
    '<!-- Generated by `npm run docs:content` from src/schemas. Do not edit by hand. -->',
    '# Content fields',
    '',
    'Everything the site shows comes from this folder. `npm run check:content` checks it in about a second;',
    'the build runs the same check first and stops, naming the file, line and field, when something is wrong.',
    '',
    'Rules that hold everywhere:',
    '',
    '- Times are written in Korean time with the offset spelled out and in quotes: `"2022-10-15T15:30+09:00"`.',
    '- Ids are lowercase kebab-case (`kakao-mail`); organizations, services and components share one set of ids.',
    '- Every row cites at least one source id from the incident\'s `sources.yaml` (`sources: [S12, S30]`).',
    '- Where sources disagree, keep both: mark the event `confidence: conflicting`, name the `conflict`, and give the',
    '  other time under `alternatives`.',
    '- Every outage ends on purpose: the last status event of a service or component is `restored` (with',
    '  `precision: as-of` or `by` when a report only bounds the time), or it declares `open: { note, sources }`',
    '  saying why the span still runs when the data ends. An undeclared open span stops the check.',
    '- Stories use the words in `glossary.yaml`; the check names the line of any refused variant.',
    '- A second incident is a new folder under `incidents/` with the same files; no code changes.',
    '',
    '## Story directives',
    '',
    '| directive | example | meaning |',
    '| --- | --- | --- |',
    ...directives,
    '',
    'A chart directive stands on a line of its own. Options go in the braces as `key="value"`; an unknown chart,',
    'an unknown option or a bad value stops the build with the story file and line. Without JavaScript the chart',
    'shows as a picture with its full data table; with JavaScript it gains tooltips, filters and zoom.',
    '',
    ...charts.flatMap(({ name, options }) => [`### \`::chart{name="${name}" …}\``, '', ...(options.description ? [options.description, ''] : []), table(options), '']),
    ...SECTIONS.flatMap(([title, intro, schema]) => [`## ${title}`, '', intro, '', table(schema), '']),
  ].join('\n');
}

/** The markers around the generated part of the project README. */
export const README_START = '<!-- generated by `npm run docs:content` from src/schemas: story fields, directives, chart options -->';
export const README_END = '<!-- end of generated part -->';

/** For the project README's "Writing a story": every front-matter field, every directive and every chart option. */
export function readmeStoryDocs(charts: readonly ChartSpec[]): string {
  const directives = Object.entries(DIRECTIVES).map(([name, d]) => `| \`${name}\` | \`${d.usage}\` | ${d.description} |`);
  return [
    README_START,
    '',
    'Front matter (between the two `---` lines at the top of the story):',
    '',
    table(Story),
    '',
    'Directives in the text:',
    '',
    '| directive | example | meaning |',
    '| --- | --- | --- |',
    ...directives,
    '',
    ...charts.flatMap(({ name, options }) => [`Options of \`::chart{name="${name}" …}\`${options.description ? ` (${options.description})` : ''}:`, '', table(options), '']),
    README_END,
  ].join('\n');
}

/** The README with its generated part replaced by the current one. */
export function withReadmeDocs(readme: string, charts: readonly ChartSpec[]): string {
  const a = readme.indexOf(README_START);
  const b = readme.indexOf(README_END);
  if (a < 0 || b < a) throw new Error(`README.md: the markers of the generated part are missing (${README_START} … ${README_END})`);
  return readme.slice(0, a) + readmeStoryDocs(charts) + readme.slice(b + README_END.length);
}
