import { describe, expect, it } from 'vitest';
import { durationMinutes, outageIntervals } from '../../src/lib/outageIntervals.ts';
import { statusEvent as ev } from './helpers.ts';

describe('outageIntervals', () => {
  it('closes a span at the first restored event', () => {
    const spans = outageIntervals([ev('a', '15T15:30', 'down'), ev('b', '16T01:31', 'restored')]);
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ subject: 'talk', status: 'down', start: '2022-10-15T15:30+09:00', end: '2022-10-16T01:31+09:00', events: ['a', 'b'] });
  });

  it('starts a new span at each change of status and keeps the end precision of the closing event', () => {
    const spans = outageIntervals([
      ev('a', '15T15:30', 'down', { precision: 'approx' }),
      ev('b', '16T01:31', 'partially-restored'),
      ev('c', '20T23:00', 'restored', { precision: 'by' }),
    ]);
    expect(spans.map((s) => [s.status, s.start.slice(8, 16), s.end?.slice(8, 16), s.startPrecision, s.endPrecision])).toEqual([
      ['down', '15T15:30', '16T01:31', 'approx', 'exact'],
      ['partially-restored', '16T01:31', '20T23:00', 'exact', 'by'],
    ]);
  });

  it('merges consecutive events with the same status into one span with all their sources', () => {
    const spans = outageIntervals([ev('a', '15T15:30', 'down'), ev('bb', '16T08:00', 'down', { precision: 'as-of' }), ev('ccc', '16T09:00', 'restored')]);
    expect(spans).toHaveLength(1);
    expect(spans[0]!.events).toEqual(['a', 'bb', 'ccc']);
    expect(spans[0]!.sources).toEqual(['S01', 'S02', 'S03']);
  });

  it('leaves a span open (end null) when no later event closes it', () => {
    const spans = outageIntervals([ev('a', '15T16:00', 'degraded')]);
    expect(spans[0]!.end).toBeNull();
    expect(spans[0]!.endPrecision).toBeNull();
  });

  it('sorts by time, not by file order, and keeps subjects apart', () => {
    const spans = outageIntervals([
      ev('b', '16T01:31', 'restored'),
      ev('x', '15T16:00', 'down', { subject: 'mail' }),
      ev('a', '15T15:30', 'down'),
    ]);
    expect(spans.map((s) => [s.subject, s.end])).toEqual([
      ['talk', '2022-10-16T01:31+09:00'],
      ['mail', null],
    ]);
  });

  it('opens a new span when a restored service goes down again', () => {
    const spans = outageIntervals([ev('a', '15T15:30', 'down'), ev('b', '15T16:00', 'restored'), ev('c', '15T17:00', 'degraded')]);
    expect(spans.map((s) => s.status)).toEqual(['down', 'degraded']);
    expect(spans[1]!.end).toBeNull();
  });

  it('marks a span conflicting and lists the conflict when any of its events is', () => {
    const spans = outageIntervals([ev('a', '15T15:30', 'down', { confidence: 'conflicting', conflict: 'C2' }), ev('b', '16T01:31', 'restored', { confidence: 'single' })]);
    expect(spans[0]).toMatchObject({ confidence: 'conflicting', conflicts: ['C2'] });
  });

  it('durationMinutes counts an open span up to the given instant', () => {
    expect(durationMinutes('2022-10-15T15:30+09:00', '2022-10-20T23:00+09:00', 'x')).toBe(127 * 60 + 30);
    expect(durationMinutes('2022-10-15T15:30+09:00', null, '2022-10-15T17:00+09:00')).toBe(90);
  });
});
