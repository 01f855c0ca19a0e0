/**
 * Recovery curves: for each organization group, the share of its tracked services that had an
 * outage and whose full restoration is on record, restored by each moment. Services with no
 * restoration on record cannot be placed on the curve; they are counted and reported apart.
 */
import type { TimelineData } from './timeline.ts';

export interface RecoveryStep {
  at: string;
  /** Services restored by `at` (inclusive). */
  restored: number;
  share: number;
  /** Rows restored at exactly this moment. */
  rows: string[];
}

export interface RecoveryCurve {
  group: string;
  /** Services on the curve: outage and final restoration both on record. */
  total: number;
  /** Services with an outage but no restoration on record. */
  unknown: string[];
  start: string;
  steps: RecoveryStep[];
  /** Time until half and all of the services on the curve were restored, in minutes from `start`. */
  halfMinutes: number | null;
  allMinutes: number | null;
}

/** One curve per group: the compared groups (incident.yaml `groups`) unless `groups` names others. */
export function recoveryCurves(data: TimelineData, groups: string[] = data.compared): RecoveryCurve[] {
  return groups.map((group) => {
    const rows = Object.values(data.rows).filter((r) => r.group === group && r.kind === 'service');
    const restored = rows.filter((r) => r.restoredAt).sort((a, b) => Date.parse(a.restoredAt!) - Date.parse(b.restoredAt!) || a.id.localeCompare(b.id));
    const start = rows.map((r) => r.firstDown).sort((a, b) => Date.parse(a) - Date.parse(b))[0] ?? '';
    const steps: RecoveryStep[] = [];
    for (const r of restored) {
      const last = steps.at(-1);
      if (last && last.at === r.restoredAt) {
        last.restored++;
        last.rows.push(r.id);
      } else steps.push({ at: r.restoredAt!, restored: (last?.restored ?? 0) + 1, share: 0, rows: [r.id] });
    }
    for (const s of steps) s.share = restored.length ? s.restored / restored.length : 0;
    const minutesTo = (share: number) => {
      const s = steps.find((x) => x.share >= share);
      return s ? Math.round((Date.parse(s.at) - Date.parse(start)) / 60000) : null;
    };
    return {
      group,
      total: restored.length,
      unknown: rows.filter((r) => !r.restoredAt).map((r) => r.id),
      start,
      steps,
      halfMinutes: minutesTo(0.5),
      allMinutes: minutesTo(1),
    };
  });
}
