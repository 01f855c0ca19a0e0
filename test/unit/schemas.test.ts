import { describe, expect, it } from 'vitest';
import { Bilingual, KstTime, ShortName, SourceIds } from '../../src/schemas/common.ts';
import { Component } from '../../src/schemas/component.ts';
import { Service } from '../../src/schemas/service.ts';
import { MilestoneEvent, StatusEvent } from '../../src/schemas/event.ts';
import { Story } from '../../src/schemas/story.ts';

describe('KstTime', () => {
  it('accepts instants written with the +09:00 offset, with or without seconds', () => {
    expect(KstTime.parse('2022-10-15T15:19+09:00')).toBe('2022-10-15T15:19+09:00');
    expect(KstTime.safeParse('2022-10-15T15:19:30+09:00').success).toBe(true);
  });

  it.each(['2022-10-15T15:19', '2022-10-15T06:19Z', '2022-10-15T15:19+00:00', '2022-10-15', '2022-10-15T15:19+09:00 '])(
    'rejects %s',
    (value) => expect(KstTime.safeParse(value).success).toBe(false),
  );

  it('rejects a time that is not on the calendar, including 31 February', () => {
    expect(KstTime.safeParse('2022-13-40T25:00+09:00').success).toBe(false);
    expect(KstTime.safeParse('2022-02-31T10:00+09:00').success).toBe(false);
    expect(KstTime.safeParse('2022-10-15T24:00+09:00').success).toBe(false);
  });
});

describe('shared fields', () => {
  it('Bilingual needs both languages and no extra keys', () => {
    expect(Bilingual.safeParse({ ko: '카카오' }).success).toBe(false);
    expect(Bilingual.safeParse({ ko: '카카오', en: 'Kakao', ja: 'カカオ' }).success).toBe(false);
  });

  it('SourceIds needs at least one well-formed id', () => {
    expect(SourceIds.safeParse([]).success).toBe(false);
    expect(SourceIds.safeParse(['s12']).success).toBe(false);
    expect(SourceIds.parse(['S12', 'SEED', 'S105'])).toEqual(['S12', 'SEED', 'S105']);
  });
});

describe('events', () => {
  const base = { id: 'x', at: '2022-10-15T15:30+09:00', precision: 'approx', confidence: 'confirmed', text: { ko: '가', en: 'a' }, sources: ['S12'] };

  it('StatusEvent defaults alternatives to an empty list', () => {
    expect(StatusEvent.parse({ ...base, subject: 'talk', status: 'down' }).alternatives).toEqual([]);
  });

  it('MilestoneEvent rejects a status field, StatusEvent a milestone field', () => {
    expect(MilestoneEvent.safeParse({ ...base, milestone: 'ignition', status: 'down' }).success).toBe(false);
    expect(StatusEvent.safeParse({ ...base, subject: 'talk', status: 'down', milestone: 'ignition' }).success).toBe(false);
  });
});

describe('Story front matter', () => {
  const valid = { title: '제목', dek: '요약', published: '2026-11-26T09:00+09:00', authors: ['기자'], incident: 'pangyo-2022' };

  it('fills defaults: Korean, not lead, no tags, no corrections', () => {
    expect(Story.parse(valid)).toMatchObject({ lang: 'ko', lead: false, tags: [], corrections: [] });
  });

  it('rejects an unknown field, a missing author list and a correction without text', () => {
    expect(Story.safeParse({ ...valid, subtitle: 'x' }).success).toBe(false);
    expect(Story.safeParse({ ...valid, authors: [] }).success).toBe(false);
    expect(Story.safeParse({ ...valid, corrections: [{ date: '2026-11-27T09:00+09:00', text: '' }] }).success).toBe(false);
  });
});

describe('short names', () => {
  const base = { id: 'x', organization: 'kakao', category: 'messaging', sources: ['S01'] } as const;

  it('are required when the name is longer than a phone label column takes, in either language', () => {
    expect(Service.safeParse({ ...base, name: { ko: '카카오톡', en: 'KakaoTalk' } }).success).toBe(true);
    expect(Service.safeParse({ ...base, name: { ko: '카카오톡 사진·동영상 전송', en: 'KakaoTalk' } }).success).toBe(false);
    expect(Service.safeParse({ ...base, name: { ko: '카카오톡', en: 'KakaoTalk photo and video transfer' } }).success).toBe(false);
    expect(Service.safeParse({ ...base, name: { ko: '카카오톡 사진·동영상 전송', en: 'KakaoTalk media' }, short: { ko: '톡 사진 전송', en: 'Talk media' } }).success).toBe(true);
  });

  it('hold at most 10 characters in Korean and 20 in English, counted as a reader sees them', () => {
    expect(ShortName.safeParse({ ko: '가나다라마바사아자차', en: 'x'.repeat(20) }).success).toBe(true);
    expect(ShortName.safeParse({ ko: '가나다라마바사아자차카', en: 'x' }).success).toBe(false);
    expect(ShortName.safeParse({ ko: '가', en: 'x'.repeat(21) }).success).toBe(false);
    expect(Component.safeParse({ id: 'c', organization: 'skcc', name: { ko: '판교 데이터센터 전력 공급 설비', en: 'Power' }, short: { ko: '전력', en: 'Power' }, tier: 'power', sources: ['S01'] }).success).toBe(true);
  });
});
