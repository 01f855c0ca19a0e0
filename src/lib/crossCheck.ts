/**
 * Checks that need more than one entry: unknown ids, duplicates, missing sources, status
 * sequences that cannot be true (a restore before its outage, two contradictory statuses at the
 * same instant), conflicts that are marked but not described.
 */
import type { IncidentData } from './incidentData.ts';
import { CORRECTION_DATED, notLaterThan, type PathPart, type Problem } from './problems.ts';
import { CHART_WORDS, type ChartSpec } from './chartSpec.ts';
import { isStatusEvent, statusesBySubject } from './events.ts';
import { checkRecovery } from './recoverySeries.ts';
import { unknownKind } from './siteData.ts';
import { nearest } from './suggest.ts';

type FileOf = (name: string) => string;

/** `charts`: the charts whose words incident.yaml may give (when known; the chart list is passed in). */
export function crossCheck(data: IncidentData, fileOf: FileOf, now = Date.now(), charts?: readonly ChartSpec[]): Problem[] {
  const problems: Problem[] = [];
  const add = (name: string, path: PathPart[], expected: string, found: string) =>
    problems.push({ file: fileOf(name), path, expected, found });

  if (data.incident.id !== data.id) {
    add('incident', ['id'], `the folder name "${data.id}"`, JSON.stringify(data.incident.id));
  }
  if (Date.parse(data.incident.end) < Date.parse(data.incident.start)) {
    add('incident', ['end'], `a time after start (${data.incident.start})`, JSON.stringify(data.incident.end));
  }
  if (Date.parse(data.incident.dataAsOf) < Date.parse(data.incident.start)) {
    add('incident', ['dataAsOf'], `a time after start (${data.incident.start})`, JSON.stringify(data.incident.dataAsOf));
  }

  // Duplicate ids. Organizations, services and components share one namespace because
  // dependencies and events refer to any of them by id alone.
  const entityIds = new Map<string, string>();
  const checkUnique = (name: string, ids: string[], seen = new Map<string, string>()) => {
    ids.forEach((id, i) => {
      const first = seen.get(id);
      if (first) add(name, [i, 'id'], `an id not used before (it is already used by ${first})${name === 'sources' ? `; the next free source id is ${nextSourceId(ids, data.incident.sourcePrefix)}` : ''}`, JSON.stringify(id));
      else seen.set(id, `${fileOf(name)} entry [${i}] (the ${ordinal(i + 1)} entry)`);
    });
  };
  checkUnique('organizations', data.organizations.map((o) => o.id), entityIds);
  checkUnique('services', data.services.map((s) => s.id), entityIds);
  checkUnique('components', data.components.map((c) => c.id), entityIds);
  checkUnique('events', data.events.map((e) => e.id));
  checkUnique('conflicts', data.conflicts.map((c) => c.id));
  checkUnique('figures', data.figures.map((f) => f.id));
  checkUnique('sources', data.sources.map((s) => s.id));
  // Every source id carries the incident's letter, so an id names one source of one incident site-wide.
  const prefix = data.incident.sourcePrefix;
  data.sources.forEach((s, i) => {
    if (s.id !== 'SEED' && !s.id.startsWith(prefix)) {
      add('sources', [i, 'id'], `a source id starting with this incident's letter "${prefix}" (incident.yaml sourcePrefix), e.g. ${nextSourceId(data.sources.map((x) => x.id), prefix)}`, JSON.stringify(s.id));
    }
  });

  const orgs = new Set(data.organizations.map((o) => o.id));
  const services = new Set(data.services.map((s) => s.id));
  const components = new Set(data.components.map((c) => c.id));
  const sources = new Set(data.sources.map((s) => s.id));
  const conflicts = new Set(data.conflicts.map((c) => c.id));

  const ref = (name: string, path: PathPart[], id: string | undefined, pool: Set<string>, what: string) => {
    if (id === undefined || pool.has(id)) return;
    problems.push({ file: fileOf(name), path, expected: `the id of ${what}`, found: `"${id}", which is not defined`, suggestion: nearest(id, pool) });
  };
  const refSources = (name: string, path: PathPart[], ids: string[]) =>
    ids.forEach((id, i) => ref(name, [...path, i], id, sources, 'a source in sources.yaml'));

  data.organizations.forEach((o, i) => {
    ref('organizations', [i, 'parent'], o.parent, orgs, 'an organization in organizations.yaml');
    refSources('organizations', [i, 'sources'], o.sources);
  });
  data.services.forEach((s, i) => {
    ref('services', [i, 'organization'], s.organization, orgs, 'an organization in organizations.yaml');
    ref('services', [i, 'parent'], s.parent, services, 'a service in services.yaml');
    refSources('services', [i, 'sources'], s.sources);
  });
  data.components.forEach((c, i) => {
    ref('components', [i, 'organization'], c.organization, orgs, 'an organization in organizations.yaml');
    ref('components', [i, 'location'], c.location, components, 'a component in components.yaml');
    refSources('components', [i, 'sources'], c.sources);
  });
  // Words for charts: a chart of the list, and a key it takes.
  if (charts) {
    for (const [chart, words] of Object.entries(data.incident.charts ?? {})) {
      const spec = charts.find((c) => c.name === chart);
      const names = charts.map((c) => c.name);
      if (!spec) {
        problems.push({ file: fileOf('incident'), path: ['charts', chart], expected: `a chart name: ${names.join(', ')}`, found: JSON.stringify(chart), suggestion: nearest(chart, names) });
        continue;
      }
      const keys = [...CHART_WORDS, ...(spec.words ?? [])];
      for (const key of Object.keys(words)) {
        if (!keys.includes(key)) problems.push({ file: fileOf('incident'), path: ['charts', chart, key], expected: `words the ${chart} chart takes: ${keys.join(', ')}`, found: JSON.stringify(key), suggestion: nearest(key, keys) });
      }
    }
  }
  // The groups the charts compare are top-level organizations, each once; the origin is a component.
  const topLevel = new Set(data.organizations.filter((o) => !o.parent).map((o) => o.id));
  const seenGroups = new Set<string>();
  (data.incident.groups ?? []).forEach((g, i) => {
    if (!orgs.has(g.id)) ref('incident', ['groups', i, 'id'], g.id, orgs, 'an organization in organizations.yaml');
    else if (!topLevel.has(g.id)) add('incident', ['groups', i, 'id'], 'an organization group: an organization without a parent', `"${g.id}", whose parent is ${JSON.stringify(data.organizations.find((o) => o.id === g.id)?.parent)}`);
    if (seenGroups.has(g.id)) add('incident', ['groups', i, 'id'], 'each group once', JSON.stringify(g.id));
    seenGroups.add(g.id);
  });
  ref('incident', ['origin'], data.incident.origin, components, 'a component in components.yaml (where the incident started)');
  if (data.redundancy && data.incident.origin && data.redundancy.site !== data.incident.origin) {
    add('redundancy', ['site'], `the incident's origin, "${data.incident.origin}" (incident.yaml): the what-if and the map start from the same place`, JSON.stringify(data.redundancy.site));
  }
  const anyEntity = new Set([...orgs, ...services, ...components]);
  data.dependencies.forEach((d, i) => {
    ref('dependencies', [i, 'from'], d.from, anyEntity, 'an organization, service or component');
    ref('dependencies', [i, 'to'], d.to, anyEntity, 'an organization, service or component');
    if (d.from === d.to) add('dependencies', [i, 'to'], 'a different id from `from`', JSON.stringify(d.to));
    refSources('dependencies', [i, 'sources'], d.sources);
  });
  const subjects = new Set([...services, ...components]);
  data.events.forEach((e, i) => {
    if (isStatusEvent(e)) ref('events', [i, 'subject'], e.subject, subjects, 'a service or component');
    else {
      ref('events', [i, 'organization'], e.organization, orgs, 'an organization in organizations.yaml');
      const unknown = unknownKind(e.milestone, data.milestoneKinds);
      if (unknown) problems.push({ file: fileOf('events'), path: [i, 'milestone'], ...unknown });
    }
    if (e.confidence === 'conflicting' && !e.conflict) {
      add('events', [i, 'conflict'], 'a conflict id (confidence is "conflicting")', 'nothing (the field is missing)');
    }
    ref('events', [i, 'conflict'], e.conflict, conflicts, 'a conflict in conflicts.yaml');
    refSources('events', [i, 'sources'], e.sources);
    // Statuses are complete up to dataAsOf: one after it is a typo in the date, or dataAsOf must move.
    // (Milestones may come later: a law passed a year on is part of the story, not of the outage.)
    if (isStatusEvent(e) && Date.parse(e.at) > Date.parse(data.incident.dataAsOf)) {
      add('events', [i, 'at'], `a time no later than dataAsOf (${data.incident.dataAsOf}), the moment the data is complete to; if the report is really later, move dataAsOf in incident.yaml`, JSON.stringify(e.at));
    }
    e.alternatives.forEach((a, j) => refSources('events', [i, 'alternatives', j, 'sources'], a.sources));
    if (isStatusEvent(e) && e.open) refSources('events', [i, 'open', 'sources'], e.open.sources);
  });
  data.conflicts.forEach((c, i) => {
    refSources('conflicts', [i, 'sources'], c.sources);
    c.versions.forEach((v, j) => refSources('conflicts', [i, 'versions', j, 'sources'], v.sources));
  });
  data.figures.forEach((f, i) => {
    ref('figures', [i, 'organization'], f.organization, orgs, 'an organization in organizations.yaml');
    refSources('figures', [i, 'sources'], f.sources);
  });
  refSources('incident', ['sources'], data.incident.sources);
  data.corrections.forEach((c, i) => {
    refSources('corrections', [i, 'sources'], c.sources);
    if (Date.parse(c.date) > now) add('corrections', [i, 'date'], notLaterThan(now, CORRECTION_DATED), JSON.stringify(c.date));
  });

  const r = data.redundancy;
  if (r) {
    const R = 'redundancy';
    const figures = new Set(data.figures.map((f) => f.id));
    ref(R, ['site'], r.site, components, 'a component in components.yaml (the data center that failed)');
    const layerIds = new Set<string>();
    r.layers.forEach((l, i) => {
      if (layerIds.has(l.id)) add(R, ['layers', i, 'id'], 'a layer id not used before', JSON.stringify(l.id));
      layerIds.add(l.id);
    });
    const seenOrgs = new Set<string>();
    r.organizations.forEach((o, i) => {
      const at = ['organizations', i] as PathPart[];
      ref(R, [...at, 'organization'], o.organization, orgs, 'an organization in organizations.yaml');
      if (seenOrgs.has(o.organization)) add(R, [...at, 'organization'], 'each organization once', JSON.stringify(o.organization));
      seenOrgs.add(o.organization);
      ref(R, [...at, 'servers'], o.servers, figures, 'a figure in figures.yaml');
      ref(R, [...at, 'main'], o.main, components, 'a component in components.yaml (the data center its main systems ran in)');
      o.core.services.forEach((id, k) => ref(R, [...at, 'core', 'services', k], id, services, 'a service in services.yaml'));
      refSources(R, [...at, 'sources'], o.sources);
      const covered = new Set<string>();
      o.layers.forEach((c, k) => {
        const cellAt = [...at, 'layers', k];
        if (!layerIds.has(c.layer)) add(R, [...cellAt, 'layer'], `one of the layers: ${[...layerIds].join(', ')}`, JSON.stringify(c.layer));
        else if (covered.has(c.layer)) add(R, [...cellAt, 'layer'], 'each layer once per organization', JSON.stringify(c.layer));
        covered.add(c.layer);
        (c.components ?? []).forEach((id, m) => ref(R, [...cellAt, 'components', m], id, components, 'a component in components.yaml'));
        refSources(R, [...cellAt, 'sources'], c.sources);
      });
      const missing = [...layerIds].filter((l) => !covered.has(l));
      if (missing.length) add(R, [...at, 'layers'], `a cell for every layer (write status: unknown when no source says)`, `no cell for ${missing.join(', ')}`);
    });
    r.gaps.forEach((g, i) => {
      ref(R, ['gaps', i, 'organization'], g.organization, orgs, 'an organization in organizations.yaml');
      refSources(R, ['gaps', i, 'sources'], g.sources);
    });
  }

  problems.push(...checkStatusSequences(data, fileOf));
  if (data.recovery) {
    const events = new Set(data.events.map((e) => e.id));
    problems.push(...checkRecovery(data.recovery, { subjects, sources, conflicts, events }).map((p) => ({ ...p, file: fileOf('recovery') })));
  }
  return problems;
}

