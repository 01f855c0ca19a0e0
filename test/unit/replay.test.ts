import { describe, expect, it } from 'vitest';
import type { DependencyGraph } from '../../src/lib/dependencyGraph.ts';
import { countsText, momentAt, parseTimeParam, peakMoment, replayCaption, replayModel, replayStops, stateAt, subjectSegments } from '../../src/lib/replay.ts';
import { kstMinute } from '../../src/lib/kstClock.ts';
import type { StatusEvent } from '../../src/schemas/event.ts';
import { incidentReplay } from '../../src/lib/replayData.ts';
import { loadIncident } from '../../src/lib/loadIncident.ts';
import { ROOT, statusEvent as ev } from './helpers.ts';

const at = (s: string) => Date.parse(`2022-10-${s}+09:00`);

/** dc → storage → login → talk → shops; dc and talk have events. backup runs in dc and, as a replica, in other. */
const graph: DependencyGraph = {
  incident: 'x',
  groups: [],
  origin: null,
  colors: {},
  nodes: ['dc', 'other', 'storage', 'login', 'talk', 'shops', 'backup'].map((id) => ({ id, kind: 'component', name: { ko: id, en: id }, short: null, organization: 'o', group: 'o', layer: 'platform', category: 'platform', sources: [] })),
  edges: [
    { from: 'dc', to: 'storage', kind: 'hosts', redundant: false, note: null, sources: [] },
    { from: 'storage', to: 'login', kind: 'stores', redundant: false, note: null, sources: [] },
    { from: 'login', to: 'talk', kind: 'authenticates', redundant: false, note: null, sources: [] },
    { from: 'talk', to: 'shops', kind: 'messages', redundant: false, note: null, sources: [] },
    { from: 'dc', to: 'backup', kind: 'hosts', redundant: true, note: null, sources: [] },
    { from: 'other', to: 'backup', kind: 'hosts', redundant: true, note: null, sources: [] },
  ],
};
const incident = { id: 'x', start: '2022-10-15T15:19+09:00', end: '2022-10-20T23:00+09:00' };
const model = (events: StatusEvent[]) => replayModel(incident, events, [{ id: 'power-cut', at: '2022-10-15T16:52+09:00' }], graph);
const dcEvents = [ev('dc1', '15T15:22', 'down', { subject: 'dc' }), ev('dc2', '16T01:30', 'partially-restored', { subject: 'dc' }), ev('dc3', '19T05:00', 'restored', { subject: 'dc' })];
const talkEvents = [ev('t1', '15T15:30', 'down'), ev('t2', '16T01:31', 'partially-restored'), ev('t3', '20T23:00', 'restored')];

