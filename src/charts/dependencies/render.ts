/**
 * The dependency-map figure as HTML: controls (shown only with JavaScript), counts, legend, the
 * prerendered map in the state of a preset, the model's assumptions, sources, and a text
 * equivalent of every node: what it leans on and what breaks if it fails.
 */
import { incidentWords } from '../../lib/chartSpec.ts';
import { chartDataUrl } from '../chartData.ts';
import { chartShell, sourceLine } from '../chartShell.ts';
import type { RenderedChart } from '../rendered.ts';
import type { Lang } from '../../lib/kst.ts';
import { dependencyGraph } from '../../lib/dependencyGraph.ts';
import { graphLayout } from '../../lib/graphLayout.ts';
import type { IncidentData } from '../../lib/loadIncident.ts';
import { propagate } from '../../lib/propagate.ts';
import { timelineData } from '../../lib/timeline.ts';
import { esc } from '../html.ts';
import { serverDocument } from '../serverDocument.ts';
import { LAYER_LABEL, dependencyMap } from './draw.ts';
import { countsSentence, nodeRelations, type Preset, presetFailures, presetGraph, serviceCounts } from './presets.ts';

export interface DependencyRenderOptions {
  id: string;
  lang?: Lang;
  preset?: Preset;
  focus?: string;
  group?: string;
  title?: string;
  dek?: string;
  level?: 1 | 2 | 3;
}

/** Everything the browser needs, serialised once into the page. */
export interface MapData {
  graph: ReturnType<typeof dependencyGraph>;
  layout: ReturnType<typeof graphLayout>;
  names: Record<string, string>;
  orgNames: Record<string, string>;
  outage: Record<string, { start: string; end: string | null }>;
  sources: Record<string, { publisher: string; title: string; url: string | null }>;
}

export function mapData(d: IncidentData, lang: Lang): MapData {
  const graph = dependencyGraph(d);
  const tl = timelineData(d);
  const used = new Set([...graph.nodes.flatMap((n) => n.sources), ...graph.edges.flatMap((e) => e.sources)]);
  return {
    graph,
    layout: graphLayout(graph),
    names: Object.fromEntries(graph.nodes.map((n) => [n.id, n.name[lang]])),
    orgNames: Object.fromEntries(d.organizations.map((o) => [o.id, o.name[lang]])),
    outage: Object.fromEntries(Object.values(tl.rows).map((r) => [r.id, { start: r.firstDown, end: r.restoredAt }])),
    sources: Object.fromEntries(d.sources.filter((s) => used.has(s.id)).map((s) => [s.id, { publisher: s.publisher, title: s.title, url: s.url ?? null }])),
  };
}

/** The chart's own words, per language. */
const WORDS = {
  ko: {
    title: '무엇이 무엇에 기대고 있었나',
    dek: '왼쪽의 데이터센터에서 오른쪽의 서비스와 바깥 기업까지, 무엇이 무엇에 기대는지 보여 줍니다. 점선은 다른 데이터센터에 예비가 있던 연결입니다.',
    presets: '상황', none: '모두 정상',
    group: '조직', all: '모든 조직', search: '찾기', zoomIn: '확대', zoomOut: '축소', fit: '전체 보기',
    hint: '점을 누르거나, 키보드로 지도에 들어가 화살표로 움직인 뒤 Enter를 누르면 그 부분을 멈추거나 되살릴 수 있습니다.',
    legendDown: '멈춤', legendDegraded: '예비 센터로 버팀', legendUp: '정상', legendRedundant: '점선: 예비가 있던 의존', legendSubstitute: '옅은 선: 대체 서비스로 옮겨 감(장애는 번지지 않음)',
    model: '계산 방법: 예비 없이 기대던 것이 하나라도 멈추면 함께 멈추고, 기대던 것이 모두 멈춰도 멈춥니다. 예비가 있던 것만 잃으면 살아남지만 “예비로 버팀”으로 표시합니다. 대체 서비스로 옮겨 간 관계는 장애를 옮기지 않습니다.',
    table: '글로 보기: 무엇에 기대고, 멈추면 무엇이 함께 멈추나', cols: ['이름', '층', '조직', '기대는 것', '이것만 멈춰도 함께 멈추는 것'], none_: '없음', replica: '예비 있음',
    sources: '출처', data: '데이터 받기',
  },
  en: {
    title: 'What leaned on what',
    dek: 'From the data center on the left to services and outside businesses on the right: what leans on what. Dashed lines had a replica in another data center.',
    presets: 'Scenario', none: 'All up',
    group: 'Organization', all: 'All organizations', search: 'Find', zoomIn: 'Zoom in', zoomOut: 'Zoom out', fit: 'Fit',
    hint: 'Click a dot, or move with the arrow keys and press Enter, to fail or restore that part.',
    legendDown: 'Down', legendDegraded: 'Ran on a replica', legendUp: 'Up', legendRedundant: 'Dashed: dependency with a replica', legendSubstitute: 'Faint: people moved to a substitute (no failure carried)',
    model: 'How it is computed: a part goes down when anything it leans on without a replica goes down, or when everything it leans on does. Losing only replicated parts leaves it up, marked as running on a replica. Moving to a substitute carries no failure.',
    table: 'As text: what each part leans on, and what goes down with it', cols: ['Name', 'Layer', 'Organization', 'Leans on', 'Goes down with it alone'], none_: 'nothing', replica: 'replica',
    sources: 'Sources', data: 'Get the data',
  },
};

