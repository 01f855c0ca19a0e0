import { describe, expect, it } from 'vitest';
import { formatDuration, formatKst, formatKstDay, zoneLabel } from '../../src/lib/kst.ts';

describe('KST formatting', () => {
  it('runs under a foreign time zone, so these tests prove the zone is fixed', () => {
    expect(process.env.TZ).toBe('America/New_York');
    expect(new Date('2022-10-15T15:19+09:00').getHours()).toBe(2);
  });

  it('formatKst(iso, "ko") shows Korean day, weekday and 24-hour time in Asia/Seoul', () => {
    expect(formatKst('2022-10-15T15:19+09:00', 'ko')).toBe('10월 15일(토) 15:19');
    expect(formatKst('2022-10-16T01:31+09:00', 'ko')).toBe('10월 16일(일) 01:31');
  });

  it('formatKst(iso, "en") names the zone', () => {
    expect(formatKst('2022-10-15T15:19+09:00', 'en')).toBe('Sat 15 Oct, 15:19 KST');
  });

  it('formatKst converts instants given in another offset to KST', () => {
    expect(formatKst('2022-10-15T06:19:00Z', 'ko')).toBe('10월 15일(토) 15:19');
    expect(formatKst('2022-10-20T14:00:00Z', 'ko', { year: true })).toBe('2022년 10월 20일(목) 23:00');
  });

  it('formatKstDay gives the KST calendar day even when UTC is on the day before', () => {
    expect(formatKstDay('2022-10-16T01:30+09:00', 'ko')).toBe('2022년 10월 16일');
    expect(formatKstDay('2022-10-16T01:30+09:00', 'en')).toBe('16 Oct 2022');
  });

  it('formatDuration writes hours and minutes in both languages', () => {
    expect(formatDuration(127 * 60 + 30, 'ko')).toBe('127시간 30분');
    expect(formatDuration(127 * 60 + 30, 'en')).toBe('127 h 30 min');
    expect(formatDuration(120, 'ko')).toBe('2시간');
    expect(formatDuration(45, 'ko')).toBe('45분');
    expect(formatDuration(0, 'en')).toBe('0 min');
  });

  it('formatKst and formatDuration reject values that are not times or durations', () => {
    expect(() => formatKst('not a time')).toThrow(RangeError);
    expect(() => formatDuration(-1)).toThrow(RangeError);
  });

  it('zoneLabel names KST once per chart', () => {
    expect(zoneLabel('ko')).toBe('한국시간(KST)');
  });
});
