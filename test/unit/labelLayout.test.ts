import { describe, expect, it } from 'vitest';
import { placeInLanes, type PointLabel } from '../../src/charts/labelLayout.ts';
import { serverDocument } from '../../src/charts/serverDocument.ts';
import { labelWidth, layoutOf, rowLabel, timelineChart, timelineHeight } from '../../src/charts/timeline/draw.ts';
import { textWidth } from '../../src/charts/svg.ts';
import { loadSiteContent } from '../../src/site/load.ts';
import { timelineData, zoomDomain } from '../../src/lib/timeline.ts';
import { ROOT } from './helpers.ts';

const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];

describe('placeInLanes', () => {
  it('puts labels that would meet into separate lanes, the more important one first', () => {
    const labels: PointLabel[] = [
      { id: 'restart', x: 30, width: 80, priority: 2 },
      { id: 'cut', x: 20, width: 80, priority: 1 },
    ];
    const { placed, left } = placeInLanes(labels, { lanes: 2, min: 0, max: 300 });
    expect(placed.get('cut')!.lane).toBe(0);
    expect(placed.get('restart')!.lane).toBe(1);
    expect(left).toEqual([]);
  });

  it('flips a label left of its point at the right edge, and leaves out what fits in no lane', () => {
    const labels: PointLabel[] = [
      { id: 'a', x: 290, width: 60, priority: 1 },
      { id: 'b', x: 100, width: 60, priority: 2 },
      { id: 'c', x: 110, width: 60, priority: 3 },
    ];
    const { placed, left } = placeInLanes(labels, { lanes: 1, min: 0, max: 300 });
    expect(placed.get('a')).toMatchObject({ lane: 0, flip: true });
    expect(placed.get('a')!.span[1]).toBeLessThanOrEqual(290);
    expect([...placed.keys()].sort()).toEqual(['a', 'b']);
    expect(left).toEqual(['c']);
  });

  it('never lets two placed labels in a lane touch, whatever the input', () => {
    // A deterministic scatter of 60 labels over 300 px.
    const labels: PointLabel[] = Array.from({ length: 60 }, (_, i) => ({ id: `m${i}`, x: (i * 137) % 300, width: 20 + ((i * 53) % 70), priority: (i * 31) % 7 }));
    const { placed, left } = placeInLanes(labels, { lanes: 4, min: 0, max: 300, gap: 4 });
    expect(placed.size + left.length).toBe(60);
    const spots = [...placed.values()];
    for (const s of spots) {
      expect(s.span[0]).toBeGreaterThanOrEqual(0);
      expect(s.span[1]).toBeLessThanOrEqual(300);
    }
    for (let i = 0; i < spots.length; i++)
      for (let j = i + 1; j < spots.length; j++)
        if (spots[i]!.lane === spots[j]!.lane) expect(overlaps([spots[i]!.span[0] - 2, spots[i]!.span[1] + 2], spots[j]!.span)).toBe(false);
  });
});

describe('the timeline on a phone and on a desktop', () => {
  const real = timelineData(loadSiteContent(ROOT).incidents.get('pangyo-2022')!);
  const doc = serverDocument();

  it('switches to labels above bars under 400 px (the 288 px artboard), with a height that depends only on the layout', () => {
    expect([layoutOf(288), layoutOf(440), layoutOf(720), layoutOf(960)]).toEqual(['phone', 'desktop', 'desktop', 'desktop']);
    expect(timelineHeight(10, 2, 288)).toBe(timelineHeight(10, 2, 300));
    expect(timelineHeight(10, 2, 720)).toBe(timelineHeight(10, 2, 960));
    expect(timelineHeight(10, 2, 288)).toBeGreaterThan(timelineHeight(10, 2, 960));
  });

  it('shows every row whole: the full name where it fits, the data\'s short name where not, never "…"', () => {
    for (const width of [288, 960]) {
      for (const lang of ['ko', 'en'] as const) {
        const room = width === 288 ? 280 : labelWidth(lang) - 12;
        const svg = timelineChart(real, { document: doc, width, lang });
        const labels = [...svg.querySelectorAll('text.tl-label')];
        expect(labels).toHaveLength(Object.keys(real.rows).length);
        for (const t of labels) {
          const row = real.rows[t.getAttribute('data-row')!]!;
          const shown = t.lastChild!.textContent!;
          expect(shown).not.toMatch(/…$/);
          expect(textWidth(shown, 12), `${row.id} at ${width} (${lang})`).toBeLessThanOrEqual(room);
          expect([row.name[lang], row.short?.[lang]]).toContain(shown);
          // The full name stays with a shortened label, for mouse users and screen readers.
          if (shown !== row.name[lang]) expect(t.querySelector('title')!.textContent).toBe(row.name[lang]);
        }
      }
    }
  });

  it('rowLabel keeps the full name wherever it fits', () => {
    const row = Object.values(real.rows).find((r) => r.short)!;
    expect(rowLabel(row, 'ko', 10_000)).toBe(row.name.ko);
    expect(rowLabel(row, 'ko', 10)).toBe(row.short!.ko);
  });

  it('draws milestone labels that never meet, on a phone and zoomed', () => {
    for (const [width, domain] of [[288, undefined], [288, zoomDomain(real, '12h')], [960, undefined]] as const) {
      const svg = timelineChart(real, { document: doc, width, domain });
      const spans = [...svg.querySelectorAll('text.tl-milestone-label')].map((t) => {
        const x = Number(t.getAttribute('x'));
        const w = textWidth(t.textContent!, 12);
        return { y: t.getAttribute('y'), span: (t.getAttribute('text-anchor') === 'end' ? [x - w, x] : [x, x + w]) as [number, number] };
      });
      expect(spans.length).toBeGreaterThan(2);
      for (let i = 0; i < spans.length; i++)
        for (let j = i + 1; j < spans.length; j++) if (spans[i]!.y === spans[j]!.y) expect(overlaps(spans[i]!.span, spans[j]!.span), `${width}`).toBe(false);
    }
  });
});
