/**
 * Recovery series over changing totals (recovery.yaml), the NIRS 2025 folder, and a third incident
 * shaped unlike the others built from a small fixture with no code change.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/csv.ts';
import { dataFilesOf, dataRows } from '../../src/lib/dataFiles.ts';
import { leadIncidentId } from '../../src/lib/loadContent.ts';
import { explainPercent, percentOf, publishedAgrees, recoveryRows } from '../../src/lib/recoverySeries.ts';
import { DATA_FILES } from '../../src/schemas/dataFiles.ts';
import { loadSiteContent } from '../../src/site/load.ts';
import { fixtureRoot, ROOT } from './helpers.ts';

const site = loadSiteContent(ROOT);

describe('percentages from counts and totals', () => {
  it('computes the share to one decimal and accepts a published figure within rounding or cutting', () => {
    expect(percentOf(47, 647)).toBe(7.3);
    expect(percentOf(340, 709)).toBe(48);
    expect(publishedAgrees({ value: 7.3 }, 47, 647)).toBe(true);
    expect(publishedAgrees({ value: 47.9 }, 340, 709)).toBe(true); // 47.955 cut to one decimal
    expect(publishedAgrees({ value: 6.6 }, 47, 647)).toBe(false);
    expect(publishedAgrees({ value: 68, approx: true }, 481, 709)).toBe(true);
    expect(publishedAgrees({ value: 68 }, 481, 709)).toBe(false);
  });

  it('says which total a disagreeing percentage is a share of', () => {
    expect(explainPercent(6.6, 47, [709])).toBe('47 / 709 = 6.6 %');
    expect(explainPercent(6.6, 47, [36])).toBeUndefined();
  });
});

describe('the NIRS 2025 folder', () => {
  const d = site.incidents.get('nirs-2025')!;
  const rows = recoveryRows(d.recovery);
  const main = rows.filter((r) => r.series === 'all-systems');

  it('passes the content check, with its own source letter', () => {
    expect(d).toBeDefined();
    expect(d.incident.sourcePrefix).toBe('N');
    expect(d.sources.every((s) => /^N\d{2,3}$/.test(s.id))).toBe(true);
    expect(d.sources).toHaveLength(159);
    expect(d.conflicts).toHaveLength(23);
  });

  it('publishes the fact sheet\'s 37 counts, 3 more its sources give, and two rates without a count, over 647 and then 709', () => {
    expect(main.filter((r) => r.restored !== null)).toHaveLength(40);
    expect(main.filter((r) => r.restored === null).map((r) => r.published.map((p) => p.value))).toEqual([[17.8], [37.2]]);
    expect([...new Set(main.map((r) => r.total))]).toEqual([647, 709]);
    const revised = main.filter((r) => r.totalRevised);
    expect(revised.map((r) => [r.at, r.total])).toEqual([['2025-10-09T06:00+09:00', 709]]);
  });

  it('gives every published percentage from its count and total, except N01\'s 6.6 %, kept as conflict NC16', () => {
    const published = main.flatMap((r) => r.published.map((p) => ({ ...p, r })));
    expect(published.length).toBeGreaterThan(20);
    const off = published.filter((p) => p.agrees === false);
    expect(off.map((p) => [p.value, p.sources, p.r.restored, p.r.total, p.r.conflict])).toEqual([[6.6, ['N01'], 47, 647, 'NC16']]);
    for (const p of published.filter((x) => x.agrees)) expect(Math.abs(p.value - (100 * p.r.restored!) / p.r.total)).toBeLessThan(p.approx ? 1 : 0.1);
    expect(main.find((r) => r.at === '2025-09-29T08:30+09:00')?.percent).toBe(7.3);
    expect(main.at(-1)).toMatchObject({ restored: 709, total: 709, percent: 100 });
  });

  it('gets only the data files it has data for, each matching its documented shape', () => {
    expect(dataFilesOf(d)).toEqual(['services', 'outages', 'events', 'dependencies', 'sources', 'recovery']);
    for (const name of dataFilesOf(d)) for (const row of dataRows[name](d)) DATA_FILES[name].schema.parse(row);
  });

  it('leaves the site\'s lead where content/site.yaml puts it', () => {
    expect(leadIncidentId(site)).toBe('pangyo-2022');
  });
});

describe('a third incident made from a small fixture folder', () => {
  const content = loadSiteContent(fixtureRoot(join(ROOT, 'test/fixtures/series')));
  const d = content.incidents.get('mini-2025')!;

  it('is valid without services, a dependency graph, figures or a redundancy table', () => {
    expect(d).toBeDefined();
    expect([d.services, d.components, d.dependencies, d.figures]).toEqual([[], [], [], []]);
    expect(d.redundancy).toBeUndefined();
    expect(leadIncidentId(content)).toBe('mini-2022');
  });

  it('builds exactly the data files it has data for, rows and CSV alike', () => {
    expect(dataFilesOf(d)).toEqual(['events', 'sources', 'recovery']);
    const rows = dataRows.recovery(d);
    for (const row of rows) DATA_FILES.recovery.schema.parse(row);
    expect(rows.map((r) => [(r as { percent: number | null }).percent, (r as { total: number }).total])).toEqual([[7.5, 40], [null, 40], [40, 50]]);
    expect((rows[0] as { published: { value: number; agrees: boolean }[] }).published.map((p) => p.agrees)).toEqual([true, false]);
    const csv = toCsv(rows);
    expect(csv.split('\r\n')[0]).toContain('series,at,precision,restored,total,percent,published');
    expect(csv.split('\r\n')).toHaveLength(5);
  });
});

describe('a story citing another incident\'s source', () => {
  it('passes when the id exists there, and lists it among the story\'s citations', () => {
    const root = fixtureRoot(join(ROOT, 'test/fixtures/series'));
    const story = join(root, 'content/stories/mini-story.md');
    writeFileSync(story, readFileSync(story, 'utf8').replace(':cite[S01]', ':cite[S01 M02]'));
    const content = loadSiteContent(root);
    const cited = content.stories.find((s) => s.slug === 'mini-story')!;
    expect(cited.data.incident).toBe('mini-2022');
    expect(cited.citations).toContain('M02');
  });
});

describe('content/milestones.yaml', () => {
  it('refuses a kind defined twice, at the second one\'s line', async () => {
    const { loadMilestoneKinds } = await import('../../src/lib/siteData.ts');
    const root = fixtureRoot();
    const file = join(root, 'content/milestones.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n- id: ignition\n  label: {ko: 발화, en: Ignition}\n  description: {ko: 다시., en: Again.}\n`);
    const { kinds, problems } = loadMilestoneKinds(root);
    expect(kinds.filter((k) => k.id === 'ignition')).toHaveLength(2);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/milestones.yaml', path: [kinds.length - 1, 'id'], expected: 'a kind id not used before', found: '"ignition"' });
    expect(problems[0]!.line).toBe(readFileSync(file, 'utf8').split('\n').lastIndexOf('- id: ignition') + 1);
  });
});

describe('the site-wide files in the keys of what is drawn', () => {
  it('a changed milestone kind changes the key of every incident\'s drawings', async () => {
    const { siteDataHash } = await import('../../src/lib/siteData.ts');
    const root = fixtureRoot();
    const before = siteDataHash(root);
    expect(siteDataHash(root)).toBe(before);
    const file = join(root, 'content/milestones.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('label: {ko: "발화"', 'label: {ko: "불이 남"'));
    expect(siteDataHash(root)).not.toBe(before);
  });
});
