/**
 * Names of service categories (schemas/service.ts) and component tiers (schemas/component.ts):
 * the timeline's filter, the tables and the map's groups say them the same way.
 */
import type { Lang } from './kst.ts';

/** Category (services) and tier (components) names, as a heading or a table cell writes them. */
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
  government: { ko: '행정', en: 'Government' },
  emergency: { ko: '긴급·안전', en: 'Emergency' },
  identity: { ko: '신분 확인', en: 'Identity' },
  postal: { ko: '우편', en: 'Postal' },
  storage: { ko: '저장', en: 'Storage' },
  other: { ko: '기타', en: 'Other' },
  site: { ko: '데이터센터', en: 'Data center' },
  power: { ko: '전력', en: 'Power' },
  cooling: { ko: '냉방·항온항습', en: 'Cooling' },
  hall: { ko: '서버실', en: 'Server halls' },
  platform: { ko: '플랫폼', en: 'Platform' },
  ops: { ko: '운영 도구', en: 'Operations tools' },
  network: { ko: '네트워크', en: 'Network' },
};
