/**
 * The whole timeline figure as HTML: title, controls (shown only with JavaScript), legend, the
 * prerendered SVG, notes, sources, "get the data", the full data table and the data the browser
 * needs. One function serves the /timeline/ page and the `::chart{name="timeline"}` directive.
 */
import { stateName } from '../../lib/states.ts';
import { chartDataUrl } from '../chartData.ts';
import { chartShell, sourceLine } from '../chartShell.ts';
import type { RenderedChart } from '../rendered.ts';
import { formatDuration, formatKst, type Lang } from '../../lib/kst.ts';
import { durationMinutes } from '../../lib/outageIntervals.ts';
import { computedMoments, type TimelineData, visibleRows, ZOOM_PRESETS, type ZoomPreset, zoomDomain } from '../../lib/timeline.ts';
import { artboards, chartTable, esc } from '../html.ts';
import { serverDocument } from '../serverDocument.ts';
import { CATEGORY_LABEL, PRECISION_LABEL, shownLabel } from './labels.ts';
import { groupedTimeline, groupRowOf, isLargeTimeline } from '../../lib/timelineGroups.ts';
import { KIND_LABEL } from '../../lib/mapGroups.ts';
import { hatchAndFade, timelineChart } from './draw.ts';

export interface TimelineRenderOptions {
  /** Unique on the page; also the prefix of ids inside the SVG. */
  id: string;
  lang?: Lang;
  /** Width of the drawing used for pictures; the page gets one drawing per artboard (html.ts). */
  width?: number;
  groups?: string[];
  zoom?: ZoomPreset;
  title?: string;
  dek?: string;
  /** Heading level of the title: 2 on the chart page, 3 inside stories. */
  level?: 1 | 2 | 3;
}

/** The chart's own words, per language. */
const WORDS = {
  ko: {
    title: '서비스별 장애와 복구',
    dek: '막대 하나가 한 서비스의 한 상태 구간입니다. 막대가 끝나는 곳에서 다음 상태가 시작되고, 막대가 끝나면 복구된 것입니다.',
    filters: '보기 설정', org: '조직', category: '분류', allCategories: '모든 분류', search: '서비스 찾기', zoom: '기간', reset: '처음 상태로',
    zoomLabels: { '12h': '첫 12시간', '48h': '첫 48시간', all: '전체' } as Record<ZoomPreset, string>,
    legendImprecise: '끝이 흐린 막대: 정확한 복구 시각이 아니라 현황 발표나 상한으로만 알려진 경우',
    legendOpen: '화살표: 데이터가 끝날 때까지 복구 기록이 없음',
    legendRule: '세로선: 주요 시점', legendAlt: '점선: 출처마다 다른 시각',
    table: '표로 보기', caption: '서비스별 상태 구간 (한국시간)',
    cols: ['서비스', '조직', '상태', '시작', '끝', '기간', '시각의 정확도', '출처'],
    captionAll: '서비스 하나하나: 처음 멈춘 때와 마지막 복구 (한국시간)', colsAll: ['서비스', '조직', '종류', '처음 멈춤', '마지막 복구', '상태 구간'],
    grouped: (n: number) => `서비스 ${n}개를 조직과 종류별로 묶어 그렸습니다. 묶음의 막대는 속한 서비스 가운데 하나라도 그 상태였던 때를 보여 주고, 여러 상태가 겹치면 더 나쁜 쪽을 그립니다. 아래 표는 서비스 하나하나를, 데이터 파일은 모든 구간을 담고 있습니다.`,
    open: '복구 기록 없음', sources: '출처', data: '데이터 받기', dataFiles: 'outages.csv · outages.json', brush: '차트 위를 끌어서 확대할 수 있습니다.',
    zone: '모든 시각은 한국시간(KST)입니다.', moments: '세로선으로 표시한 주요 시점',
  },
  en: {
    title: 'Outage and recovery by service',
    dek: 'Each bar is one status of one service; the next status starts where a bar ends, and a service is restored when its bars end.',
    filters: 'View', org: 'Organization', category: 'Category', allCategories: 'All categories', search: 'Find a service', zoom: 'Period', reset: 'Reset',
    zoomLabels: { '12h': 'First 12 hours', '48h': 'First 48 hours', all: 'Whole incident' } as Record<ZoomPreset, string>,
    legendImprecise: 'Faded end: restoration known only from a status report or an upper bound',
    legendOpen: 'Arrow: no restoration on record when the data ends',
    legendRule: 'Line: key moment', legendAlt: 'Dashed: a different time from another source',
    table: 'Show as a table', caption: 'Status spans by service (Korea time)',
    cols: ['Service', 'Organization', 'Status', 'Start', 'End', 'Duration', 'Time precision', 'Sources'],
    captionAll: 'Every service: first down and last restored (Korea time)', colsAll: ['Service', 'Organization', 'Kind', 'First down', 'Last restored', 'Status spans'],
    grouped: (n: number) => `${n} services are drawn in groups by organization and kind. A group's bar shows when at least one of its services was in that state, the worse one where they overlap. The table below lists every service; the data files hold every span.`,
    open: 'no restoration on record', sources: 'Sources', data: 'Get the data', dataFiles: 'outages.csv · outages.json', brush: 'Drag across the chart to zoom in.',
    zone: 'All times are Korea Standard Time (KST).', moments: 'Key moments (the vertical lines)',
  },
};

