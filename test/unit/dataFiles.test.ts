import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/csv.ts';
import { dataFilesOf, dataRows } from '../../src/lib/dataFiles.ts';
import { loadSiteContent } from '../../src/site/load.ts';
import { DATA_FILES, type DataFileName } from '../../src/schemas/dataFiles.ts';
import { fieldDocs } from '../../src/lib/fieldDocs.ts';
import { fixtureRoot, ROOT } from './helpers.ts';


describe.each([
  ['mini fixture', loadSiteContent(fixtureRoot()).incidents],
  ['site content', loadSiteContent(ROOT).incidents],
])('data files of the %s', (_, incidents) => {
  for (const d of incidents.values()) {
    // Only the files the incident has data for are published (an incident without a graph has no dependencies file).
    for (const name of dataFilesOf(d)) {
      it(`${d.id}/${name}.json rows match the documented shape`, () => {
        const rows = dataRows[name](d);
        expect(rows.length).toBeGreaterThan(0);
        for (const row of rows) expect(() => DATA_FILES[name].schema.parse(row)).not.toThrow();
      });
    }
    it(`${d.id}/outages.json times carry +09:00 and end is null only for open spans`, () => {
      for (const row of dataRows.outages(d) as { start: string; end: string | null; endPrecision: string | null }[]) {
        expect(row.start).toMatch(/\+09:00$/);
        if (row.end === null) expect(row.endPrecision).toBeNull();
        else expect(Date.parse(row.end)).toBeGreaterThanOrEqual(Date.parse(row.start));
      }
    });
  }
});

describe('toCsv', () => {
  it('flattens nested fields, joins lists and quotes what needs quoting', () => {
    const csv = toCsv([
      { id: 'a', name: { ko: '카카오, 메일', en: 'Kakao "Mail"' }, sources: ['S01', 'S02'], end: null },
      { id: 'b', name: { ko: '다음', en: 'Daum' }, sources: [], end: '2022-10-19T06:00+09:00', extra: 1 },
    ]);
    expect(csv).toBe(
      'id,name_ko,name_en,sources,end,extra\r\n' +
        'a,"카카오, 메일","Kakao ""Mail""",S01 S02,,\r\n' +
        'b,다음,Daum,,2022-10-19T06:00+09:00,1\r\n',
    );
  });
});

describe('fieldDocs', () => {
  it('documents every field of every public file with a description', () => {
    for (const name of Object.keys(DATA_FILES) as DataFileName[]) {
      for (const f of fieldDocs(DATA_FILES[name].schema)) expect(f.description, `${name}.${f.name}`).not.toBe('');
    }
  });

  it('reads types and optionality from the schema', () => {
    const docs = Object.fromEntries(fieldDocs(DATA_FILES.outages.schema).map((f) => [f.name, f]));
    expect(docs.end).toMatchObject({ type: 'string | null', required: true });
    expect(docs.status!.type).toBe('"down" | "degraded" | "partially-restored"');
  });
});
