/**
 * Charts place instants on a "KST clock": milliseconds shifted by +9 h and read with UTC methods,
 * so day and hour boundaries fall on Korean midnight and hours in any runtime time zone.
 * Korea has no daylight saving time, so the shift is constant.
 */
export const KST_OFFSET_MS = 9 * 3600_000;

/** Instant (ISO with offset, or epoch ms) → KST-clock ms. */
export const kstClock = (t: string | number): number => (typeof t === 'number' ? t : Date.parse(t)) + KST_OFFSET_MS;

/** KST-clock ms → `2022-10-15T15:30+09:00`. */
export function kstIso(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16)}+09:00`;
}

/**
 * An instant (epoch ms) as the content writes it, to the minute: `2022-10-16T01:31+09:00`. The
 * form of `?t=`, of step times and of the times the check's messages print.
 */
export function kstMinute(t: number): string {
  return kstIso(kstClock(t));
}
