import { describe, expect, it } from 'vitest';
import { timelineData, type TimelineData } from '../../src/lib/timeline.ts';
import { groupRowOf, groupTimeline, isLargeTimeline, TIMELINE_GROUPING } from '../../src/lib/timelineGroups.ts';
import { renderTimeline } from '../../src/charts/timeline/render.ts';
import { loadSiteContent } from '../../src/site/load.ts';
import { ROOT } from './helpers.ts';

const real = timelineData(loadSiteContent(ROOT).incidents.get('pangyo-2022')!);

/** The real timeline with every row repeated `times` times: a large incident of the same shape. */
function repeated(data: TimelineData, times: number): TimelineData {
  const rows: TimelineData['rows'] = {};
  const spans: TimelineData['spans'] = [];
  const groups = data.groups.map((g) => ({ ...g, rows: [] as string[] }));
  for (let k = 0; k < times; k++)
    for (const g of data.groups)
      for (const id of g.rows) {
        const r = data.rows[id]!;
        const nid = `${id}-${k}`;
        const own = r.spans.map((i) => {
          spans.push({ ...data.spans[i]!, i: spans.length, row: nid });
          return spans.length - 1;
        });
        rows[nid] = { ...r, id: nid, name: { ko: `${r.name.ko} ${k}`, en: `${r.name.en} ${k}` }, spans: own };
        groups.find((x) => x.id === g.id)!.rows.push(nid);
      }
  return { ...data, rows, spans, groups };
}

/** The worst state among spans covering `t` (null when none does). */
function worstAt(spans: TimelineData['spans'], t: number): string | null {
  const on = spans.filter((s) => Date.parse(s.start) <= t && (s.end === null || Date.parse(s.end) > t)).map((s) => s.status);
  return (['down', 'partially-restored', 'degraded'] as const).find((w) => on.includes(w)) ?? null;
}

describe('grouped timeline', () => {
  it('leaves today\'s incident as it is: it has fewer rows than the threshold', () => {
    expect(Object.keys(real.rows).length).toBeLessThanOrEqual(TIMELINE_GROUPING.from);
    expect(isLargeTimeline(real)).toBe(false);
    expect(isLargeTimeline(repeated(real, 3))).toBe(true);
  });

  it('one row per organization and family, whose state at any moment is the worst of its members', () => {
    const g = groupTimeline(real);
    expect(Object.keys(g.rows).length).toBeLessThan(Object.keys(real.rows).length / 3);
    for (const group of g.groups) expect(group.rows.every((id) => g.rows[id]!.group === group.id)).toBe(true);
    const moments = real.spans.flatMap((s) => [Date.parse(s.start) + 60_000, ...(s.end ? [Date.parse(s.end) - 60_000] : [])]);
    for (const [id, row] of Object.entries(g.rows)) {
      const members = Object.values(real.rows).filter((r) => groupRowOf(r) === id);
      expect(row.name.ko).toContain(`(${members.length})`);
      const memberSpans = members.flatMap((m) => m.spans.map((i) => real.spans[i]!));
      const own = row.spans.map((i) => g.spans[i]!);
      for (const t of moments) expect(worstAt(own, t), `${id} at ${new Date(t).toISOString()}`).toBe(worstAt(memberSpans, t));
      expect(row.firstDown).toBe(members.map((m) => m.firstDown).sort()[0]);
    }
    // Span indexes stay the browser's stable ids.
    g.spans.forEach((s, i) => expect(s.i).toBe(i));
  });

  it('a large incident draws its groups and still lists every service in the table', () => {
    const big = repeated(real, 3);
    const { html } = renderTimeline(big, { id: 'tl', lang: 'ko' });
    const grouped = groupTimeline(big);
    expect((html.match(/<tr data-row="g-[^"]+" data-part="/g) ?? []).length).toBe(Object.keys(big.rows).length);
    expect(html).toContain('조직과 종류별로 묶어 그렸습니다');
    const drawn = new Set([...html.matchAll(/class="tl-label"[^>]*>([^<]+)</g)].map((m) => m[1]));
    expect(drawn.size).toBeGreaterThan(0);
    expect(drawn.size).toBeLessThanOrEqual(Object.keys(grouped.rows).length + grouped.groups.length);
  });
});

describe('computed moments the timeline annotates', () => {
  it('the first compared service back for good, named, with the sources of its restoration', async () => {
    const { computedMoments } = await import('../../src/lib/timeline.ts');
    const [first] = computedMoments(real);
    const services = Object.values(real.rows).filter((r) => r.kind === 'service' && real.compared.includes(r.group) && r.restoredAt);
    const earliest = Math.min(...services.map((r) => Date.parse(r.restoredAt!)));
    expect(Date.parse(first!.at)).toBe(earliest);
    const row = services.find((r) => Date.parse(r.restoredAt!) === earliest)!;
    expect(first!.label.ko).toContain((row.short ?? row.name).ko);
    expect(first!.sources.length).toBeGreaterThan(0);
    const { html } = renderTimeline(real, { id: 'tl', lang: 'ko' });
    expect(html).toContain(`<time datetime="${first!.at}">`);
  });
});
