/** The real pangyo-2022 dataset: what the fact sheet requires is there, and conflicts are kept. */
import { describe, expect, it } from 'vitest';
import { comparisonOf } from '../../src/lib/compare.ts';
import { byTime, isStatusEvent } from '../../src/lib/events.ts';
import { loadSiteContent } from '../../src/site/load.ts';
import { groupOf } from '../../src/lib/organizations.ts';
import { outageIntervals } from '../../src/lib/outageIntervals.ts';
import type { StatusEvent } from '../../src/schemas/event.ts';
import { ROOT } from './helpers.ts';

const { incidents, stories } = loadSiteContent(ROOT);
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

  const naverServices = new Set(d.services.filter((x) => groupOf(x.organization, d.organizations) === 'naver').map((x) => x.id));

  it('ends every Naver span by 16 Oct 12:00 unless the data declares it open', () => {
    const spans = outageIntervals(d.events.filter(isStatusEvent)).filter((i) => naverServices.has(i.subject));
    expect(spans.length).toBeGreaterThan(10);
    for (const span of spans) {
      if (span.end === null) expect(span.open, `${span.subject} from ${span.start} is open without a declaration`).toBeDefined();
      else expect(Date.parse(span.end), `${span.subject} ends ${span.end}`).toBeLessThanOrEqual(Date.parse('2022-10-16T12:00+09:00'));
    }
    // Only Naver Blog's image errors of 18 Oct are declared open.
    expect(spans.filter((x) => x.end === null).map((x) => `${x.subject} ${x.start}`)).toEqual(['naver-blog 2022-10-18T12:00+09:00']);
  });

  it("recomputes /compare/'s Naver figures from the closed spans, leaving the declared open span out", () => {
    // By hand from the events: per tracked Naver service, first outage to last event when that is a restore.
    const bySubject = new Map<string, StatusEvent[]>();
    for (const e of byTime(d.events.filter(isStatusEvent))) {
      const tracked = d.services.find((x) => x.id === e.subject)?.tracked;
      if (naverServices.has(e.subject) && tracked) bySubject.set(e.subject, [...(bySubject.get(e.subject) ?? []), e]);
    }
    let minutes = 0;
    const closed: string[] = [];
    const open: string[] = [];
    for (const [id, list] of bySubject) {
      const first = list.find((e) => e.status !== 'restored')!;
      const last = list.at(-1)!;
      if (last.status !== 'restored') {
        open.push(id);
        continue;
      }
      closed.push(id);
      minutes += (Date.parse(last.at) - Date.parse(first.at)) / 60000;
    }
    const book = comparisonOf(d)!.book;
    expect(book.get('naver.service-minutes').value).toBe(minutes);
    expect(book.get('naver.service-minutes-n').value).toBe(closed.length);
    expect(book.get('naver.service-minutes').upperBound, 'as-of restores make it an upper bound').toBe(true);
    expect(book.get('naver.open').value).toBe(open.length);
    expect(open).toEqual(['naver-blog']);
    // The figures cite the rows they come from: every closing event's sources are in the figure's.
    const cited = new Set(book.get('naver.service-minutes').sources);
    for (const id of closed) for (const s of bySubject.get(id)!.at(-1)!.sources) expect(cited.has(s), `${id}: ${s}`).toBe(true);
  });
});
