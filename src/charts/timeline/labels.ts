/** Words the timeline shows, in both languages. */
import type { Lang } from '../../lib/kst.ts';
import type { Precision } from '../../schemas/event.ts';

export const PRECISION_LABEL: Record<Precision, Record<Lang, string>> = {
  exact: { ko: '정확한 시각', en: 'exact time' },
  approx: { ko: '대략의 시각', en: 'approximate time' },
  'as-of': { ko: '그 시각 현황 기준(실제 변화는 그 전)', en: 'as of this time (the change came earlier)' },
  by: { ko: '늦어도 이 시각까지', en: 'by this time at the latest' },
  date: { ko: '날짜만 확인', en: 'day only' },
  month: { ko: '달만 확인', en: 'month only' },
  year: { ko: '해만 확인', en: 'year only' },
};

/** Precisions that leave the exact minute unknown: drawn with a faded end. */
export const IMPRECISE = new Set<Precision>(['approx', 'as-of', 'by', 'date', 'month', 'year']);

export { CATEGORY_LABEL } from '../../lib/categories.ts';

/** The "n services shown" count under the controls: the build writes it and the browser updates it. */
export function shownLabel(n: number, lang: Lang): string {
  return lang === 'ko' ? `서비스 ${n}개 표시 중` : `${n} services shown`;
}
