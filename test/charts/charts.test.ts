/** Golden SVG of every chart for named cases, rendered under a non-Korean TZ (see vitest.config). */
import { serverDocument } from '../../src/charts/serverDocument.ts';
import { describe, expect, it } from 'vitest';
import { recoveryChart } from '../../src/charts/recovery/draw.ts';
import { timelineChart } from '../../src/charts/timeline/draw.ts';
import { loadSiteContent } from '../../src/site/load.ts';
import { loadIncident } from '../../src/lib/loadIncident.ts';
import { recoveryCurves } from '../../src/lib/recovery.ts';
import { timelineData, zoomDomain } from '../../src/lib/timeline.ts';
import { expectGolden } from './golden.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const tiny = timelineData(loadIncident(`${ROOT}test/fixtures/charts/tiny`, 'tiny-2022'));
const mini = timelineData(loadIncident(`${ROOT}test/fixtures/valid`, 'mini-2022'));
const real = timelineData(loadSiteContent(ROOT).incidents.get('pangyo-2022')!);
const doc = serverDocument;

describe('timelineChart golden SVG', () => {
  it('tiny two-service incident, whole period', () => {
    expectGolden('timeline-tiny', timelineChart(tiny, { document: doc(), width: 640 }).outerHTML);
  });

  it('conflicting milestones (ignition 15:19, alternative 15:33), first 12 hours, English', () => {
    expectGolden('timeline-tiny-conflict-en', timelineChart(tiny, { document: doc(), width: 640, lang: 'en', domain: zoomDomain(tiny, '12h') }).outerHTML);
  });

  it('open-ended spans and an affiliate counted with its group', () => {
    expectGolden('timeline-open', timelineChart(mini, { document: doc(), width: 720 }).outerHTML);
  });

  it('the real dataset, whole incident', () => {
    expectGolden('timeline-pangyo', timelineChart(real, { document: doc(), width: 960 }).outerHTML);
  });

  it('the real dataset on a phone: 288 px, each label above a bar that spans the width', () => {
    expectGolden('timeline-pangyo-phone', timelineChart(real, { document: doc(), width: 288 }).outerHTML);
  });

  it('the real dataset on a phone, English, first 48 hours', () => {
    expectGolden('timeline-pangyo-phone-en', timelineChart(real, { document: doc(), width: 288, lang: 'en', domain: zoomDomain(real, '48h') }).outerHTML);
  });

  it('the real dataset, Naver only, first 12 hours, interactive', () => {
    const rows = real.groups.find((g) => g.id === 'naver')!.rows;
    expectGolden('timeline-pangyo-naver-12h', timelineChart(real, { document: doc(), width: 640, rows, domain: zoomDomain(real, '12h'), interactive: true }).outerHTML);
  });
});

describe('recoveryChart golden SVG', () => {
  it('the real dataset, Kakao and Naver', () => {
    const names = { kakao: '카카오', naver: '네이버' };
    const colors = { kakao: 'org-1', naver: 'org-2' };
    expectGolden('recovery-pangyo', recoveryChart(recoveryCurves(real), { document: doc(), width: 720, domain: zoomDomain(real, 'all'), names, colors }).outerHTML);
  });
});

describe('dependency map golden (grouped, an opened group, the chain form)', async () => {
  const { drawMap } = await import('../../src/charts/dependencies/draw.ts');
  const { mapModel } = await import('../../src/charts/dependencies/render.ts');
  const { propagate } = await import('../../src/lib/propagate.ts');
  it('the mini fixture graph, nothing failed, at desktop width', () => {
    const model = mapModel(loadIncident(`${ROOT}test/fixtures/valid`, 'mini-2022'), 'ko');
    expectGolden('dependencies-mini', drawMap(model, {}, { document: doc(), width: 960 }).outerHTML);
  });

  const real = loadSiteContent(ROOT).incidents.get('pangyo-2022')!;
  const model = mapModel(real, 'ko');
  const fire = propagate(model.graph, ['pangyo-dc']);
  it('the real dataset in the state of the fire, grouped, at desktop width', () => {
    const html = drawMap(model, fire, { document: doc(), width: 960 }).outerHTML;
    expect(html).toContain('dm-layered');
    expectGolden('dependencies-pangyo-fire', html);
  });
  it('the same with Kakao\'s platform group opened (English)', () => {
    const en = mapModel(real, 'en');
    const group = en.grouping.groupOf['kakao-auth']!;
    const html = drawMap(en, fire, { document: doc(), width: 960, lang: 'en', open: new Set([group]), focus: 'kakao-auth' }).outerHTML;
    expect(html).toContain('data-id="kakao-auth"');
    expectGolden('dependencies-pangyo-open-en', html);
  });
});

describe('comparison charts golden (figure HTML with its SVG)', () => {
  const miniData = loadIncident(`${ROOT}test/fixtures/valid`, 'mini-2022');
  const realData = loadSiteContent(ROOT).incidents.get('pangyo-2022')!;
  it('outcome panels, the mini fixture (Naver core never down, one open service)', async () => {
    const { renderOutcomes } = await import('../../src/charts/outcomes/render.ts');
    expectGolden('compare-outcomes-mini', renderOutcomes(miniData, { id: 'o', width: 640 }).html);
  });
  it('what-if stacked bars, the mini fixture, English', async () => {
    const { renderWhatIf } = await import('../../src/charts/whatif/render.ts');
    expectGolden('compare-whatif-mini-en', renderWhatIf(miniData, { id: 'w', width: 640, lang: 'en' }).html);
  });
  it('outcome panels and what-if, the real dataset', async () => {
    const { renderOutcomes } = await import('../../src/charts/outcomes/render.ts');
    const { renderWhatIf } = await import('../../src/charts/whatif/render.ts');
    expectGolden('compare-outcomes-pangyo', renderOutcomes(realData, { id: 'o', width: 720 }).html);
    expectGolden('compare-whatif-pangyo', renderWhatIf(realData, { id: 'w', width: 720 }).html);
  });
  it('redundancy table, the real dataset', async () => {
    const { renderRedundancy } = await import('../../src/charts/redundancy/render.ts');
    expectGolden('compare-redundancy-pangyo', renderRedundancy(realData, { id: 'r' }).html);
  });
});

describe("replay: the map's phone (chain) form at named moments (golden)", async () => {
  const { drawMap, mapStateOf } = await import('../../src/charts/dependencies/draw.ts');
  const { mapModel } = await import('../../src/charts/dependencies/render.ts');
  const { incidentReplay } = await import('../../src/lib/replayData.ts');
  const { stateAt } = await import('../../src/lib/replay.ts');
  const d = loadSiteContent(ROOT).incidents.get('pangyo-2022')!;
  const model = mapModel(d, 'ko');
  const moments = {
    // The first power loss: UPS units and lines burned, part of the halls without power.
    'replay-map-first-loss': '2022-10-15T15:22+09:00',
    // The whole building cut for the firefighters: everything in Pangyo down.
    'replay-map-power-cut': '2022-10-15T17:00+09:00',
    // Power back in steps: Kakao's servers, login and KakaoTalk messaging partly restored.
    'replay-map-partial': '2022-10-17T12:00+09:00',
  };
  for (const [name, t] of Object.entries(moments)) {
    it(`${name} (${t})`, () => {
      const state = mapStateOf(stateAt(incidentReplay(d), Date.parse(t)));
      const html = drawMap(model, state, { document: doc(), width: 288 }).outerHTML;
      expect(html).toContain('dm-chains');
      expectGolden(name, html);
    });
  }
});
