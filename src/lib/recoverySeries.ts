/**
 * Published recovery counts over changing totals (recovery.yaml): the checks a series must pass,
 * and the shares the site computes from counts and totals. A published percentage is never
 * corrected: one that disagrees with its count must be marked as a conflict, and stays in the data.
 */
import type { PathPart, Problem } from './problems.ts';
import type { Recovery, RecoveryPoint } from '../schemas/recovery.ts';
import { nearest } from './suggest.ts';

/** The share `restored / total` in percent, to one decimal, as the site prints it. */
export function percentOf(restored: number, total: number): number {
  return Math.round((restored / total) * 1000) / 10;
}

/**
 * Whether a published percentage is the count over the total: within 0.1 point of the exact share
 * (sources round or cut to one decimal), or within one point when published as approximate.
 */
export function publishedAgrees(published: { value: number; approx?: boolean }, restored: number, total: number): boolean {
  const exact = (restored / total) * 100;
  return Math.abs(published.value - exact) < (published.approx ? 1 : 0.1);
}

/** What a published percentage would be a share of: `47 / 709 = 6.6 %` for N01's 6.6 %. */
export function explainPercent(value: number, restored: number, totals: readonly number[]): string | undefined {
  const fit = totals.find((t) => publishedAgrees({ value }, restored, t));
  return fit === undefined ? undefined : `${restored} / ${fit} = ${percentOf(restored, fit)} %`;
}

type Problemish = Omit<Problem, 'file'> & { file?: string };

interface Pools {
  subjects: Set<string>;
  sources: Set<string>;
  conflicts: Set<string>;
  events: Set<string>;
}

/** Every rule of recovery.yaml; problems carry paths into the file (the caller adds the file name). */
export function checkRecovery(r: Recovery, pools: Pools): Problemish[] {
  const problems: Problemish[] = [];
  const add = (path: PathPart[], expected: string, found: string, suggestion?: string) => problems.push({ path, expected, found, ...(suggestion ? { suggestion } : {}) });
  const ref = (path: PathPart[], id: string | undefined, pool: Set<string>, what: string) => {
    if (id === undefined || pool.has(id)) return;
    add(path, `the id of ${what}`, `"${id}", which is not defined`, nearest(id, pool));
  };
  const refSources = (path: PathPart[], ids: readonly string[]) => ids.forEach((id, i) => ref([...path, i], id, pools.sources, 'a source in sources.yaml'));
  const allTotals = [...new Set(r.series.flatMap((s) => s.points.map((p) => p.total)))];
  const seen = new Set<string>();
  r.series.forEach((s, si) => {
    const at = ['series', si] as PathPart[];
    if (seen.has(s.id)) add([...at, 'id'], 'a series id not used before', JSON.stringify(s.id));
    seen.add(s.id);
    ref([...at, 'subject'], s.subject, pools.subjects, 'a service or component');
    let before: RecoveryPoint | undefined;
    s.points.forEach((p, pi) => {
      const pat = [...at, 'points', pi] as PathPart[];
      refSources([...pat, 'sources'], p.sources);
      p.published.forEach((x, k) => refSources([...pat, 'published', k, 'sources'], x.sources));
      p.alternatives.forEach((a, k) => {
        refSources([...pat, 'alternatives', k, 'sources'], a.sources);
        a.published.forEach((x, m) => refSources([...pat, 'alternatives', k, 'published', m, 'sources'], x.sources));
        if (a.restored > p.total) add([...pat, 'alternatives', k, 'restored'], `a count no larger than its total (${p.total})`, String(a.restored));
      });
      if (p.revised) refSources([...pat, 'revised', 'sources'], p.revised.sources);
      ref([...pat, 'conflict'], p.conflict, pools.conflicts, 'a conflict in conflicts.yaml');
      ref([...pat, 'event'], p.event, pools.events, 'an event in events.yaml');
      if (before && Date.parse(p.at) < Date.parse(before.at)) {
        add([...pat, 'at'], `points in time order: a time on or after the point before (${before.at})`, JSON.stringify(p.at));
      }
      if (p.restored === undefined && !p.published.length) {
        add([...pat, 'restored'], 'a count (`restored`), or the percentage a source published (`published`) when it gave no count', 'neither');
      }
      if (p.restored !== undefined && p.restored > p.total) {
        add([...pat, 'restored'], `a count no larger than its total (${p.total}): more restored than there are systems is a typo, or the total changed (then give the new total with \`revised\`)`, String(p.restored));
      }
      if (before && p.total !== before.total && !p.revised) {
        add([...pat, 'revised'], `\`revised: { note: { ko, en }, sources: [...] }\` on this point: who changed the total from ${before.total} to ${p.total}, and why`, `total ${p.total} after ${before.total} (at ${before.at}) with no source for the change`);
      }
      if (p.revised && (!before || p.total === before.total)) {
        add([...pat, 'revised'], `\`revised\` only on the point where the total changes${before ? ` (it stays ${before.total} here)` : ' (the first point has nothing to revise)'}`, 'a revision note');
      }
      if (p.restored !== undefined) {
        const off = p.published.filter((x) => !publishedAgrees(x, p.restored!, p.total));
        if (off.length && !p.conflict) {
          const x = off[0]!;
          const explained = explainPercent(x.value, p.restored, allTotals.filter((t) => t !== p.total));
          add(
            [...pat, 'conflict'],
            `a conflict id (conflicts.yaml): the published ${x.value} % (${x.sources.join(', ')}) is not ${p.restored} / ${p.total} = ${percentOf(p.restored, p.total)} %${explained ? ` (it is ${explained})` : ''}; keep it and mark the disagreement, never correct it silently`,
            'no conflict',
          );
        }
      }
      if (p.alternatives.length && !p.conflict) {
        add([...pat, 'conflict'], 'a conflict id (conflicts.yaml) describing why sources give different counts for this report', 'alternatives without a conflict');
      }
      before = p;
    });
  });
  return problems;
}