/**
 * Per subject, in time order: no restore before an outage, no two statuses at one instant, and
 * no span left open by accident: the last event is a restore, or it declares `open`.
 */
function checkStatusSequences(data: IncidentData, fileOf: FileOf): Problem[] {
  const problems: Problem[] = [];
  const index = new Map(data.events.map((e, i) => [e, i]));
  for (const events of statusesBySubject(data.events).values()) {
    const list = events.map((e) => ({ e, i: index.get(e)! }));
    const first = list[0];
    if (first && first.e.status === 'restored') {
      problems.push({
        file: fileOf('events'),
        path: [first.i, 'status'],
        expected: `an outage (down or degraded) of "${first.e.subject}" before it is restored`,
        found: `"restored" at ${first.e.at} with no earlier outage`,
      });
    }
    const last = list[list.length - 1]!;
    for (const { e, i } of list) {
      if (!e.open) continue;
      if (e.status === 'restored') {
        problems.push({
          file: fileOf('events'),
          path: [i, 'open'],
          expected: '`open` only on an event that leaves a status in force (down, degraded or partially-restored); a restore closes the span',
          found: `open on "restored" at ${e.at}`,
        });
      } else if (e !== last.e) {
        problems.push({
          file: fileOf('events'),
          path: [i, 'open'],
          expected: `\`open\` only on the last event of "${e.subject}" (the span it declares must reach the end of the data)`,
          found: `open at ${e.at}, but event "${last.e.id}" follows at ${last.e.at}`,
        });
      }
    }
    if (last.e.status !== 'restored' && !last.e.open) {
      problems.push({
        file: fileOf('events'),
        path: [last.i, 'open'],
        expected: `a later event that restores "${last.e.subject}" (with \`precision: as-of\` or \`by\` when only a bound is known), or \`open: { note: { ko, en }, sources: [...] }\` on this event if the "${last.e.status}" span really lasts past dataAsOf (${data.incident.dataAsOf})`,
        found: `"${last.e.status}" from ${last.e.at} with no later event: the span would run to the end of the data unnoticed`,
      });
    }
    for (let k = 1; k < list.length; k++) {
      const a = list[k - 1]!;
      const b = list[k]!;
      if (Date.parse(a.e.at) !== Date.parse(b.e.at) || a.e.status === b.e.status) continue;
      const marked = a.e.confidence === 'conflicting' && b.e.confidence === 'conflicting' && a.e.conflict === b.e.conflict;
      if (!marked) {
        problems.push({
          file: fileOf('events'),
          path: [b.i, 'status'],
          expected: `one status for "${b.e.subject}" at ${b.e.at}, or both events marked confidence: conflicting with the same conflict id`,
          found: `"${b.e.status}" while event "${a.e.id}" says "${a.e.status}" at the same instant`,
        });
      }
    }
  }
  return problems;
}

/** One more than the highest numbered source id of the incident's letter: `S156` after `S155`. */
export function nextSourceId(ids: string[], prefix = 'S'): string {
  const numbers = ids.map((id) => new RegExp(`^${prefix}(\\d+)$`).exec(id)?.[1]).filter((n): n is string => n !== undefined).map(Number);
  return `${prefix}${String(Math.max(0, ...numbers) + 1).padStart(2, '0')}`;
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
