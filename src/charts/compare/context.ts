/**
 * What the three comparison charts (redundancy, outcomes, what-if) share: the incident's
 * comparison with its figure book, and the pieces of their HTML that must read alike.
 */
import { comparisonOf, type Comparison } from '../../lib/compare.ts';
import type { FigureBook } from '../../lib/figures.ts';
import type { Lang } from '../../lib/kst.ts';
import type { IncidentData } from '../../lib/loadIncident.ts';
import type { RedundancyStatus } from '../../schemas/redundancy.ts';
import { esc } from '../html.ts';

export interface CompareRenderOptions {
  id: string;
  lang?: Lang;
  level?: 1 | 2 | 3;
  title?: string;
  dek?: string;
  width?: number;
}

export interface CompareContext {
  data: IncidentData;
  c: Comparison;
  book: FigureBook;
}

/** The comparison and its figures. Throws when the incident has no redundancy table. */
export function compareContext(data: IncidentData): CompareContext {
  const hit = comparisonOf(data);
  if (!hit) throw new Error(`The incident "${data.id}" has no redundancy.yaml, which the comparison charts need.`);
  return { data, ...hit };
}

export const fromContent = (text: string, tag = 'span', cls = '') => `<${tag}${cls ? ` class="${cls}"` : ''} data-from="content">${esc(text)}</${tag}>`;

export const STATUS_MARK: Record<RedundancyStatus, string> = { redundant: '●', partial: '◐', 'not-redundant': '○', unknown: '?' };

export const MODEL_LABEL: Record<string, { ko: string; en: string }> = {
  'active-standby': { ko: '가동–대기(active–standby)', en: 'Active–standby' },
  'active-active': { ko: '양쪽 가동(active–active)', en: 'Active–active' },
  'multi-site': { ko: '자체 주 센터와 다른 센터에 나눠 둠', en: 'Own main center plus other centers' },
  'single-site': { ko: '한 센터', en: 'One center' },
  unknown: { ko: '알 수 없음', en: 'Unknown' },
};

export function orgNames(data: IncidentData, lang: Lang): Record<string, string> {
  return Object.fromEntries(data.organizations.map((o) => [o.id, o.name[lang]]));
}
