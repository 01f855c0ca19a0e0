/**
 * The comparison figures against values computed by hand from the mini-2022 fixture:
 *   Kakao group: talk   down 15:30 → partial 01:31 (exact) → restored by 17 Oct 15:30
 *                mail   down 15:30 → restored as of 17 Oct 09:00
 *                bank   degraded 15:30 → restored ~17:00          (KakaoBank counts in the Kakao group)
 *   Naver:       papago degraded 16:00 → restored 19:00 (exact)
 *                naver-search degraded 16:00, no restoration on record
 */
import { describe, expect, it } from 'vitest';
import { comparison, comparisonFigures, groupOutcome, median, whatIf } from '../../src/lib/compare.ts';
import { figureHtml, formatFigure } from '../../src/lib/figures.ts';
import { loadIncident } from '../../src/lib/loadIncident.ts';
import { fixtureRoot } from './helpers.ts';

const data = loadIncident(fixtureRoot(), 'mini-2022');
const c = comparison(data)!;
const book = comparisonFigures(data, c);
const v = (id: string) => book.get(id).value;

describe('groupOutcome on the fixture', () => {
  it('counts the affected services per group, affiliates included', () => {
    expect(v('kakao.affected')).toBe(3);
    expect(v('naver.affected')).toBe(2);
  });

  it('takes the longest outage among pinned ends only: bank 15:30→17:00 for Kakao, papago 16:00→19:00 for Naver', () => {
    expect(v('kakao.longest')).toBe(90);
    expect(c.outcomes[0]!.longest!.service).toBe('bank');
    expect(c.outcomes[0]!.longestLeftOut.bounded.sort()).toEqual(['mail', 'talk']);
    expect(v('naver.longest')).toBe(180);
    expect(c.outcomes[1]!.longestLeftOut.open).toEqual(['naver-search']);
  });

  it('medians the time to main functions: Kakao {90, 601, 2490} → 601; Naver {180} with one unknown', () => {
    expect(v('kakao.median-main')).toBe(601);
    expect(v('kakao.median-main-n')).toBe(3);
    expect(v('kakao.median-main-upper')).toBe(1); // mail, known only "as of" 17 Oct 09:00
    expect(book.get('kakao.median-main').upperBound).toBe(true);
    expect(v('naver.median-main')).toBe(180);
    expect(v('naver.median-main-unknown')).toBe(1);
  });

  it('sums service-minutes over services with a restoration on record: 2880 + 2490 + 90 and 180', () => {
    expect(v('kakao.service-minutes')).toBe(5460);
    expect(v('naver.service-minutes')).toBe(180);
    expect(v('naver.open')).toBe(1);
    expect(book.has('kakao.open')).toBe(false);
  });

  it('times the core service: KakaoTalk 15:30→01:31 = 601 min; Naver search never fully down = 0', () => {
    expect(v('kakao.core')).toBe(601);
    expect(c.outcomes[0]!.core!.neverDown).toBe(false);
    expect(v('naver.core')).toBe(0);
    expect(c.outcomes[1]!.core!.neverDown).toBe(true);
  });

  it('gives a core that never reports working again no value rather than a guess', () => {
    const o = groupOutcome(data, 'naver', ['naver-search']);
    expect(o.core!.neverDown).toBe(true);
    const none = groupOutcome(data, 'kakao', []);
    expect(none.core).toBeNull();
  });

  it('carries the servers figure and the layer counts with their sources', () => {
    expect(book.get('kakao.servers')).toMatchObject({ value: 32000, approx: true, sources: ['S01'] });
    expect(v('kakao.layers.not-redundant')).toBe(1);
    expect(v('naver.layers.unknown')).toBe(1);
    expect(v('layers')).toBe(2);
    expect(book.has('naver.servers')).toBe(false);
  });
});

describe('whatIf on the fixture', () => {
  it('fails talk through login in the fire, and keeps it up when login has its standby center', () => {
    const w = whatIf(data, 'kakao', 'dc');
    expect(w.total).toBe(1);
    expect(w.fire).toEqual({ down: 1, degraded: 0 });
    expect(w.dual).toEqual({ down: 0, degraded: 0 });
    expect(w.saved).toEqual(['talk']);
    expect(w.stillDown).toEqual([]);
  });
});

