/** Words the timeline shows, in both languages. */
import type { Lang } from '../../lib/kst.ts';
import type { Precision } from '../../schemas/event.ts';

export const PRECISION_LABEL: Record<Precision, Record<Lang, string>> = {
  exact: { ko: '정확한 시각', en: 'exact time' },
  approx: { ko: '대략의 시각', en: 'approximate time' },
  'as-of': { ko: '그 시각 현황 기준(실제 변화는 그 전)', en: 'as of this time (the change came earlier)' },
  by: { ko: '늦어도 이 시각까지', en: 'by this time at the latest' },
  date: { ko: '날짜만 확인', en: 'day only' },
};

/** Precisions that leave the exact minute unknown: drawn with a faded end. */
export const IMPRECISE = new Set<Precision>(['approx', 'as-of', 'by', 'date']);

/** Category (services) and tier (components) names for the filter. */
export const CATEGORY_LABEL: Record<string, Record<Lang, string>> = {
  messaging: { ko: '메신저', en: 'Messaging' },
  mail: { ko: '메일', en: 'Mail' },
  portal: { ko: '포털·뉴스', en: 'Portal and news' },
  community: { ko: '커뮤니티', en: 'Community' },
  blog: { ko: '블로그', en: 'Blogs' },
  maps: { ko: '지도', en: 'Maps' },
  mobility: { ko: '모빌리티', en: 'Mobility' },
  payments: { ko: '결제', en: 'Payments' },
  finance: { ko: '금융', en: 'Finance' },
  music: { ko: '음악', en: 'Music' },
  content: { ko: '콘텐츠', en: 'Content' },
  games: { ko: '게임', en: 'Games' },
  commerce: { ko: '쇼핑', en: 'Shopping' },
  productivity: { ko: '업무 도구', en: 'Productivity' },
  ai: { ko: 'AI·번역', en: 'AI and translation' },
  sports: { ko: '스포츠', en: 'Sports' },
  login: { ko: '로그인', en: 'Login' },
  ads: { ko: '광고', en: 'Ads' },
  other: { ko: '기타', en: 'Other' },
  site: { ko: '데이터센터', en: 'Data center' },
  power: { ko: '전력', en: 'Power' },
  hall: { ko: '서버실', en: 'Server halls' },
  platform: { ko: '플랫폼', en: 'Platform' },
  ops: { ko: '운영 도구', en: 'Operations tools' },
  network: { ko: '네트워크', en: 'Network' },
};

/** The "n services shown" count under the controls: the build writes it and the browser updates it. */
export function shownLabel(n: number, lang: Lang): string {
  return lang === 'ko' ? `서비스 ${n}개 표시 중` : `${n} services shown`;
}
