/**
 * The replay figure: the dependency map and the timeline strip at one moment, a caption in KST
 * saying what changed, counts in words, a scrubber (shown only with JavaScript), the moments as a
 * table, and the data the browser needs. Also the static step figures of a scrollytelling story:
 * the same drawings at a step's moment, cropped to its focus.
 */
import { chartShell, sourceLine } from '../chartShell.ts';
import type { RenderedChart } from '../rendered.ts';
import { perIncident } from '../../lib/perIncident.ts';
import type { Lang } from '../../lib/kst.ts';
import type { IncidentData } from '../../lib/loadIncident.ts';
import { countsText, parseTimeParam, peakMoment, type PartState, replayCaption, type ReplayModel, shortKst, stateAt } from '../../lib/replay.ts';
import { type State, STATE_LABEL } from '../../lib/states.ts';
import { kstMinute } from '../../lib/kstClock.ts';
import { timelineData } from '../../lib/timeline.ts';
import { artboards, esc } from '../html.ts';
import { serverDocument } from '../serverDocument.ts';
import { drawMap, mapStateOf, PARTIAL_MARK } from '../dependencies/draw.ts';
import { mapModel } from '../dependencies/render.ts';
import { chainOf } from '../dependencies/layout.ts';
import { chartDataUrl } from '../chartData.ts';
import { incidentReplay, replayFocusIds, replayNames, stripRows } from '../../lib/replayData.ts';
import { replayStrip, STRIP, stripAt, type StripGeometry, stripGeometry, type StripRow } from './strip.ts';

export { REPLAY_VIEWS, type ReplayView } from '../../schemas/vocabulary.ts';
import type { ReplayView } from '../../schemas/vocabulary.ts';
export { replayFocusIds, mapStateOf };

/** Milestones that get a jump button and a rule on the strip. */
export const KEY_MILESTONES = ['ignition', 'power-cut', 'fire-extinguished', 'power-restart', 'power-full', 'declared-recovery'];

/** Everything the browser needs, serialised once into the page. */
export interface ReplayData {
  model: ReplayModel;
  names: Record<string, string>;
  /** Row groups for the counts sentence. */
  groups: { name: string; ids: string[] }[];
  strip: StripGeometry;
  /** Key milestones: [epoch ms, label]. */
  keys: [number, string][];
}

/** The chart's own words, per language. */
const WORDS = {
  ko: {
    title: '127시간 다시 보기: 무엇이 언제 멈추고 돌아왔나',
    dek: '시간을 움직이면 지도와 타임라인이 그 순간의 상태로 바뀝니다. 모든 시각은 한국시간(KST)입니다.',
    views: '보기', map: '의존 지도', timeline: '타임라인', play: '재생', pause: '멈춤', prev: '이전 변화', next: '다음 변화',
    time: '시각', speed: '속도', perSecond: (h: number) => `1초에 ${h}시간`, jump: '주요 순간', states: '상태',
    hint: '막대를 끌거나, 막대에 초점을 둔 뒤 ← → 키로 변화 하나씩, Home·End로 처음과 끝으로 갑니다.',
    rule: '상태는 사건 기록에서 계산합니다. 출처마다 시각이 다르거나 날짜만 알려진 동안은 “확인 안 됨”, 자체 기록이 없는 부분은 기대는 것의 상태를 따릅니다.',
    table: '글로 보기: 바뀐 순간들', cols: ['시각(KST)', '무엇이 바뀌었나'], sources: '출처', data: '데이터 받기', mapLabel: '의존 지도', stripLabel: '서비스별 상태 띠: 한 줄이 서비스 하나, 왼쪽에서 오른쪽으로 시간',
  },
  en: {
    title: 'Replay the 127 hours: what stopped and came back, when',
    dek: 'Move through time and the map and the timeline show that moment. All times are Korea Standard Time (KST).',
    views: 'View', map: 'Dependency map', timeline: 'Timeline', play: 'Play', pause: 'Pause', prev: 'Previous change', next: 'Next change',
    time: 'Time', speed: 'Speed', perSecond: (h: number) => `${h} h per second`, jump: 'Key moments', states: 'State',
    hint: 'Drag the slider, or focus it and press ← → to step through changes, Home and End for the ends.',
    rule: 'States are computed from the event log. While sources disagree on a time, or only the day is known, a part is "unknown"; parts without records of their own follow what they depend on.',
    table: 'As text: the moments something changed', cols: ['Time (KST)', 'What changed'], sources: 'Sources', data: 'Get the data', mapLabel: 'Dependency map', stripLabel: 'Status strip: one row per service, time from left to right',
  },
};