/** A published percentage with whether it is the count over the total. */
export interface PublishedShare {
  value: number;
  approx: boolean;
  agrees: boolean | null;
  sources: string[];
}

/** One row of recovery.json: a published count, the share the site computes, and what was published. */
export interface RecoveryRowData {
  series: string;
  at: string;
  precision: RecoveryPoint['precision'];
  restored: number | null;
  total: number;
  percent: number | null;
  published: PublishedShare[];
  totalRevised: { note: { ko: string; en: string }; sources: string[] } | null;
  conflict: string | null;
  alternatives: { restored: number; percent: number; published: PublishedShare[]; note: { ko: string; en: string }; sources: string[] }[];
  event: string | null;
  sources: string[];
}

function shares(list: RecoveryPoint['published'], restored: number | undefined, total: number): PublishedShare[] {
  return list.map((x) => ({ value: x.value, approx: x.approx, agrees: restored === undefined ? null : publishedAgrees(x, restored, total), sources: x.sources }));
}

/** Every point of every series, in file order. */
export function recoveryRows(r: Recovery | undefined): RecoveryRowData[] {
  return (r?.series ?? []).flatMap((s) =>
    s.points.map((p) => ({
      series: s.id,
      at: p.at,
      precision: p.precision,
      restored: p.restored ?? null,
      total: p.total,
      percent: p.restored === undefined ? null : percentOf(p.restored, p.total),
      published: shares(p.published, p.restored, p.total),
      totalRevised: p.revised ?? null,
      conflict: p.conflict ?? null,
      alternatives: p.alternatives.map((a) => ({ restored: a.restored, percent: percentOf(a.restored, p.total), published: shares(a.published, a.restored, p.total), note: a.note, sources: a.sources })),
      event: p.event ?? null,
      sources: p.sources,
    })),
  );
}