describe('figures', () => {
  it('every figure has sources, and every source exists in the incident', () => {
    const known = new Set(data.sources.map((s) => s.id));
    for (const f of book.all) {
      expect(f.sources.length, f.id).toBeGreaterThan(0);
      for (const s of f.sources) expect(known.has(s), `${f.id} cites ${s}`).toBe(true);
    }
  });

  it('formats by unit and writes one <data> element with value and sources', () => {
    expect(formatFigure({ value: 601, unit: 'minutes' })).toBe('10시간 1분');
    expect(formatFigure({ value: 601, unit: 'minutes' }, 'en')).toBe('10 h 1 min');
    expect(formatFigure({ value: 32000, unit: 'servers', approx: true })).toBe('약 32,000대');
    expect(formatFigure({ value: 5460, unit: 'service-minutes' })).toBe('91 서비스·시간');
    expect(figureHtml(book.get('kakao.core'))).toBe('<data value="601" data-figure="kakao.core" data-sources="S01 S02">10시간 1분</data>');
  });

  it('refuses an unknown figure id and a figure without sources', () => {
    expect(() => book.get('kakao.nothing')).toThrow(/No computed figure "kakao.nothing"/);
    expect(() => comparisonFigures({ ...data, figures: data.figures.map((f) => ({ ...f, sources: [] })) }, c)).toThrow(/has no sources/);
  });

  it('median handles odd and even lengths', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('where the two companies part ways (the redundancy drawing)', async () => {
  const { partingOf, partingChart } = await import('../../src/charts/redundancy/draw.ts');
  const { serverDocument } = await import('../../src/charts/serverDocument.ts');
  const { loadSiteContent } = await import('../../src/site/load.ts');
  const { ROOT } = await import('./helpers.ts');
  const real = loadSiteContent(ROOT).incidents.get('pangyo-2022')!;

  it('puts the first organization\'s worst layers first and says which main center was the burning one', () => {
    const p = partingOf(real.redundancy!);
    const kakao = real.redundancy!.organizations[0]!;
    const status = (id: string) => kakao.layers.find((c) => c.layer === id)!.status;
    const ranks = p.layers.map((l) => ['not-redundant', 'partial', 'redundant', 'unknown'].indexOf(status(l.id)));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(p.onlyThere).toEqual(kakao.layers.filter((c) => c.status === 'not-redundant').map((c) => c.layer));
    expect(p.onlyThere.length).toBeGreaterThan(0);
    expect(p.mainIsSite).toEqual({ kakao: true, naver: false });
  });

  it('does not guess a main center the data does not name', () => {
    expect(Object.values(partingOf(data.redundancy!).mainIsSite)).toEqual([undefined, undefined]);
  });

  it('draws every label whole at every width, and needs more height, not smaller text, on a phone', () => {
    const heights = [288, 440, 720, 960].map((width) => {
      const svg = partingChart(real, { document: serverDocument(), width, lang: 'ko', title: 't' });
      expect(svg.outerHTML).not.toContain('…');
      // Every layer's label is there, in full, once its lines are joined.
      const texts = [...svg.querySelectorAll('text')].map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' '));
      for (const l of real.redundancy!.layers) expect(texts).toContain(l.label.ko);
      expect(texts.some((t) => t.startsWith('카카오: 불난 센터에만 둔 층'))).toBe(true);
      return Number(svg.getAttribute('height'));
    });
    expect(heights[0]).toBeGreaterThan(heights[3]!);
  });
});

describe('wrapText', async () => {
  const { wrapText, textWidth } = await import('../../src/charts/svg.ts');
  it('breaks on spaces, keeps every word, and breaks a word wider than a line between characters', () => {
    expect(wrapText('불난 센터에만 있음', 13, 90)).toEqual(['불난 센터에만', '있음']);
    expect(wrapText('카카오톡메시지서버', 13, 40)).toEqual(['카카오', '톡메시', '지서버']);
    const lines = wrapText('Operation and management tools for failover', 12, 90);
    expect(lines.join(' ')).toBe('Operation and management tools for failover');
    for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(90);
  });
});

describe('drawingFirst', async () => {
  const { drawingFirst } = await import('../../src/charts/chartShell.ts');
  it('puts the description after the last drawing, in the HTML itself, and changes nothing else', () => {
    const fig = '<figure>\n<h2>T</h2>\n<p class="chart-dek">D</p>\n<div class="chart-box" data-w="288"><svg></svg></div>\n<div class="chart-box" data-w="440"><svg></svg></div>\n<p class="chart-notes">N</p>\n</figure>';
    const out = drawingFirst(fig);
    expect(out.indexOf('chart-dek')).toBeGreaterThan(out.lastIndexOf('chart-box'));
    expect(out.indexOf('chart-dek')).toBeLessThan(out.indexOf('chart-notes'));
    expect(out.replace(/\s+/g, '').length).toBe(fig.replace(/\s+/g, '').length);
    expect(drawingFirst('<figure><p class="chart-dek">D</p>\n</figure>')).toBe('<figure><p class="chart-dek">D</p>\n</figure>');
  });
});
