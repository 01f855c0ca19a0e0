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
import { dependencyGraph, graphShape } from '../../lib/dependencyGraph.ts';
import { graphLayout } from '../../lib/graphLayout.ts';
import type { IncidentData } from '../../lib/loadIncident.ts';
import { chains, groupParts, mapView } from '../../lib/mapGroups.ts';
import { perIncident } from '../../lib/perIncident.ts';
import { propagate } from '../../lib/propagate.ts';
import { timelineData } from '../../lib/timeline.ts';
import { artboards, esc } from '../html.ts';
import { serverDocument } from '../serverDocument.ts';
import { LAYER_LABEL, drawMap, nodeSummary, viewOf } from './draw.ts';
import { chainOf, type MapModel } from './layout.ts';
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

/** Everything the browser needs, in the chart's data file (chartData.ts). */
export interface MapData {
  model: MapModel;
  /** The sources of each part and of what it leans on (the panel's links). */
  refs: Record<string, string[]>;
  outage: Record<string, { start: string; end: string | null }>;
  sources: Record<string, { publisher: string; title: string; url: string | null }>;
}

const models = /* @__PURE__ */ perIncident(() => ({}) as Partial<Record<Lang, MapModel>>);

/** The map's model in one language: the graph, its groups and chains, the grouped view's order, the names. */
export function mapModel(d: IncidentData, lang: Lang): MapModel {
  const cached = models(d);
  if (cached[lang]) return cached[lang];
  const graph = dependencyGraph(d);
  const grouping = groupParts(graph, Object.fromEntries(d.organizations.map((o) => [o.id, o.name])));
  const closed = mapView(graph, grouping);
  // The grouped view is laid out as a graph of its own, so its groups sit near what they lean on.
  const columns = graphLayout({ groups: graph.groups, nodes: closed.nodes.map((n) => ({ id: n.id, layer: n.layer, group: n.org })), edges: closed.edges }).columns;
  const rank = Object.fromEntries(graphLayout(graph).columns.flat().map((id, i) => [id, i]));
  return (cached[lang] = {
    graph: graphShape(graph),
    grouping,
    chains: chains(graph),
    columns,
    rank,
    names: Object.fromEntries([...graph.nodes.map((n) => [n.id, n.name[lang]] as const), ...grouping.groups.map((g) => [g.id, g.name[lang]] as const)]),
    shorts: Object.fromEntries(graph.nodes.flatMap((n) => (n.short ? [[n.id, n.short[lang]] as const] : []))),
    orgNames: Object.fromEntries(d.organizations.map((o) => [o.id, o.name[lang]])),
  });
}

export function mapData(d: IncidentData, lang: Lang): MapData {
  const model = mapModel(d, lang);
  const graph = dependencyGraph(d);
  const tl = timelineData(d);
  const used = new Set([...graph.nodes.flatMap((n) => n.sources), ...graph.edges.flatMap((e) => e.sources)]);
  return {
    model,
    refs: Object.fromEntries(graph.nodes.map((n) => [n.id, [...new Set([...n.sources, ...graph.edges.filter((e) => e.to === n.id).flatMap((e) => e.sources)])]])),
    outage: Object.fromEntries(Object.values(tl.rows).map((r) => [r.id, { start: r.firstDown, end: r.restoredAt }])),
    sources: Object.fromEntries(d.sources.filter((s) => used.has(s.id)).map((s) => [s.id, { publisher: s.publisher, title: s.title, url: s.url ?? null }])),
  };
}

