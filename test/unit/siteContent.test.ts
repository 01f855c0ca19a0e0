/** The real pangyo-2022 dataset: what the fact sheet requires is there, and conflicts are kept. */
import { describe, expect, it } from 'vitest';
import { isStatusEvent } from '../../src/lib/events.ts';
import { loadContent } from '../../src/lib/loadContent.ts';
import { ROOT } from './helpers.ts';

const { incidents, stories } = loadContent(ROOT);
const d = incidents.get('pangyo-2022')!;
const subjects = new Set(d.events.filter(isStatusEvent).map((e) => e.subject));

describe('pangyo-2022', () => {
  it('has every conflict of the fact sheet, C1 to C20, each with two or more versions', () => {
    expect(d.conflicts.map((c) => c.id)).toEqual(Array.from({ length: 20 }, (_, i) => `C${i + 1}`));
  });

  it('attaches the time conflicts to events, with the other time as an alternative', () => {
    for (const id of ['C1', 'C2', 'C3', 'C5', 'C6', 'C7', 'C11']) {
      const events = d.events.filter((e) => e.conflict === id);
      expect(events.length, id).toBeGreaterThan(0);
      expect(events.some((e) => e.alternatives.length > 0), `${id} keeps the other time`).toBe(true);
    }
  });

  it.each([
    'kakaotalk-messaging', 'kakaotalk-media', 'kakaotalk-pc', 'talk-channel', 'talk-drawer', 'emoticon-search', 'kakaotalk-wallet',
    'kakao-mail', 'daum-mail', 'daum-portal', 'daum-cafe', 'kakao-map', 'kakao-t', 'kakao-bus', 'kakao-subway', 'kakao-pay',
    'kakaobank-core', 'melon', 'kakao-webtoon', 'kakao-page', 'kakao-games-mobile', 'kakao-games-pc', 'kakao-story', 'tistory',
    'brunch', 'upbit-kakao-login', 'naver-news-comments', 'naver-shopping-live', 'naver-myplace-receipt-review', 'papago',
    'naver-shopping-search',
  ])('tracks %s with status events', (id) => {
    expect(subjects.has(id)).toBe(true);
  });

  it('keys the milestones the timeline will draw', () => {
    const at = (m: string) => d.events.filter((e) => 'milestone' in e && e.milestone === m).map((e) => e.at);
    expect(at('ignition')).toContain('2022-10-15T15:19+09:00');
    expect(at('fire-report')).toContain('2022-10-15T15:33+09:00');
    expect(at('power-cut')).toContain('2022-10-15T16:52+09:00');
    expect(at('fire-under-control')).toContain('2022-10-15T17:46+09:00');
    expect(at('fire-extinguished')).toContain('2022-10-15T23:45+09:00');
    expect(at('power-restart')).toContain('2022-10-16T01:30+09:00');
    expect(at('declared-recovery')).toContain('2022-10-20T23:00+09:00');
  });

  it('has three Korean stories citing its sources, one of them the lead', () => {
    const mine = stories.filter((s) => s.data.incident === 'pangyo-2022');
    expect(mine.length).toBeGreaterThanOrEqual(3);
    expect(mine.filter((s) => s.data.lead)).toHaveLength(1);
    for (const s of mine) expect(s.citations.length, s.slug).toBeGreaterThan(5);
  });
});