export const SPEEDS = [2, 6, 12] as const;

const dataByLang = /* @__PURE__ */ perIncident(() => ({}) as Partial<Record<Lang, ReplayData>>);

export function replayData(d: IncidentData, lang: Lang): ReplayData {
  const cached = dataByLang(d);
  if (cached[lang]) return cached[lang];
  const model = incidentReplay(d);
  const tl = timelineData(d);
  const rows = stripRows(d);
  const services = new Set(d.services.map((s) => s.id));
  const groups = tl.groups
    .filter((g) => tl.compared.includes(g.id))
    .map((g) => ({ name: lang === 'ko' ? `${g.name.ko} 서비스` : `${g.name.en} services`, ids: g.rows.filter((id) => services.has(id)) }));
  const keys = tl.milestones.filter((m) => KEY_MILESTONES.includes(m.kind) && m.kind !== 'power-level').map((m): [number, string] => [Date.parse(m.at), m.label[lang]]);
  return (cached[lang] = { model, names: replayNames(d, lang), groups, strip: stripGeometry(model, rows), keys });
}


/** Clamps a time into the replay's domain; without one, the moment the most parts were down. */
export function replayTime(d: IncidentData, t?: string | number): number {
  const model = incidentReplay(d);
  const [lo, hi] = model.domain;
  const v = typeof t === 'number' ? t : (parseTimeParam(t) ?? peakMoment(model));
  return Math.min(hi, Math.max(lo, v));
}

interface Drawing {
  d: IncidentData;
  data: ReplayData;
  lang: Lang;
  t: number;
  focus?: string;
  id: string;
}

/** The width of a step's map file: the phone's, so it never scales below its drawn size. */
export const STEP_MAP_WIDTH = 288;

/**
 * The map at the drawing's moment, as the dependency map draws it (grouped; the focus's group
 * opened, its chain shown): every artboard, or one chain at the phone's width for a step's file.
 */
function mapDrawing({ d, lang, t, focus, data }: Drawing, width: number, step = false): HTMLElement {
  const model = mapModel(d, lang);
  const group = focus ? model.grouping.groupOf[focus] : undefined;
  return drawMap(model, mapStateOf(stateAt(data.model, t)), {
    document: serverDocument(),
    lang,
    width,
    title: `${WORDS[lang].mapLabel}, ${shortKst(t, lang)}`,
    open: new Set(group ? [group] : []),
    focus: focus ?? null,
    chain: chainOf(model, focus),
    ...(step ? { only: chainOf(model, focus) ?? undefined } : {}),
  });
}

function stripSvg({ d, data, lang, t, focus }: Drawing, width = STRIP.width): string {
  const tl = timelineData(d);
  const rows: StripRow[] = stripRows(d);
  const svg = replayStrip(data.model, rows, stripAt(data.strip, width), {
    document: serverDocument(),
    lang,
    t,
    focus: focus && data.strip.rowY[focus] !== undefined ? focus : undefined,
    names: data.names,
    groupNames: Object.fromEntries(tl.groups.map((g) => [g.id, g.name[lang]])),
    rules: data.keys,
    label: `${WORDS[lang].stripLabel}, ${shortKst(t, lang)}`,
  });
  return svg.outerHTML;
}

