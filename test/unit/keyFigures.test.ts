import { describe, expect, it } from 'vitest';
import { declaredRecovery, longestOutage, servicesAffected, serviceOutages } from '../../src/lib/keyFigures.ts';
import { loadSiteContent } from '../../src/site/load.ts';
import { groupOf } from '../../src/lib/organizations.ts';
import { fixtureRoot } from './helpers.ts';

const mini = loadSiteContent(fixtureRoot()).incidents.get('mini-2022')!;

describe('key figures on the mini fixture (values computed by hand)', () => {
  it('declaredRecovery counts from the group\'s first service outage to its declared recovery', () => {
    // talk down 15 Oct 15:30 → declared 17 Oct 15:30 = 48 h
    expect(declaredRecovery(mini, 'kakao')).toMatchObject({ start: '2022-10-15T15:30+09:00', end: '2022-10-17T15:30+09:00', minutes: 48 * 60, conflicts: ['C1'] });
    expect(declaredRecovery(mini, 'naver')).toBeUndefined();
  });

  it('servicesAffected counts affiliates with their group', () => {
    const counts = Object.fromEntries([...servicesAffected(mini)].map(([k, v]) => [k, v.count]));
    expect(counts).toEqual({ kakao: 3, naver: 2 });
  });

  it('serviceOutages runs from first outage to last restoration, open ones to dataAsOf', () => {
    const byId = Object.fromEntries(serviceOutages(mini).map((o) => [o.service, o]));
    expect(byId.mail!.minutes).toBe(41 * 60 + 30);
    expect(byId.bank!.minutes).toBe(90);
    expect(byId['naver-search']!.end).toBeNull();
    // 15 Oct 16:00 → dataAsOf 18 Oct 15:30
    expect(byId['naver-search']!.minutes).toBe(71 * 60 + 30);
  });

  it('longestOutage only ranks outages whose end is known, and counts bounded and open ones apart', () => {
    const { longest, bounded, open } = longestOutage(mini);
    // talk (48 h, ends "by") and mail (41 h 30, "as-of") only have upper bounds; papago 15:30→19:00 is exact.
    expect(longest).toMatchObject({ service: 'papago', minutes: 3 * 60 });
    expect(bounded.map((o) => o.service).sort()).toEqual(['mail', 'talk']);
    expect(open.map((o) => o.service)).toEqual(['naver-search']);
  });

  it('groupOf follows parents to the top and tolerates unknown ids', () => {
    expect(groupOf('kakaobank', mini.organizations)).toBe('kakao');
    expect(groupOf('nobody', mini.organizations)).toBe('nobody');
  });
});