/** The chart's own words, per language. */
const WORDS = {
  ko: {
    title: '무엇이 무엇에 기대고 있었나',
    dek: '데이터센터에서 서비스와 바깥 기업까지, 무엇이 무엇에 기대는지 보여 줍니다. 비슷하게 움직인 부분은 묶어서 그렸고, 점선은 다른 데이터센터에 예비가 있던 연결입니다.',
    presets: '상황', none: '모두 정상',
    group: '조직', all: '모든 조직', search: '찾기',
    hint: '막대가 붙은 항목은 여러 부분을 묶은 것입니다. 누르면 펼쳐집니다. 점을 누르면 그 부분이 기대는 것과 그 부분에 기대는 것이 보이고, 키보드로는 화살표로 움직이고 Enter로 펼치거나 그 부분을 멈추고 되살립니다.',
    legendDown: '멈춤', legendDegraded: '예비 센터로 버팀', legendUp: '정상', legendRedundant: '점선: 예비가 있던 의존', legendSubstitute: '옅은 선: 대체 서비스로 옮겨 감(장애는 번지지 않음)', legendGroup: '막대: 여러 부분의 묶음, 상태별 비율과 개수(누르면 펼침)',
    model: '계산 방법: 예비 없이 기대던 것이 하나라도 멈추면 함께 멈추고, 기대던 것이 모두 멈춰도 멈춥니다. 예비가 있던 것만 잃으면 살아남지만 “예비로 버팀”으로 표시합니다. 대체 서비스로 옮겨 간 관계는 장애를 옮기지 않습니다.',
    table: '글로 보기: 무엇에 기대고, 멈추면 무엇이 함께 멈추나', cols: ['이름', '층', '조직', '기대는 것', '이것만 멈춰도 함께 멈추는 것'], none_: '없음', replica: '예비 있음',
    sources: '출처', data: '데이터 받기',
  },
  en: {
    title: 'What leaned on what',
    dek: 'From the data center to services and the businesses outside: what leans on what. Parts that fared alike are drawn as groups; dashed lines had a replica in another data center.',
    presets: 'Scenario', none: 'All up',
    group: 'Organization', all: 'All organizations', search: 'Find',
    hint: 'Items with a bar are groups of parts: click one to open it. Click a dot to see what it leans on and what leans on it; with the keyboard, move with the arrow keys and press Enter to open a group or to fail or restore a part.',
    legendDown: 'Down', legendDegraded: 'Ran on a replica', legendUp: 'Up', legendRedundant: 'Dashed: dependency with a replica', legendSubstitute: 'Faint: people moved to a substitute (no failure carried)', legendGroup: 'Bar: a group of parts, its states in proportion, and how many (click to open)',
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
  const { names, orgNames, graph } = data.model;
  const origin = d.incident.origin ? (names[d.incident.origin] ?? d.incident.origin) : '';
  const group = graph.groups[0] ? (orgNames[graph.groups[0]] ?? graph.groups[0]) : '';
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
  const model = data.model;
  const graph = presetGraph(model.graph, preset);
  const p = propagate(graph, presetFailures(graph, preset));
  const document = serverDocument();
  const title = options.title ?? t.title;
  const drawn: Record<number, HTMLElement> = {};
  // A focus opens its group and shows its chain, as the browser does on start: the same drawing, no shift.
  const focusGroup = options.focus ? model.grouping.groupOf[options.focus] : undefined;
  const view = { open: new Set(focusGroup ? [focusGroup] : []), focus: options.focus, chain: chainOf(model, options.focus) };
  const draw = (width: number) => (drawn[width] ??= drawMap(model, p, { document, lang, width, title, ...view })).outerHTML;
  const boxes = artboards(draw, 960);
  const groups = [...new Set(model.graph.nodes.map((n) => n.group))];
  const groupName = (g: string) => model.orgNames[g] ?? g;
  const counts = countsSentence(serviceCounts(graph, p), Object.fromEntries(groups.map((g) => [g, groupName(g)])), lang);

  // The table follows the grouped map: a heading row per group, then its members.
  const partRow = (nid: string, group: string | null) => {
    const n = dependencyGraph(d).nodes.find((x) => x.id === nid)!;
    const rel = nodeRelations(model.graph, nid);
    const ups = rel.upstream.map((u) => `${esc(model.names[u.id])}${u.redundant ? ` (${esc(t.replica)})` : ''}`).join(', ') || esc(t.none_);
    const breaks = rel.breaks.map((b) => esc(model.names[b])).join(', ') || esc(t.none_);
    return `<tr data-id="${esc(nid)}" data-group="${esc(n.group)}"${group ? ` data-in="${esc(group)}"` : ''}><th scope="row">${esc(n.name[lang])}</th><td>${esc(LAYER_LABEL[n.layer]![lang])}</td><td>${esc(model.orgNames[n.organization] ?? n.organization)}</td><td>${ups}</td><td>${breaks}</td></tr>`;
  };
  const closed = viewOf(model);
  const byView = new Map(closed.nodes.map((n) => [n.id, n]));
  const bodies: string[] = [];
  let singles: string[] = [];
  const flush = () => singles.length && (bodies.push(`<tbody>\n${singles.join('\n')}\n</tbody>`), (singles = []));
  for (const vid of model.columns.flat()) {
    const n = byView.get(vid)!;
    if (!n.isGroup) {
      singles.push(partRow(vid, null));
      continue;
    }
    flush();
    const members = [...n.members].sort((a, b) => (model.rank[a] ?? 0) - (model.rank[b] ?? 0));
    bodies.push(`<tbody class="dm-tgroup" data-group="${esc(n.org)}"><tr class="dm-tgroup-head" data-id="${esc(vid)}"><th colspan="5" scope="rowgroup">${esc(nodeSummary(model, n, p, lang))}</th></tr>\n${members.map((m) => partRow(m, vid)).join('\n')}\n</tbody>`);
  }
  flush();
  const rows = bodies.join('\n');

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
<datalist id="${esc(id)}-names">${model.graph.nodes.map((n) => `<option value="${esc(model.names[n.id]!)}"></option>`).join('')}</datalist>
<p class="dm-hint">${esc(t.hint)}</p>
</form>
<p class="dm-counts" aria-live="polite">${esc(counts)}</p>
<p class="dm-whatif"${preset === 'dual' ? '' : ' hidden'}>${esc(t.whatif)}</p>
<ul class="chart-legend"><li><svg width="14" height="14" aria-hidden="true"><circle class="dm-legend is-failed" cx="7" cy="7" r="5"/></svg>${esc(t.legendDown)}</li><li><svg width="14" height="14" aria-hidden="true"><circle class="dm-legend is-degraded" cx="7" cy="7" r="5"/></svg>${esc(t.legendDegraded)}</li><li><svg width="14" height="14" aria-hidden="true"><circle class="dm-legend is-up" cx="7" cy="7" r="5"/></svg>${esc(t.legendUp)}</li><li><svg width="24" height="10" aria-hidden="true"><line class="dm-edge dm-redundant" x1="0" x2="24" y1="5" y2="5"/></svg>${esc(t.legendRedundant)}</li><li><svg width="24" height="10" aria-hidden="true"><line class="dm-edge dm-substitute" x1="0" x2="24" y1="5" y2="5"/></svg>${esc(t.legendSubstitute)}</li><li><svg width="28" height="12" aria-hidden="true"><rect class="dm-seg is-failed" x="1" y="1" width="16" height="10"/><rect class="dm-seg is-degraded" x="17" y="1" width="6" height="10"/><rect class="dm-seg is-up" x="23" y="1" width="4" height="10"/><rect class="dm-bar-frame" x="1" y="1" width="26" height="10" rx="1.5"/></svg>${esc(t.legendGroup)}</li></ul>
<div class="dm-boxes">${boxes}</div>
<div class="dm-panel" role="region" aria-label="${esc(lang === 'ko' ? '선택한 항목' : 'Selected part')}" hidden></div>
<p class="visually-hidden dm-live" aria-live="polite"></p>
<p class="chart-notes">${esc(t.model)}</p>`,
    source: sourceLine(lang, d.id, ['dependencies.csv', 'dependencies.json']),
    table: `<details class="chart-table dm-text" open><summary>${esc(t.table)}</summary><div class="table-wrap" tabindex="0" role="region" aria-label="${esc(t.table)}"><table><caption>${esc(t.table)}</caption><thead><tr>${t.cols.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead>
${rows}
</table></div></details>`,
    element: { name: 'dependency-map', attributes: ` data-lang="${lang}" data-preset="${preset}"${options.focus ? ` data-focus="${esc(options.focus)}"` : ''}${options.group ? ` data-group="${esc(options.group)}"` : ''}`, dataClass: 'dm-data', dataUrl: chartDataUrl(d.incident.id, lang === 'ko' ? 'dependencies-ko' : 'dependencies-en') },
  });
  const drawing = drawn[960]!.querySelector('svg')!.outerHTML;
  return { html, title, description: options.dek ?? t.dek, drawings: () => [drawing] };
}