/**
 * The scenario buttons and the what-if note, from the incident's data: where it started (`origin`)
 * and the first group it compares. incident.yaml `charts.dependencies` may word them itself.
 */
function scenarioWords(d: IncidentData, data: MapData, lang: Lang): { fire: string; dual: string; whatif: string } {
  const origin = d.incident.origin ? (data.names[d.incident.origin] ?? d.incident.origin) : '';
  const group = data.graph.groups[0] ? (data.orgNames[data.graph.groups[0]] ?? data.graph.groups[0]) : '';
  const copies = '다른 데이터센터에 같은 규모로 복제돼 있고 전환이 곧바로 됐다고 보고 계산했습니다. 실제로 그랬다면 어땠을지는 아무도 확인할 수 없습니다.';
  const copiesEn = 'had a full copy in another data center and switched over at once. Nobody can check what would really have happened.';
  return lang === 'ko'
    ? {
        fire: origin ? `실제 상황: ${origin} 중단` : '실제 상황',
        dual: group ? `가정: ${group}도 데이터센터를 이원화했다면` : '가정: 데이터센터를 이원화했다면',
        whatif: `가정입니다. ${origin && group ? `${origin}에 있던 ${group}의 시스템이 ` : '시스템이 '}${copies}`,
      }
    : {
        fire: origin ? `The incident: ${origin} down` : 'As it happened',
        dual: group ? `What if ${group} had two data centers` : 'What if there were two data centers',
        whatif: `Hypothetical. It assumes everything ${group && origin ? `${group} ran in ${origin}` : 'in the building'} ${copiesEn}`,
      };
}