describe('stateAt', () => {
  const m = model([...dcEvents, ...talkEvents]);

  it('has every part up before the first event', () => {
    const s = stateAt(m, at('15T15:00'));
    expect(Object.values(s).every((p) => p.state === 'up')).toBe(true);
    expect(Object.keys(s).sort()).toEqual(['backup', 'dc', 'login', 'other', 'shops', 'storage', 'talk']);
  });

  it('applies an event from its exact minute on, not a minute before', () => {
    expect(stateAt(m, at('15T15:29')).talk!.state).toBe('up');
    expect(stateAt(m, at('15T15:30')).talk).toMatchObject({ state: 'down', since: at('15T15:30'), inferred: false });
  });

  it('keeps a state between events and turns `restored` into up', () => {
    expect(stateAt(m, at('17T12:00')).talk!.state).toBe('partially-restored');
    expect(stateAt(m, at('20T23:00')).talk!.state).toBe('up');
  });

  it('infers parts without events from what they cannot run without, and a replica keeps a part up but degraded', () => {
    const s = stateAt(m, at('15T15:25'));
    expect(s.dc!.state).toBe('down');
    expect(s.storage).toMatchObject({ state: 'down', inferred: true });
    expect(s.login!.state).toBe('down');
    // talk has events of its own: they win over inference (its own down comes at 15:30).
    expect(s.talk!.state).toBe('up');
    expect(s.backup!.state).toBe('degraded');
    // shops leans on talk, which is still up at 15:25.
    expect(s.shops!.state).toBe('up');
    expect(stateAt(m, at('15T15:30')).shops!.state).toBe('down');
  });

  it('carries a partial restoration down the chain', () => {
    const s = stateAt(m, at('16T02:00'));
    expect(s.storage!.state).toBe('partially-restored');
    expect(s.login!.state).toBe('partially-restored');
    expect(s.shops!.state).toBe('partially-restored');
  });

  it('leaves an open span open to the end of the data', () => {
    const open = model([ev('o1', '15T15:30', 'down')]);
    expect(stateAt(open, at('20T23:00')).talk!.state).toBe('down');
    expect(stateAt(open, at('25T00:00')).talk!.state).toBe('down');
  });

  it('marks the window between conflicting times as unknown, then the status holds', () => {
    const c = model([ev('c1', '16T01:31', 'partially-restored', { confidence: 'conflicting', conflict: 'C6', alternatives: [{ at: '2022-10-16T01:30+09:00', precision: 'exact', sources: ['S02'] }, { at: '2022-10-16T02:16+09:00', precision: 'exact', sources: ['S03'] }] })]);
    expect(stateAt(c, at('16T01:29')).talk!.state).toBe('up');
    expect(stateAt(c, at('16T01:30')).talk).toMatchObject({ state: 'unknown', between: ['up', 'partially-restored'] });
    expect(stateAt(c, at('16T02:15')).talk!.state).toBe('unknown');
    expect(stateAt(c, at('16T02:16')).talk!.state).toBe('partially-restored');
  });

  it('makes a part that leans on an unknown one unknown, and one that leans on a down one down', () => {
    const c = model([ev('c1', '15T15:30', 'down', { subject: 'storage', alternatives: [{ at: '2022-10-15T15:20+09:00', precision: 'approx', sources: ['S02'] }] })]);
    expect(stateAt(c, at('15T15:25')).login!.state).toBe('unknown');
    expect(stateAt(c, at('15T15:30')).login!.state).toBe('down');
  });

  it('treats a first snapshot as unknown since the incident start, and a later one as the last report', () => {
    const segs = subjectSegments([ev('s1', '16T08:00', 'down', { precision: 'as-of' })], Date.parse(incident.start));
    expect(segs).toEqual([
      { from: Date.parse(incident.start), state: 'unknown', event: 's1', between: ['up', 'down'] },
      { from: at('16T08:00'), state: 'down', event: 's1' },
    ]);
    const later = subjectSegments([ev('a', '15T15:30', 'down'), ev('b', '16T08:00', 'partially-restored', { precision: 'as-of' })]);
    expect(later.map((s) => s.state)).toEqual(['down', 'partially-restored']);
  });

  it('makes a day-only change unknown over that KST day', () => {
    const segs = subjectSegments([ev('a', '15T15:30', 'down'), ev('b', '16T12:00', 'partially-restored', { precision: 'date' })]);
    expect(segs.map((s) => [s.state, kstMinute(s.from)])).toEqual([
      ['down', '2022-10-15T15:30+09:00'],
      ['unknown', '2022-10-16T00:00+09:00'],
      ['partially-restored', '2022-10-17T00:00+09:00'],
    ]);
  });

  it('ignores a snapshot that only confirms the state, and lets the later of two changes at one instant win', () => {
    expect(subjectSegments([ev('a', '15T15:30', 'down'), ev('b', '16T08:00', 'down', { precision: 'as-of' })])).toHaveLength(1);
    const same = subjectSegments([ev('a', '15T15:30', 'down'), ev('b', '16T16:00', 'degraded'), ev('c', '16T16:00', 'restored')]);
    expect(same.map((s) => s.state)).toEqual(['down', 'up']);
  });

  it('orders events by time, whatever their order in the file', () => {
    const shuffled = model([talkEvents[2]!, talkEvents[0]!, talkEvents[1]!]);
    expect(shuffled.subjects.talk).toEqual(model(talkEvents).subjects.talk);
  });
});