export function legendHtml(lang: Lang): string {
  const dot = (s: State) => {
    const cls = { down: 'is-failed', degraded: 'is-degraded', 'partially-restored': 'is-partial', unknown: 'is-unknown', up: 'is-up' }[s];
    const mark = s === 'down' ? '<path class="dm-x" d="M4,4L10,10M10,4L4,10"/>' : s === 'partially-restored' ? `<path class="dm-half" transform="translate(7,7)" d="${PARTIAL_MARK}"/>` : '';
    return `<li><svg width="14" height="14" aria-hidden="true"><g class="dm-node ${cls}"><circle class="dm-dot" cx="7" cy="7" r="5"/>${mark}</g></svg><span class="rp-swatch rp-s-${s}" aria-hidden="true"></span>${esc(STATE_LABEL[s][lang])}</li>`;
  };
  return `<ul class="chart-legend rp-legend" aria-label="${esc(WORDS[lang].states)}">${['down', 'degraded', 'partially-restored', 'unknown', 'up'].map((s) => dot(s as State)).join('')}</ul>`;
}

/** Caption and counts at `t`, as HTML. */
function captionHtml(data: ReplayData, t: number, lang: Lang): string {
  const c = replayCaption(data.model, t, data.names, lang);
  return `<p class="rp-caption"><time datetime="${esc(kstMinute(t))}">${esc(c.time)}</time> — <span class="rp-what">${esc(c.text)}</span></p>`;
}

function countsHtml(data: ReplayData, t: number, lang: Lang): string {
  return esc(countsText(stateAt(data.model, t), data.groups, lang));
}

export interface ReplayRenderOptions {
  id: string;
  lang?: Lang;
  t?: string;
  view?: ReplayView;
  focus?: string;
  title?: string;
  dek?: string;
  level?: 1 | 2 | 3;
  /** False in a scrollytelling section: the steps' figures carry the words, and the table never shows there. */
  table?: boolean;
}

