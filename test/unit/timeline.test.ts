import { describe, expect, it } from 'vitest';
import { timeTicks } from '../../src/charts/timeAxis.ts';
import { kstClock, kstIso } from '../../src/lib/kstClock.ts';
import { loadIncident } from '../../src/lib/loadIncident.ts';
import { recoveryCurves } from '../../src/lib/recovery.ts';
import { clampDomain, timelineData, visibleRows, zoomDomain } from '../../src/lib/timeline.ts';
import { ROOT } from './helpers.ts';

const HOUR = 3600_000;
const tiny = timelineData(loadIncident(`${ROOT}test/fixtures/charts/tiny`, 'tiny-2022'));
const mini = timelineData(loadIncident(`${ROOT}test/fixtures/valid`, 'mini-2022'));

describe('timelineData', () => {
  it('makes one row per subject with its spans, grouped Kakao first, then Naver', () => {
    expect(tiny.groups.map((g) => [g.id, g.rows])).toEqual([
      ['kakao', ['talk']],
      ['naver', ['papago']],
    ]);
    expect(tiny.spans.map((s) => [s.row, s.status, s.end])).toEqual([
      ['talk', 'down', '2022-10-16T01:31+09:00'],
      ['talk', 'partially-restored', null],
      ['papago', 'degraded', '2022-10-15T19:00+09:00'],
    ]);
    expect(tiny.rows.papago!.restoredAt).toBe('2022-10-15T19:00+09:00');
    expect(tiny.rows.talk!.restoredAt).toBeNull();
  });

  it('sorts rows by time to restoration: earliest first, never-restored last', () => {
    // mini: bank back 17:00, papago 19:00 (naver), mail 17 Oct 09:00, talk 17 Oct 15:30, naver-search open
    expect(mini.groups.map((g) => g.rows)).toEqual([
      ['bank', 'mail', 'talk'],
      ['papago', 'naver-search'],
    ]);
  });

  it('covers the incident from the hour before the first event to an hour after its end', () => {
    expect(tiny.domain.map((t) => kstIso(t))).toEqual(['2022-10-15T15:00+09:00', '2022-10-16T04:00+09:00']);
  });

  it('keeps labelled milestones with their alternatives and only the sources it uses', () => {
    expect(tiny.milestones.map((m) => [m.kind, m.label.ko, m.alternatives.map((a) => a.at)])).toEqual([
      ['ignition', '발화', ['2022-10-15T15:33+09:00']],
      ['power-cut', '전체 전원 차단', []],
    ]);
    expect(Object.keys(tiny.sources).sort()).toEqual(['S01', 'S02']);
  });
});

describe('filters and zoom', () => {
  it('visibleRows filters by group, category and a case-insensitive name in either language', () => {
    expect(visibleRows(mini, { groups: ['naver'] })).toEqual(['papago', 'naver-search']);
    expect(visibleRows(mini, { categories: ['mail'] })).toEqual(['mail']);
    expect(visibleRows(mini, { query: 'PAPA' })).toEqual(['papago']);
    expect(visibleRows(mini, { query: '메일' })).toEqual(['mail']);
    expect(visibleRows(mini, {})).toHaveLength(5);
  });

  it('zoomDomain gives the first 12 and 48 hours and the whole incident', () => {
    const [lo, hi] = mini.domain;
    expect(zoomDomain(mini, '12h')).toEqual([lo, lo + 12 * HOUR]);
    expect(zoomDomain(mini, '48h')).toEqual([lo, Math.min(hi, lo + 48 * HOUR)]);
    expect(zoomDomain(mini, 'all')).toEqual([lo, hi]);
    expect(zoomDomain(tiny, '48h')).toEqual(tiny.domain);
  });

  it('clampDomain orders, clamps to the incident and keeps at least 30 minutes', () => {
    const [lo, hi] = tiny.domain;
    expect(clampDomain(tiny, [hi + HOUR, lo + HOUR])).toEqual([lo + HOUR, hi]);
    const narrow = clampDomain(tiny, [lo + HOUR, lo + HOUR + 60_000]);
    expect(narrow[1] - narrow[0]).toBe(HOUR / 2);
  });
});

describe('timeTicks', () => {
  it('uses 2-hour steps for the first 12 hours on a small chart and names the day at midnight', () => {
    const ticks = timeTicks([kstClock('2022-10-15T15:00+09:00'), kstClock('2022-10-16T03:00+09:00')], 470, 'ko');
    expect(ticks.map((t) => t.label)).toEqual(['10/15(토) 16시', '18시', '20시', '22시', '10/16(일)', '2시']);
    expect(ticks.filter((t) => t.day).map((t) => kstIso(t.t))).toEqual(['2022-10-16T00:00+09:00']);
  });

  it('switches to days for a week and writes English labels', () => {
    const ticks = timeTicks([kstClock('2022-10-15T15:00+09:00'), kstClock('2022-10-21T00:00+09:00')], 500, 'en');
    expect(ticks.every((t) => t.day)).toBe(true);
    expect(ticks.map((t) => t.label).slice(0, 2)).toEqual(['Sun 16 Oct', 'Mon 17 Oct']);
  });
});

describe('recoveryCurves', () => {
  it('counts only services whose restoration is on record and reports the rest', () => {
    const [kakao, naver] = recoveryCurves(tiny);
    expect(kakao).toMatchObject({ group: 'kakao', total: 0, unknown: ['talk'], steps: [], halfMinutes: null });
    expect(naver).toMatchObject({ group: 'naver', total: 1, unknown: [], halfMinutes: 180, allMinutes: 180 });
    expect(naver!.steps).toEqual([{ at: '2022-10-15T19:00+09:00', restored: 1, share: 1, rows: ['papago'] }]);
  });

  it('steps through restorations in time order with the affiliate in its group', () => {
    const [kakao] = recoveryCurves(mini);
    // bank 15 Oct 17:00, mail 17 Oct 09:00, talk 17 Oct 15:30, from talk/mail down at 15:30
    expect(kakao!.steps.map((s) => [s.at.slice(5, 16), s.restored, Math.round(s.share * 100)])).toEqual([
      ['10-15T17:00', 1, 33],
      ['10-17T09:00', 2, 67],
      ['10-17T15:30', 3, 100],
    ]);
    expect(kakao!.halfMinutes).toBe((41 * 60 + 30));
  });
});

describe('the timeline figure', () => {
  it('names its data file instead of inlining the data', async () => {
    const { renderTimeline } = await import('../../src/charts/timeline/render.ts');
    const { chartDataUrl } = await import('../../src/charts/chartData.ts');
    const html = renderTimeline(mini, { id: 'tl-t' }).html;
    expect(html).toContain(`<outage-timeline id="tl-t" data-lang="ko" data-zoom="all" data-src="${chartDataUrl('mini-2022', 'timeline')}">`);
    expect(html).not.toContain('application/json');
  });
});
