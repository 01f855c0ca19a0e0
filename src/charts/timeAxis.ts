/**
 * Ticks and labels for a KST time axis that reads well from a few hours to a week: the step is the
 * smallest of 1–48 hours that leaves `minGap` pixels between ticks; midnights carry the day.
 */
import { utcDay, utcHour } from 'd3-time';
import type { Lang } from '../lib/kst.ts';

const HOUR = 3600_000;
const STEPS = [1, 2, 3, 6, 12, 24, 48];
const WEEKDAY = { ko: ['일', '월', '화', '수', '목', '금', '토'], en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] };
const MONTH_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface Tick {
  /** KST-clock ms. */
  t: number;
  label: string;
  /** A tick at KST midnight: drawn stronger, labelled with the day. */
  day: boolean;
}

export function timeTicks([t0, t1]: [number, number], px: number, lang: Lang, minGap = 58): Tick[] {
  const hours = (t1 - t0) / HOUR;
  const step = STEPS.find((s) => px / (hours / s) >= minGap) ?? 48;
  const interval = step >= 24 ? utcDay.every(step / 24)! : utcHour.every(step)!;
  const ts = interval.range(new Date(t0), new Date(t1 + 1)).map((d) => d.getTime());
  // The start of the domain is labelled with its day and hour when no tick falls near it.
  if (!ts.length || (ts[0]! - t0) / (t1 - t0) * px >= minGap) ts.unshift(t0);
  return ts.map((t, i) => {
    const d = new Date(t);
    const day = d.getUTCHours() === 0 && d.getUTCMinutes() === 0;
    return { t, day, label: day || i === 0 ? dayLabel(d, lang, !day) : hourLabel(d, lang) };
  });
}

function hourLabel(d: Date, lang: Lang): string {
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  if (lang === 'ko') return m ? `${h}:${String(m).padStart(2, '0')}` : `${h}시`;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

function dayLabel(d: Date, lang: Lang, withHour: boolean): string {
  const day = lang === 'ko' ? `${d.getUTCMonth() + 1}/${d.getUTCDate()}(${WEEKDAY.ko[d.getUTCDay()]})` : `${WEEKDAY.en[d.getUTCDay()]} ${d.getUTCDate()} ${MONTH_EN[d.getUTCMonth()]}`;
  return withHour ? `${day} ${hourLabel(d, lang)}` : day;
}