export function renderReplay(d: IncidentData, options: ReplayRenderOptions): RenderedChart {
  const { id, lang = 'ko', view = 'map', level = 2 } = options;
  const words = WORDS[lang];
  const data = replayData(d, lang);
  const t = replayTime(d, options.t);
  const drawing: Drawing = { d, data, lang, t, focus: options.focus, id };
  const [lo, hi] = data.model.domain;
  const tableRows = () =>
    data.model.moments
      .map((m) => {
        const c = replayCaption(data.model, m.at, data.names, lang);
        return `<tr><td><time datetime="${esc(kstMinute(m.at))}">${esc(c.time)}</time></td><td>${esc(c.text)}</td></tr>`;
      })
      .join('\n');
  const keys = data.keys.map(([at, label]) => `<button type="button" data-t="${esc(kstMinute(at))}">${esc(label)} <span>${esc(shortKst(at, lang))}</span></button>`).join('');
  const viewButton = (v: ReplayView) => `<button type="button" data-view="${v}" aria-pressed="${v === view}">${esc(words[v])}</button>`;
  const mapBoards: Record<number, HTMLElement> = {};
  const maps = artboards((w) => (mapBoards[w] = mapDrawing(drawing, w)).outerHTML, 960);
  const map = mapBoards[960]!.querySelector('svg')!.outerHTML;
  const strip = stripSvg(drawing);
  const title = options.title ?? words.title;
  const html = chartShell({
    id,
    level,
    classes: `rp-figure rp-view-${view}`,
    titleHtml: esc(options.title ?? words.title),
    dek: options.dek ?? words.dek,
    body: `<noscript><style>.rp-controls{display:none}</style></noscript>
<div class="rp-controls rp-views" role="group" aria-label="${esc(words.views)}">${viewButton('map')}${viewButton('timeline')}</div>
<div class="rp-now" aria-live="polite">${captionHtml(data, t, lang)}<p class="rp-counts">${countsHtml(data, t, lang)}</p></div>
${legendHtml(lang)}
<div class="rp-panels">
<div class="rp-panel rp-map" data-view="map">${maps}</div>
<div class="rp-panel rp-strip" data-view="timeline">${artboards((w) => stripSvg(drawing, w), STRIP.width, undefined, [288, 440])}</div>
</div>
<form class="rp-controls rp-scrubber" aria-label="${esc(words.time)}">
<div class="rp-row1"><button type="button" class="rp-play" aria-pressed="false">${esc(words.play)}</button><button type="button" data-step="-1" aria-label="${esc(words.prev)}">◀</button><input type="range" name="t" min="${lo / 60000}" max="${hi / 60000}" step="1" value="${t / 60000}" aria-label="${esc(words.time)}" aria-valuetext="${esc(shortKst(t, lang))} KST"><button type="button" data-step="1" aria-label="${esc(words.next)}">▶</button><label class="rp-speed">${esc(words.speed)} <select name="speed">${SPEEDS.map((h) => `<option value="${h}"${h === 6 ? ' selected' : ''}>${esc(words.perSecond(h))}</option>`).join('')}</select></label></div>
<div class="rp-keys" role="group" aria-label="${esc(words.jump)}">${keys}</div>
<p class="rp-hint">${esc(words.hint)}</p>
</form>
<p class="chart-notes">${esc(words.rule)}</p>`,
    source: sourceLine(lang, d.id, ['events.csv', 'events.json']),
    table: `${options.table === false ? '' : `<details class="chart-table"><summary>${esc(words.table)}</summary><div class="table-wrap" tabindex="0" role="region" aria-label="${esc(words.table)}"><table><caption>${esc(words.table)}</caption><thead><tr>${words.cols.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead><tbody>
${tableRows()}
</tbody></table></div></details>`}`,
    element: { name: 'incident-replay', attributes: ` data-lang="${lang}" data-view="${view}" data-t="${esc(kstMinute(t))}"${options.focus ? ` data-focus="${esc(options.focus)}"` : ''} data-map-src="${esc(chartDataUrl(d.incident.id, lang === 'ko' ? 'dependencies-ko' : 'dependencies-en'))}"`, dataClass: 'rp-data', data },
  });
  return { html, title, description: options.dek ?? words.dek, drawings: () => [map, strip], pictureTitle: () => replayPictureTitle(d, lang, title) };
}

/** One step's drawing: the map (cropped to the focus) or the strip at the step's moment. */
export function stepDrawing(d: IncidentData, step: { t: string; view: ReplayView; focus?: string }, id: string, lang: Lang = 'ko'): string {
  const data = replayData(d, lang);
  const drawing: Drawing = { d, data, lang, t: replayTime(d, step.t), focus: step.focus, id };
  return step.view === 'map' ? mapDrawing(drawing, STEP_MAP_WIDTH, true).querySelector('svg')!.outerHTML : stripSvg(drawing);
}

/**
 * One step's static figure: its drawing as an SVG file (`src`, made by the story's step route), with
 * the caption and the counts as its figcaption. What readers without JavaScript, or who prefer
 * reduced motion, see beside the step's text. A file rather than inline SVG: the page stays light to
 * parse, and with the sticky graphic on, the browser never fetches the hidden figures.
 */
export function stepFigure(d: IncidentData, step: { t: string; view: ReplayView; focus?: string }, src: string, lang: Lang = 'ko'): string {
  const data = replayData(d, lang);
  const t = replayTime(d, step.t);
  // The drawing's own size (the map's focus box, or the strip), so the page reserves its room.
  const mapSize = () => {
    const svg = mapDrawing({ d, data, lang, t, focus: step.focus, id: '' }, STEP_MAP_WIDTH, true).querySelector('svg')!;
    return [Number(svg.getAttribute('width')), Number(svg.getAttribute('height'))];
  };
  const [width, height] = step.view === 'map' ? mapSize() : [STRIP.width, data.strip.height];
  // The figcaption says in words what the drawing shows; the image's own text only names it.
  const alt = `${step.view === 'map' ? WORDS[lang].mapLabel : WORDS[lang].timeline}, ${shortKst(t, lang)}`;
  return `<figure class="step-figure rp-static rp-view-${step.view}"><img src="${esc(src)}" width="${width}" height="${height}" alt="${esc(alt)}" loading="lazy" decoding="async"><figcaption>${captionHtml(data, t, lang)}<p class="rp-counts">${countsHtml(data, t, lang)}</p></figcaption></figure>`;
}

/** The title of the replay's picture, with the moment it shows (the default one: the widest outage). */
export function replayPictureTitle(d: IncidentData, lang: Lang, title: string): string {
  const { model, names } = replayData(d, lang);
  const c = replayCaption(model, replayTime(d), names, lang);
  return `${title} — ${c.time} KST`;
}
