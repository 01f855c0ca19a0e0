/**
 * One vocabulary for the state of a part of an incident: the events' statuses (schemas/event.ts)
 * read as states, with `up` (never hit, or restored) and `unknown` (sources disagree on the time,
 * or only the day is known). The timeline, the replay, the dependency map and the counts all speak
 * it, with one set of words. Pure: the browser shares it.
 */
import type { Bilingual } from '../schemas/common.ts';
import type { Lang } from './kst.ts';

export const STATES = ['up', 'degraded', 'partially-restored', 'unknown', 'down'] as const;
export type State = (typeof STATES)[number];

export const STATE_LABEL: Record<State, Bilingual> = {
  up: { ko: '정상', en: 'up' },
  degraded: { ko: '일부 오류', en: 'degraded' },
  'partially-restored': { ko: '일부 복구', en: 'partly restored' },
  unknown: { ko: '확인 안 됨', en: 'unknown' },
  down: { ko: '멈춤', en: 'down' },
};

/** What a change to a state is called in a caption ("restored", not "up"). */
export const CHANGE_LABEL: Record<State, Bilingual> = { ...STATE_LABEL, up: { ko: '복구', en: 'restored' } };

/** The word as a legend, a table cell or a tooltip heading shows it: "멈춤", "Down". */
export function stateName(state: State, lang: Lang): string {
  const word = STATE_LABEL[state][lang];
  return lang === 'en' ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}