describe('replay helpers', () => {
  const m = model([...dcEvents, ...talkEvents]);
  const names = { dc: '데이터센터', talk: '카카오톡', 'power-cut': '전체 전원 차단' };

  it('steps through every change and moment inside the domain', () => {
    const stops = replayStops(m).map(kstMinute);
    expect(stops[0]).toBe('2022-10-15T15:19+09:00');
    expect(stops).toContain('2022-10-15T16:52+09:00');
    expect(stops).toContain('2022-10-16T01:31+09:00');
    expect(stops.at(-1)).toBe('2022-10-20T23:00+09:00');
    expect([...stops].sort()).toEqual(stops);
  });

  it('captions the time in KST and the last change', () => {
    expect(replayCaption(m, at('16T01:31'), names, 'ko')).toEqual({ time: '16일 01:31', text: '카카오톡 일부 복구' });
    expect(replayCaption(m, at('16T03:00'), names, 'ko').text).toBe('마지막 변화 16일 01:31: 카카오톡 일부 복구');
    expect(replayCaption(m, at('15T16:52'), names, 'en')).toEqual({ time: '15 Oct 16:52', text: '전체 전원 차단' });
    expect(replayCaption(m, at('15T15:00'), names, 'ko').text).toBe('아직 멈춘 것이 없음');
    expect(momentAt(m, at('15T15:21'))).toBeUndefined();
  });

  it('counts states per group in words', () => {
    expect(countsText(stateAt(m, at('15T15:25')), [{ name: '카카오', ids: ['talk', 'login', 'backup'] }], 'ko')).toBe('카카오 3곳 중 1곳 멈춤, 1곳 일부 오류');
    // While its data center is only partly back, the replicated part still runs on its replica.
    expect(countsText(stateAt(m, at('16T02:00')), [{ name: '카카오', ids: ['talk', 'login', 'backup'] }], 'en')).toBe('카카오: 2 partly restored, 1 degraded of 3');
    expect(stateAt(m, at('19T05:00')).backup!.state).toBe('up');
    expect(countsText(stateAt(m, at('15T15:00')), [{ name: '카카오', ids: ['talk'] }], 'ko')).toBe('카카오 1곳 모두 정상');
  });

  it('reads ?t= with "+" decoded as a space, and refuses what is not a time', () => {
    expect(parseTimeParam('2022-10-16T01:31+09:00')).toBe(at('16T01:31'));
    expect(parseTimeParam(new URLSearchParams('t=2022-10-16T01:31+09:00').get('t'))).toBe(at('16T01:31'));
    expect(parseTimeParam('2022-10-16T01:31%2B09:00')).toBeNull();
    expect(parseTimeParam('yesterday')).toBeNull();
    expect(parseTimeParam(null)).toBeNull();
  });
});

describe('the Pangyo replay', () => {
  const m = incidentReplay(loadIncident(ROOT, 'pangyo-2022'));

  it('shows Kakao messaging down after the power cut and partly back once power returned', () => {
    expect(stateAt(m, Date.parse('2022-10-15T17:00+09:00'))['kakaotalk-messaging']!.state).toBe('down');
    expect(stateAt(m, Date.parse('2022-10-17T12:00+09:00'))['kakaotalk-messaging']!.state).toBe('partially-restored');
    expect(stateAt(m, Date.parse('2022-10-20T23:00+09:00'))['kakaotalk-messaging']!.state).toBe('up');
  });

  it('has the login system, which has no events, follow the Kakao servers it runs on', () => {
    const s = stateAt(m, Date.parse('2022-10-15T17:00+09:00'));
    expect(s['kakao-auth']).toMatchObject({ state: 'down', inferred: true });
  });

  it('puts the widest outage after the full power cut', () => {
    expect(peakMoment(m)).toBeGreaterThanOrEqual(Date.parse('2022-10-15T16:52+09:00'));
    expect(peakMoment(m)).toBeLessThan(Date.parse('2022-10-16T01:30+09:00'));
  });
});