export function renderDependencies(d: IncidentData, options: DependencyRenderOptions): RenderedChart {
  const { id, lang = 'ko', preset = 'fire', level = 2 } = options;
  const data = mapData(d, lang);
  const t = { ...WORDS[lang], ...scenarioWords(d, data, lang), ...incidentWords(d, 'dependencies', lang) };
  const graph = presetGraph(data.graph, preset);
  const p = propagate(graph, presetFailures(graph, preset));
  const document = serverDocument();
  const svg = dependencyMap(data.graph, data.layout, p, { document, lang, id, title: options.title ?? t.title });
  const groups = [...new Set(data.graph.nodes.map((n) => n.group))];
  const groupName = (g: string) => data.orgNames[g] ?? g;
  const counts = countsSentence(serviceCounts(graph, p), Object.fromEntries(groups.map((g) => [g, groupName(g)])), lang);

  const rows = data.layout.columns
    .flat()
    .map((nid) => {
      const n = data.graph.nodes.find((x) => x.id === nid)!;
      const rel = nodeRelations(data.graph, nid);
      const ups = rel.upstream.map((u) => `${esc(data.names[u.id])}${u.redundant ? ` (${esc(t.replica)})` : ''}`).join(', ') || esc(t.none_);
      const breaks = rel.breaks.map((b) => esc(data.names[b])).join(', ') || esc(t.none_);
      return `<tr data-id="${esc(nid)}" data-group="${esc(n.group)}"><th scope="row">${esc(n.name[lang])}</th><td>${esc(LAYER_LABEL[n.layer]![lang])}</td><td>${esc(data.orgNames[n.organization] ?? n.organization)}</td><td>${ups}</td><td>${breaks}</td></tr>`;
    })
    .join('\n');

  const button = (p_: Preset) => `<button type="button" data-preset="${p_}" aria-pressed="${p_ === preset}">${esc(t[p_])}</button>`;
  const html = chartShell({
    id,
    level,
    classes: 'dm-figure',
    titleHtml: esc(options.title ?? t.title),
    dek: options.dek ?? t.dek,
    body: `<noscript><style>.dm-controls{display:none}</style></noscript>
<form class="dm-controls" aria-label="${esc(t.presets)}">
<div class="dm-presets" role="group" aria-label="${esc(t.presets)}">${button('fire')}${button('dual')}${button('none')}</div>
<label>${esc(t.group)} <select name="group"><option value="">${esc(t.all)}</option>${groups.map((g) => `<option value="${esc(g)}"${options.group === g ? ' selected' : ''}>${esc(groupName(g))}</option>`).join('')}</select></label>
<label>${esc(t.search)} <input type="search" name="q" autocomplete="off" list="${esc(id)}-names"></label>
<datalist id="${esc(id)}-names">${data.graph.nodes.map((n) => `<option value="${esc(n.name[lang])}"></option>`).join('')}</datalist>
<div class="dm-zoom" role="group" aria-label="${esc(t.fit)}"><button type="button" data-zoom="out" aria-label="${esc(t.zoomOut)}">−</button><button type="button" data-zoom="in" aria-label="${esc(t.zoomIn)}">+</button><button type="button" data-zoom="fit">${esc(t.fit)}</button></div>
<p class="dm-hint">${esc(t.hint)}</p>
</form>
<p class="dm-counts" aria-live="polite">${esc(counts)}</p>
<p class="dm-whatif"${preset === 'dual' ? '' : ' hidden'}>${esc(t.whatif)}</p>
<ul class="chart-legend"><li><svg width="14" height="14" aria-hidden="true"><circle class="dm-legend is-failed" cx="7" cy="7" r="5"/></svg>${esc(t.legendDown)}</li><li><svg width="14" height="14" aria-hidden="true"><circle class="dm-legend is-degraded" cx="7" cy="7" r="5"/></svg>${esc(t.legendDegraded)}</li><li><svg width="14" height="14" aria-hidden="true"><circle class="dm-legend is-up" cx="7" cy="7" r="5"/></svg>${esc(t.legendUp)}</li><li><svg width="24" height="10" aria-hidden="true"><line class="dm-edge dm-redundant" x1="0" x2="24" y1="5" y2="5"/></svg>${esc(t.legendRedundant)}</li><li><svg width="24" height="10" aria-hidden="true"><line class="dm-edge dm-substitute" x1="0" x2="24" y1="5" y2="5"/></svg>${esc(t.legendSubstitute)}</li></ul>
<p class="tl-swipe" aria-hidden="true">${esc(lang === 'ko' ? '← 지도를 옆으로 밀어 보세요 →' : '← Swipe the map sideways →')}</p>
<div class="dm-scroll" tabindex="0" role="region" aria-label="${esc(lang === 'ko' ? '의존 관계 지도: 스크롤해서 볼 수 있음' : 'Dependency map, scrollable')}">${svg.outerHTML}</div>
<div class="dm-panel" role="region" aria-label="${esc(lang === 'ko' ? '선택한 항목' : 'Selected part')}" hidden></div>
<p class="visually-hidden dm-live" aria-live="polite"></p>
<p class="chart-notes">${esc(t.model)}</p>`,
    source: sourceLine(lang, d.id, ['dependencies.csv', 'dependencies.json']),
    table: `<details class="chart-table dm-text" open><summary>${esc(t.table)}</summary><div class="table-wrap" tabindex="0" role="region" aria-label="${esc(t.table)}"><table><caption>${esc(t.table)}</caption><thead><tr>${t.cols.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead><tbody>
${rows}
</tbody></table></div></details>`,
    element: { name: 'dependency-map', attributes: ` data-lang="${lang}" data-preset="${preset}"${options.focus ? ` data-focus="${esc(options.focus)}"` : ''}${options.group ? ` data-group="${esc(options.group)}"` : ''}`, dataClass: 'dm-data', dataUrl: chartDataUrl(d.incident.id, lang === 'ko' ? 'dependencies-ko' : 'dependencies-en') },
  });
  const drawing = svg.outerHTML;
  return { html, title: options.title ?? t.title, description: options.dek ?? t.dek, drawings: () => [drawing] };
}
