import type { IncidentData } from './incidentData.ts';

export interface Use {
  /** Which file, e.g. `events`. */
  kind: 'incident' | 'organizations' | 'services' | 'components' | 'dependencies' | 'events' | 'conflicts' | 'figures' | 'redundancy' | 'recovery';
  /** Id of the row (for dependencies `from→to`). */
  id: string;
}

/** For every source id, the rows that cite it, in file order. */
export function sourceUsage(d: IncidentData): Map<string, Use[]> {
  const out = new Map<string, Use[]>();
  const note = (ids: readonly string[], use: Use) => {
    for (const id of new Set(ids)) out.set(id, [...(out.get(id) ?? []), use]);
  };
  note(d.incident.sources, { kind: 'incident', id: d.id });
  for (const o of d.organizations) note(o.sources, { kind: 'organizations', id: o.id });
  for (const s of d.services) note(s.sources, { kind: 'services', id: s.id });
  for (const c of d.components) note(c.sources, { kind: 'components', id: c.id });
  for (const x of d.dependencies) note(x.sources, { kind: 'dependencies', id: `${x.from}→${x.to}` });
  for (const e of d.events) note([...e.sources, ...e.alternatives.flatMap((a) => a.sources)], { kind: 'events', id: e.id });
  for (const c of d.conflicts) note([...c.sources, ...c.versions.flatMap((v) => v.sources)], { kind: 'conflicts', id: c.id });
  for (const f of d.figures) note(f.sources, { kind: 'figures', id: f.id });
  for (const o of d.redundancy?.organizations ?? []) {
    note(o.sources, { kind: 'redundancy', id: o.organization });
    for (const c of o.layers) note(c.sources, { kind: 'redundancy', id: `${o.organization}/${c.layer}` });
  }
  for (const g of d.redundancy?.gaps ?? []) note(g.sources, { kind: 'redundancy', id: g.id });
  for (const r of d.recovery?.series ?? []) {
    r.points.forEach((p, i) => {
      const cited = [...p.sources, ...p.published.flatMap((x) => x.sources), ...(p.revised?.sources ?? []), ...p.alternatives.flatMap((a) => [...a.sources, ...a.published.flatMap((x) => x.sources)])];
      note(cited, { kind: 'recovery', id: `${r.id}/${i + 1}` });
    });
  }
  return out;
}