export function renderTimeline(full: TimelineData, options: TimelineRenderOptions): RenderedChart {
  const { id, lang = 'ko', width = 960, level = 2 } = options;
  // A large incident is drawn grouped (lib/timelineGroups.ts); its table still lists every service.
  const large = isLargeTimeline(full);
  const data = large ? groupedTimeline(full) : full;
  const t = WORDS[lang];
  const zoom = options.zoom ?? 'all';
  const rows = visibleRows(data, { groups: options.groups });
  const document = serverDocument();
  const draw = (w: number) => timelineChart(data, { document, width: w, lang, id: `${id}-${w}`, rows, domain: zoomDomain(data, zoom), title: options.title ?? t.title }).outerHTML;
  const drawings: string[] = [];
  const boards = artboards(draw, width, drawings);
  const legendDefs = `<svg width="0" height="0" class="tl-legend-defs" aria-hidden="true" focusable="false"><defs>${hatchAndFade(document, id).map((e) => e.outerHTML).join('')}</defs></svg>`;
  // Every rule of the drawing in words, in time order: the milestones and the moments computed from the rows.
  const moments = [...data.milestones, ...computedMoments(data).map((m) => ({ ...m, alternatives: [] as { at: string }[] }))]
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .map((m) => `<li><time datetime="${esc(m.at)}">${esc(formatKst(m.at, lang))}</time> ${esc(m.label[lang])}${m.alternatives.length ? ` <span class="muted">(${esc(lang === 'ko' ? '다른 기록' : 'also reported')}: ${m.alternatives.map((a) => esc(formatKst(a.at, lang))).join(', ')})</span>` : ''}</li>`)
    .join('');

  const groupBoxes = data.groups
    .map((g) => `<label><input type="checkbox" name="group" value="${esc(g.id)}"${!options.groups || options.groups.includes(g.id) ? ' checked' : ''}> ${esc(g.name[lang])}</label>`)
    .join('');
  const categories = [...new Set(Object.values(data.rows).map((r) => r.category))].sort();
  const zoomButtons = ZOOM_PRESETS.map((z) => `<button type="button" data-zoom="${z}" aria-pressed="${z === zoom}">${esc(t.zoomLabels[z])}</button>`).join('');

  const statusItems = (['down', 'degraded', 'partially-restored'] as const)
    .map((s) => `<li><svg width="18" height="12" aria-hidden="true"><rect class="tl-bar tl-${s}" width="18" height="12"${s === 'partially-restored' ? ` fill="url(#${esc(id)}-hatch)"` : ''}/></svg>${esc(stateName(s, lang))}</li>`)
    .join('');

  const tableRows = (large ? [] : rows)
    .flatMap((rowId) => data.rows[rowId]!.spans.map((i) => [rowId, i] as const))
    .map(([rowId, i]) => {
      const r = data.rows[rowId]!;
      const s = data.spans[i]!;
      const group = data.groups.find((g) => g.id === r.group)!;
      const minutes = s.end ? formatDuration(durationMinutes(s.start, s.end, s.end), lang) : t.open;
      const precision = `${PRECISION_LABEL[s.startPrecision][lang]} → ${s.endPrecision ? PRECISION_LABEL[s.endPrecision][lang] : '–'}`;
      const conflicts = s.conflicts.map((c) => ` <a href="/sources/#conflict-${esc(c)}">${esc(c)}</a>`).join('');
      return `<tr data-row="${esc(rowId)}" data-i="${i}"><th scope="row">${esc(r.name[lang])}</th><td>${esc(group.name[lang])}</td><td>${esc(stateName(s.status, lang))}</td><td><time datetime="${esc(s.start)}">${esc(formatKst(s.start, lang))}</time></td><td>${s.end ? `<time datetime="${esc(s.end)}">${esc(formatKst(s.end, lang))}</time>` : `${esc(t.open)}${s.open ? `: ${esc(s.open.note[lang])}` : ''}`}</td><td>${esc(minutes)}</td><td>${esc(precision)}${conflicts}</td><td>${s.sources.map((src) => `<a href="/sources/#source-${esc(src)}">${esc(src)}</a>`).join(' ')}</td></tr>`;
    })
    .join('\n');

  const allRows = () =>
    visibleRows(full, { groups: options.groups })
      .map((rowId) => {
        const r = full.rows[rowId]!;
        const group = full.groups.find((g) => g.id === r.group)!;
        // data-row names the drawn (grouped) row, so the filters hide a service with its group.
        return `<tr data-row="${esc(groupRowOf(r))}" data-part="${esc(rowId)}"><th scope="row">${esc(r.name[lang])}</th><td>${esc(group.name[lang])}</td><td>${esc(CATEGORY_LABEL[r.category]?.[lang] ?? r.category)}</td><td><time datetime="${esc(r.firstDown)}">${esc(formatKst(r.firstDown, lang))}</time></td><td>${r.restoredAt ? `<time datetime="${esc(r.restoredAt)}">${esc(formatKst(r.restoredAt, lang))}</time>` : esc(t.open)}</td><td>${r.spans.length}</td></tr>`;
      })
      .join('\n');

  const html = chartShell({
    id,
    level,
    classes: 'tl-figure',
    titleHtml: esc(options.title ?? t.title),
    dek: options.dek ?? t.dek,
    body: `<noscript><style>.tl-controls,.tl-controls-toggle{display:none!important}</style></noscript>
<button type="button" class="tl-controls-toggle" aria-expanded="false" aria-controls="${esc(id)}-controls">${esc(t.filters)}</button>
<form class="tl-controls" id="${esc(id)}-controls" aria-label="${esc(t.filters)}">
<fieldset class="tl-groups"><legend>${esc(t.org)}</legend>${groupBoxes}</fieldset>
<label class="tl-category">${esc(t.category)} <select name="category"><option value="">${esc(t.allCategories)}</option>${categories.map((c) => `<option value="${esc(c)}">${esc(CATEGORY_LABEL[c]?.[lang] ?? KIND_LABEL[c]?.[lang] ?? c)}</option>`).join('')}</select></label>
<label class="tl-search">${esc(t.search)} <input type="search" name="q" autocomplete="off"></label>
<div class="tl-zoom" role="group" aria-label="${esc(t.zoom)}">${zoomButtons}<button type="button" data-reset>${esc(t.reset)}</button></div>
<p class="tl-hint">${esc(t.brush)} <output class="tl-count" aria-live="polite">${esc(shownLabel(rows.length, lang))}</output></p>
</form>
${legendDefs}<ul class="chart-legend">${statusItems}<li><svg width="24" height="12" aria-hidden="true"><rect class="tl-bar tl-down" width="24" height="12"/><rect class="tl-imprecise" x="6" width="18" height="12" mask="url(#${esc(id)}-fade-mask)"/></svg>${esc(t.legendImprecise)}</li><li><svg width="18" height="12" aria-hidden="true"><path class="tl-open" d="M4,0l8,6l-8,6z"/></svg>${esc(t.legendOpen)}</li><li><svg width="18" height="12" aria-hidden="true"><line class="tl-rule" x1="9" x2="9" y1="0" y2="12"/></svg>${esc(t.legendRule)}</li><li><svg width="18" height="12" aria-hidden="true"><line class="tl-rule tl-rule-alt" x1="9" x2="9" y1="0" y2="12"/></svg>${esc(t.legendAlt)}</li></ul>
<div class="tl-boxes">${boards}</div>
<div class="tl-tooltip" role="status" hidden></div>
<p class="visually-hidden tl-live" aria-live="polite"></p>
<p class="chart-notes">${large ? `${esc(t.grouped(Object.keys(full.rows).length))} ` : ''}${esc(t.zone)}</p>
<div class="chart-notes tl-moments"><h${Math.min(6, level + 1)} class="tl-moments-title">${esc(t.moments)}</h${Math.min(6, level + 1)}><ul>${moments}</ul></div>`,
    source: sourceLine(lang, data.incident, ['outages.csv', 'outages.json']),
    table: large ? chartTable(t.table, esc(t.captionAll), t.colsAll, [allRows()]) : chartTable(t.table, esc(t.caption), t.cols, [tableRows]),
    element: { name: 'outage-timeline', attributes: ` data-lang="${lang}" data-zoom="${zoom}"`, dataClass: 'tl-data', dataUrl: chartDataUrl(data.incident, 'timeline') },
  });
  return { html, title: options.title ?? t.title, description: options.dek ?? t.dek, drawings: () => drawings };
}
