/**
 * The comparison figures as HTML: the redundancy table (architecture side by side), the outcome
 * panels and the what-if. Every number goes through the figure book (`figureHtml`), every text
 * from the content files is marked `data-from="content"`, every claim links its sources.
 */
import type { RenderedChart } from '../rendered.ts';
import { comparisonOf, STATUS_WORD, type Comparison } from '../../lib/compare.ts';
import type { FigureBook } from '../../lib/figures.ts';
import { formatFigure, type ComputedFigure } from '../../lib/figures.ts';
import type { Lang } from '../../lib/kst.ts';
import type { IncidentData } from '../../lib/loadIncident.ts';
import type { RedundancyStatus } from '../../schemas/redundancy.ts';
import { chartTable, esc, sourceLinks, wideAndNarrow } from '../html.ts';
import { serverDocument } from '../serverDocument.ts';
import { fitText, svgEl } from '../svg.ts';
import { dotPanel, stackPanel, type DotDatum, type StackDatum } from './plots.ts';

export interface CompareFigureOptions {
  id: string;
  lang?: Lang;
  level?: 1 | 2 | 3;
  title?: string;
  dek?: string;
  width?: number;
}

interface Ctx {
  data: IncidentData;
  c: Comparison;
  book: FigureBook;
}

/** The comparison and its figures. Throws when the incident has no redundancy table. */
export function compareContext(data: IncidentData): Ctx {
  const hit = comparisonOf(data);
  if (!hit) throw new Error(`The incident "${data.id}" has no redundancy.yaml, which the comparison charts need.`);
  return { data, ...hit };
}

const fromContent = (text: string, tag = 'span', cls = '') => `<${tag}${cls ? ` class="${cls}"` : ''} data-from="content">${esc(text)}</${tag}>`;

const STATUS_MARK: Record<RedundancyStatus, string> = { redundant: '●', partial: '◐', 'not-redundant': '○', unknown: '?' };

const MODEL_LABEL: Record<string, { ko: string; en: string }> = {
  'active-standby': { ko: '가동–대기(active–standby)', en: 'Active–standby' },
  'active-active': { ko: '양쪽 가동(active–active)', en: 'Active–active' },
  'multi-site': { ko: '자체 주 센터와 다른 센터에 나눠 둠', en: 'Own main center plus other centers' },
  'single-site': { ko: '한 센터', en: 'One center' },
  unknown: { ko: '알 수 없음', en: 'Unknown' },
};

function orgNames(data: IncidentData, lang: Lang): Record<string, string> {
  return Object.fromEntries(data.organizations.map((o) => [o.id, o.name[lang]]));
}

function sourceLine(data: IncidentData, lang: Lang): string {
  return `<p class="chart-source">${esc(lang === 'ko' ? '출처' : 'Sources')}: <a href="/sources/">${esc(lang === 'ko' ? '출처 목록' : 'source list')}</a> · ${esc(lang === 'ko' ? '데이터 받기' : 'Get the data')}: <a href="/data/${esc(data.id)}/comparison.json">comparison.json</a> · <a href="/data/${esc(data.id)}/comparison.csv">comparison.csv</a></p>`;
}

/** Architecture side by side: where each organization's systems lived, then the layer-by-layer table. */
export function redundancyFigure(data: IncidentData, options: CompareFigureOptions): RenderedChart {
  const { id, lang = 'ko', level = 2 } = options;
  const { c, book } = compareContext(data);
  const r = c.redundancy;
  const names = orgNames(data, lang);
  const H = `h${level}`;
  const H2 = `h${Math.min(level + 1, 4)}`;
  const title = options.title ?? (lang === 'ko' ? '같은 건물, 다른 배치: 층별로 본 이중화' : 'Same building, different layouts: redundancy layer by layer');
  const dek =
    options.dek ??
    (lang === 'ko'
      ? '각 회사가 시스템을 어디에 두었는지, 그리고 층마다 다른 데이터센터가 일을 이어받을 수 있었는지를 정부 조사와 회사 발표로 정리했습니다.'
      : 'Where each company kept its systems, and for each layer whether another data center could carry on, from the government inquiry and the companies’ own accounts.');
  const cards = r.organizations
    .map((o) => {
      const g = o.organization;
      const gap = r.gaps.find((x) => x.organization === g && x.id.includes('servers'));
      const servers = o.servers
        ? `${book.html(`${g}.servers`, lang)} ${sourceLinks(book.get(`${g}.servers`).sources, lang)}`
        : `<em>${esc(lang === 'ko' ? '자료 없음' : 'not known')}</em>${gap ? `: ${fromContent(gap.text[lang])} ${sourceLinks(gap.sources, lang)}` : ''}`;
      return `<section class="cmp-org cmp-org-${esc(g)}" aria-labelledby="${esc(id)}-${esc(g)}">
<${H2} id="${esc(id)}-${esc(g)}">${esc(names[g] ?? g)}</${H2}>
<dl>
<dt>${esc(lang === 'ko' ? '주 센터' : 'Main center')}</dt><dd>${fromContent(o.mainSite[lang])}</dd>
<dt>${esc(lang === 'ko' ? '나눠 둔 방식' : 'Layout')}</dt><dd>${esc(MODEL_LABEL[o.model]![lang])}: ${fromContent(o.modelNote[lang])}</dd>
<dt>${esc(lang === 'ko' ? '다른 센터' : 'Other centers')}</dt><dd>${fromContent(o.otherSites[lang])}</dd>
<dt>${esc(lang === 'ko' ? '불난 건물의 서버' : 'Servers in the building')}</dt><dd>${servers}</dd>
</dl>
<p class="chart-notes">${sourceLinks(o.sources, lang)}</p>
</section>`;
    })
    .join('\n');
  const legend = (Object.keys(STATUS_MARK) as RedundancyStatus[])
    .map((s) => `<li><span class="cmp-mark cmp-${s}" aria-hidden="true">${STATUS_MARK[s]}</span>${esc(STATUS_WORD[s][lang])}</li>`)
    .join('');
  const head = `<tr><th scope="col">${esc(lang === 'ko' ? '층' : 'Layer')}</th>${r.organizations.map((o) => `<th scope="col">${esc(names[o.organization] ?? o.organization)}</th>`).join('')}</tr>`;
  const body = r.layers
    .map((l) => {
      const cells = r.organizations
        .map((o) => {
          const cell = o.layers.find((x) => x.layer === l.id)!;
          return `<td class="cmp-cell cmp-${cell.status}"><span class="cmp-status"><span class="cmp-mark" aria-hidden="true">${STATUS_MARK[cell.status]}</span> ${esc(STATUS_WORD[cell.status][lang])}</span> ${fromContent(cell.note[lang], 'span', 'cmp-note')} ${sourceLinks(cell.sources, lang)}</td>`;
        })
        .join('');
      return `<tr><th scope="row">${fromContent(l.label[lang])}<span class="cmp-layer-desc" data-from="content">${esc(l.description[lang])}</span></th>${cells}</tr>`;
    })
    .join('\n');
  const totals = r.organizations
    .map((o) => {
      const parts = (['not-redundant', 'partial', 'redundant', 'unknown'] as RedundancyStatus[])
        .filter((s) => book.has(`${o.organization}.layers.${s}`))
        .map((s) => `${esc(STATUS_WORD[s][lang])} ${book.html(`${o.organization}.layers.${s}`, lang)}`);
      return `<td>${parts.join(' · ')}</td>`;
    })
    .join('');
  const gaps = r.gaps.filter((g) => !g.id.includes('servers'));
  const html = `<figure class="chart cmp-figure" id="${esc(id)}" aria-labelledby="${esc(id)}-title">
<${H} class="chart-title" id="${esc(id)}-title">${esc(title)}</${H}>
<p class="chart-dek">${esc(dek)}</p>
<div class="cmp-orgs">${cards}</div>
<ul class="chart-legend cmp-legend">${legend}</ul>
<div class="table-wrap"><table class="cmp-matrix"><caption>${esc(lang === 'ko' ? '층별 이중화: 다른 데이터센터가 이어받을 수 있었나' : 'Redundancy by layer: could another data center carry on?')} (${book.html('layers', lang)})</caption>
<thead>${head}</thead>
<tbody>
${body}
</tbody>
<tfoot><tr><th scope="row">${esc(lang === 'ko' ? '합계' : 'Totals')}</th>${totals}</tr></tfoot>
</table></div>
${gaps.length ? `<ul class="chart-notes cmp-gaps">${gaps.map((g) => `<li>${fromContent(g.text[lang])} ${sourceLinks(g.sources, lang)}</li>`).join('')}</ul>` : ''}
${sourceLine(data, lang)}
</figure>`;
  // The picture shows the matrix as a drawing: the HTML table cannot go into an SVG file.
  return { html, title, description: dek, drawings: () => [redundancyMatrix(data, { lang, width: 720, title }).outerHTML] };
}

const hoursTick = (lang: Lang) => (v: number) => (lang === 'ko' ? `${v}시간` : `${v} h`);

/** Outcome panels: how long things were down (one hours scale), how many services, how many service-hours. */
export function outcomesFigure(data: IncidentData, options: CompareFigureOptions): RenderedChart {
  const { id, lang = 'ko', level = 2, width = 720 } = options;
  const { c, book } = compareContext(data);
  const names = orgNames(data, lang);
  const groups = c.outcomes.map((o) => o.group);
  const orgOf = (g: string) => c.redundancy.organizations.find((o) => o.organization === g)!;
  const [a, b] = c.outcomes;
  // The title states the finding; `html` wraps its numbers as figures, the plain text labels the drawing.
  const coreText = (g: string, html: boolean) => {
    const o = c.outcomes.find((x) => x.group === g)!;
    if (!o.core) return '';
    const core = html ? esc(orgOf(g).core.label[lang]) : orgOf(g).core.label[lang];
    if (o.core.neverDown) return lang === 'ko' ? `${core}는 완전히 멈추지 않았다` : `${core} never fully stopped`;
    const v = html ? book.html(`${g}.core`, lang) : formatFigure(book.get(`${g}.core`), lang);
    return lang === 'ko' ? `${core}는 ${v} 멈췄고` : `${core} was down for ${v}`;
  };
  const sentence = (html: boolean) =>
    a && b && a.core && b.core ? (lang === 'ko' ? `${coreText(a.group, html)}, ${coreText(b.group, html)}` : `${coreText(a.group, html)}; ${coreText(b.group, html)}`) : lang === 'ko' ? '두 회사가 치른 값' : 'What it cost each company';
  const title = options.title ?? sentence(false);
  const titleHtml = options.title ? esc(options.title) : sentence(true);
  const dek =
    options.dek ??
    (lang === 'ko'
      ? '모두 데이터의 장애·복구 기록에서 계산했습니다. 점 위에 마우스를 올리거나 탭하면 값과 출처가 나옵니다.'
      : 'All computed from the outage and restoration records in the data. Hover or tap a dot for its value.');

  const metric = (key: 'core' | 'median-main' | 'longest') =>
    ({
      core: lang === 'ko' ? '핵심 서비스가 다시 되기까지' : 'Until the core service worked again',
      'median-main': lang === 'ko' ? '주요 기능 복구까지(서비스별 중앙값)' : 'Until main functions worked (median per service)',
      longest: lang === 'ko' ? '가장 긴 장애(복구 시각이 확인된 것)' : 'Longest outage (with a known end)',
    })[key];
  /** The value as written next to its dot; an upper bound says so. */
  const bounded = (f: ComputedFigure) => formatFigure(f, lang) + (f.upperBound ? (lang === 'ko' ? ' 이내' : ' at most') : '');
  const dots = (keys: ('core' | 'median-main' | 'longest')[]): DotDatum[] =>
    keys.flatMap((k) =>
      groups
        .filter((g) => book.has(`${g}.${k}`))
        .map((g) => {
          const f = book.get(`${g}.${k}`);
          const o = c.outcomes.find((x) => x.group === g)!;
          const label = k === 'core' && o.core?.neverDown ? (lang === 'ko' ? '멈추지 않음' : 'never down') : bounded(f);
          return { row: metric(k), group: g, x: f.value / 60, label, tip: `${names[g]} · ${metric(k)}: ${label} (${lang === 'ko' ? '출처' : 'sources'} ${f.sources.join(', ')})` };
        }),
    );
  const counts = (key: 'affected' | 'service-minutes', row: string, scale = 1): DotDatum[] =>
    groups
      .filter((g) => book.has(`${g}.${key}`))
      .map((g) => {
        const f = book.get(`${g}.${key}`);
        const label = bounded(f);
        return { row, group: g, x: f.value / scale, label, tip: `${names[g]} · ${row}: ${label} (${lang === 'ko' ? '출처' : 'sources'} ${f.sources.join(', ')})` };
      });
  const document = serverDocument();
  const panels = (w: number) => {
    const n = (v: number) => v.toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-GB');
    const hours = dotPanel(dots(['core', 'median-main', 'longest']), { document, width: w, groups, ariaLabel: lang === 'ko' ? '걸린 시간(시간 단위)' : 'Time taken (hours)', tickFormat: hoursTick(lang) });
    const affected = dotPanel(counts('affected', lang === 'ko' ? '장애를 겪은 서비스' : 'Services affected'), { document, width: w, groups, ariaLabel: lang === 'ko' ? '장애를 겪은 서비스 수' : 'Services affected', tickFormat: (v) => n(v) });
    const lost = dotPanel(counts('service-minutes', lang === 'ko' ? '잃은 서비스·시간' : 'Service-hours lost', 60), { document, width: w, groups, ariaLabel: lang === 'ko' ? '잃은 서비스·시간' : 'Service-hours lost', tickFormat: (v) => n(v) });
    return [hours.outerHTML, affected.outerHTML, lost.outerHTML];
  };

  const notes = c.outcomes
    .flatMap((o) => {
      const g = o.group;
      const out: string[] = [];
      if (book.has(`${g}.open`))
        out.push(
          lang === 'ko'
            ? `${esc(names[g]!)}: 장애를 겪은 ${book.html(`${g}.affected`, lang)} 가운데 ${book.html(`${g}.open`, lang)}는 복구 기록이 없어, 서비스·시간과 가장 긴 장애에는 복구 기록이 있는 ${book.html(`${g}.service-minutes-n`, lang)}만 들어갔습니다.`
            : `${esc(names[g]!)}: of ${book.html(`${g}.affected`, lang)} affected, ${book.html(`${g}.open`, lang)} have no restoration on record, so service-hours and the longest outage cover only ${book.html(`${g}.service-minutes-n`, lang)}.`,
        );
      if (book.has(`${g}.median-main-upper`))
        out.push(
          lang === 'ko'
            ? `${esc(names[g]!)}: 중앙값에 든 ${book.html(`${g}.median-main-n`, lang)} 가운데 ${book.html(`${g}.median-main-upper`, lang)}는 “이 시각에는 복구돼 있었다”는 보도 시각(상한)으로만 알려져, 실제 복구는 더 일렀을 수 있습니다.`
            : `${esc(names[g]!)}: of the ${book.html(`${g}.median-main-n`, lang)} in the median, ${book.html(`${g}.median-main-upper`, lang)} are known only from a report that they were working by then (an upper bound).`,
        );
      if (book.has(`${g}.longest-left-out`) && !book.has(`${g}.open`))
        out.push(
          lang === 'ko'
            ? `${esc(names[g]!)}: 가장 긴 장애에서는 완전 복구 시각이 상한으로만 알려진 ${book.html(`${g}.longest-left-out`, lang)}를 뺐습니다.`
            : `${esc(names[g]!)}: the longest outage leaves out ${book.html(`${g}.longest-left-out`, lang)} whose full restoration is known only as an upper bound.`,
        );
      return out;
    })
    .map((t) => `<li>${t}</li>`)
    .join('');

  const rowsOf: [string, string][] = [
    ['core', metric('core')],
    ['median-main', metric('median-main')],
    ['longest', metric('longest')],
    ['affected', lang === 'ko' ? '장애를 겪은 서비스' : 'Services affected'],
    ['service-minutes', lang === 'ko' ? '잃은 서비스·시간(복구 기록이 있는 서비스만)' : 'Service-hours lost (services with a restoration on record)'],
  ];
  const rows = rowsOf.map(([k, label]) => {
    const cells = groups
      .map((g) => {
        if (!book.has(`${g}.${k}`)) return `<td>${esc(lang === 'ko' ? '자료 없음' : 'not known')}</td>`;
        const f = book.get(`${g}.${k}`);
        const o = c.outcomes.find((x) => x.group === g)!;
        const extra = k === 'core' ? ` <span class="cmp-note">${fromContent(orgOf(g).core.label[lang])}${o.core?.neverDown ? esc(lang === 'ko' ? ': 완전히 멈춘 적 없음' : ': never fully down') : ''}</span>` : f.upperBound ? ` <span class="cmp-note">${esc(lang === 'ko' ? '상한 포함' : 'includes upper bounds')}</span>` : '';
        return `<td>${book.html(f.id, lang)}${extra} ${sourceLinks(f.sources, lang)}</td>`;
      })
      .join('');
    return `<tr><th scope="row">${esc(label)}</th>${cells}</tr>`;
  });
  const legend = groups.map((g) => `<li><svg width="12" height="12" aria-hidden="true"><circle class="cmp-swatch cmp-${esc(g)}" cx="6" cy="6" r="5"/></svg>${esc(names[g] ?? g)}</li>`).join('');
  const H = `h${level}`;
  const drawings: string[] = [];
  const html = `<figure class="chart cmp-figure cmp-outcomes" id="${esc(id)}" data-tips aria-labelledby="${esc(id)}-title">
<${H} class="chart-title" id="${esc(id)}-title">${titleHtml}</${H}>
<p class="chart-dek">${esc(dek)}</p>
<ul class="chart-legend">${legend}</ul>
${wideAndNarrow(panels, width, drawings)}
<div class="cmp-tip" role="status" hidden></div>
<ul class="chart-notes cmp-caveats">${notes}</ul>
${sourceLine(data, lang)}
${chartTable(lang === 'ko' ? '표로 보기' : 'Show as a table', esc(lang === 'ko' ? '두 회사의 피해 지표' : 'Outcome measures for both companies'), [lang === 'ko' ? '지표' : 'Measure', ...groups.map((g) => names[g] ?? g)], rows)}
</figure>`;
  return { html, title, description: dek, drawings: () => drawings };
}

/** The what-if: the dependency model run twice, as it was and with a second data center for the first organization. */
export function whatIfFigure(data: IncidentData, options: CompareFigureOptions): RenderedChart {
  const { id, lang = 'ko', level = 2, width = 720 } = options;
  const { c, book } = compareContext(data);
  const w = c.whatIf;
  const names = orgNames(data, lang);
  const name = names[w.group] ?? w.group;
  const refName = names[c.redundancy.organizations[1]!.organization] ?? '';
  const serviceName = new Map(data.services.map((s) => [s.id, s.name[lang]]));
  const sentence = (v: (id: string) => string, nm: string) =>
    lang === 'ko'
      ? `모델로 본 가정: 센터 간 이중화가 있었다면 멈춘 ${nm} 서비스는 ${v('whatif.fire-down')}에서 ${v('whatif.dual-down')}로`
      : `A model’s what-if: with redundancy across centers, ${nm} services down would fall from ${v('whatif.fire-down')} to ${v('whatif.dual-down')}`;
  const title = options.title ?? sentence((f) => formatFigure(book.get(f), lang), name);
  const titleHtml = options.title ? esc(options.title) : sentence((f) => book.html(f, lang), esc(name));
  const dek =
    options.dek ??
    (lang === 'ko'
      ? `실제 기록이 아니라 의존 관계 지도의 모델입니다. 같은 불이 났을 때, ${name}가 건물 안에 둔 모든 것에 ${refName}처럼 다른 센터의 예비가 있었다고 가정해 다시 계산했습니다.`
      : `A model on the dependency map, not a record: the same fire, recomputed as if everything ${name} ran in the building had a replica in another center, as ${refName}’s systems did.`);
  const bars = {
    fire: lang === 'ko' ? '화재 당시 구성(모델)' : 'As built (model)',
    dual: lang === 'ko' ? '가정: 센터 간 이중화' : 'What-if: redundant across centers',
  };
  const part = { down: lang === 'ko' ? '멈춤' : 'down', degraded: lang === 'ko' ? '예비로 버팀' : 'on a replica', up: lang === 'ko' ? '정상' : 'up' };
  const stack: StackDatum[] = (['fire', 'dual'] as const).flatMap((k) => {
    const s = w[k];
    const values = { down: s.down, degraded: s.degraded, up: w.total - s.down - s.degraded };
    return (['down', 'degraded', 'up'] as const).map((p) => ({ bar: bars[k], part: p, count: values[p], tip: `${bars[k]} · ${part[p]}: ${values[p]}/${w.total}` }));
  });
  const document = serverDocument();
  const n = (v: number) => v.toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-GB');
  const chart = (wd: number) => stackPanel(stack, { document, width: wd, ariaLabel: title, total: w.total, tickFormat: n }).outerHTML;
  const assumptions =
    lang === 'ko'
      ? [
          '불난 데이터센터 하나가 통째로 멈춘 것으로 시작합니다. 전원, 서버실, 그 안의 플랫폼이 함께 멈춥니다.',
          `가정에서는 ${name}의 구성 요소가 그 건물에 기대던 연결을 모두 “예비가 있는 연결”로 바꿉니다. 예비 센터의 용량, 전환에 걸리는 시간, 전환 중 오류는 모델에 없습니다.`,
          '건물 밖의 것(외부 연동, 다른 회사)에 기대는 연결은 그대로 둡니다. 그래서 가정에서도 멈추는 서비스가 남습니다.',
          '연결 하나하나는 출처가 있는 의존 관계 데이터에서 왔습니다. 의존 관계 지도에서 같은 가정을 직접 켜 볼 수 있습니다.',
        ]
      : [
          'It starts from the whole data center that burned going down: power, server halls and the platforms inside stop together.',
          `The what-if turns every link from a ${name} part to that building into a link with a replica. The spare center’s capacity, the time to switch and errors while switching are not modelled.`,
          'Links to things outside the building (outside partners, other companies) stay as they are, which is why some services stay down even in the what-if.',
          'Each link comes from the sourced dependency data; the dependency map lets you switch the same what-if on yourself.',
        ];
  const still = w.stillDown.map((s) => serviceName.get(s) ?? s);
  const rows = (['fire', 'dual'] as const).map((k) => `<tr><th scope="row">${esc(bars[k])}</th><td>${book.html(`whatif.${k}-down`, lang)}</td><td>${book.html(`whatif.${k}-degraded`, lang)}</td><td>${book.html('whatif.total', lang)}</td></tr>`);
  const legend = (['down', 'degraded', 'up'] as const).map((p) => `<li><svg width="18" height="12" aria-hidden="true"><rect class="cmp-swatch cmp-${p}" width="18" height="12"/></svg>${esc(part[p])}</li>`).join('');
  const H = `h${level}`;
  const drawings: string[] = [];
  const html = `<figure class="chart cmp-figure cmp-whatif" id="${esc(id)}" data-tips aria-labelledby="${esc(id)}-title">
<${H} class="chart-title" id="${esc(id)}-title">${titleHtml}</${H}>
<p class="chart-dek">${esc(dek)}</p>
<ul class="chart-legend">${legend}</ul>
${wideAndNarrow(chart, width, drawings)}
<div class="cmp-tip" role="status" hidden></div>
<p class="chart-notes">${esc(lang === 'ko' ? '모델에 든 서비스' : 'Services in the model')}: ${book.html('whatif.total', lang)} · ${esc(lang === 'ko' ? '가정이 살렸을 서비스' : 'kept up by the what-if')}: ${book.html('whatif.saved', lang)}${still.length ? ` · ${esc(lang === 'ko' ? '가정에서도 멈추는 서비스' : 'still down in the what-if')}: <span data-from="content">${esc(still.join(', '))}</span>` : ''}</p>
<h${Math.min(level + 1, 4)} class="cmp-assumptions-title">${esc(lang === 'ko' ? '모델의 가정' : 'What the model assumes')}</h${Math.min(level + 1, 4)}>
<ul class="cmp-assumptions">${assumptions.map((a) => `<li>${esc(a)}</li>`).join('')}</ul>
<p class="chart-source">${esc(lang === 'ko' ? '출처' : 'Sources')}: ${sourceLinks(book.get('whatif.total').sources, lang)} · <a href="/dependencies/">${esc(lang === 'ko' ? '의존 관계 지도에서 직접 해 보기' : 'Try it on the dependency map')}</a> · <a href="/data/${esc(data.id)}/dependencies.csv">dependencies.csv</a></p>
${chartTable(lang === 'ko' ? '표로 보기' : 'Show as a table', titleHtml, [lang === 'ko' ? '경우' : 'Scenario', part.down, part.degraded, lang === 'ko' ? '모델 속 서비스' : 'Services in the model'], rows)}
</figure>`;
  return { html, title, description: dek, drawings: () => drawings };
}


/** The status mark drawn as a shape (the glyphs ● ◐ ○ are not in every font): full, half, empty, "?". */
function statusShape(document: Document, status: RedundancyStatus, cx: number, cy: number): SVGElement {
  const cls = `cmp-mark cmp-${status}`;
  if (status === 'unknown') return svgEl(document, 'text', { x: cx, y: cy, 'text-anchor': 'middle', 'dominant-baseline': 'central', class: cls, fill: 'currentColor', 'font-weight': 700 }, ['?']);
  const ring = svgEl(document, 'circle', { cx, cy, r: 6, fill: status === 'redundant' ? 'currentColor' : 'none', stroke: 'currentColor', 'stroke-width': 2 });
  const half = status === 'partial' ? svgEl(document, 'path', { d: `M${cx},${cy - 6}A6,6 0 0 0 ${cx},${cy + 6}Z`, fill: 'currentColor' }) : null;
  return svgEl(document, 'g', { class: cls }, [ring, half]);
}

/**
 * The layer table as a drawing, for the chart's static image (PNG/SVG for embeds without
 * JavaScript, newsletters and share cards): one row per layer, one column per organization, each
 * cell its status mark and word. The page itself shows the HTML table, with notes and sources.
 */
export function redundancyMatrix(data: IncidentData, options: { lang?: Lang; width: number; title: string }): SVGSVGElement {
  const { lang = 'ko', width } = options;
  const r = compareContext(data).c.redundancy;
  const names = orgNames(data, lang);
  const document = serverDocument();
  const rowH = 34;
  const labelW = Math.round(width * 0.4);
  const colW = (width - labelW) / r.organizations.length;
  const height = rowH * (r.layers.length + 1);
  const head = r.organizations.map((o, k) =>
    svgEl(document, 'text', { x: labelW + colW * k + 8, y: rowH / 2, 'dominant-baseline': 'central', 'font-weight': 700 }, [names[o.organization] ?? o.organization]),
  );
  const rows = r.layers.flatMap((l, i) => {
    const y = rowH * (i + 1);
    const cells = r.organizations.map((o, k) => {
      const cell = o.layers.find((x) => x.layer === l.id)!;
      const x = labelW + colW * k + 8;
      return svgEl(document, 'g', { class: `cmp-cell cmp-${cell.status}` }, [
        statusShape(document, cell.status, x + 7, y + rowH / 2),
        svgEl(document, 'text', { x: x + 22, y: y + rowH / 2, 'dominant-baseline': 'central' }, [fitText(STATUS_WORD[cell.status][lang], 14, colW - 34)]),
      ]);
    });
    return [
      svgEl(document, 'line', { x1: 0, x2: width, y1: y, y2: y, class: 'cmp-rule' }),
      svgEl(document, 'text', { x: 0, y: y + rowH / 2, 'dominant-baseline': 'central' }, [fitText(l.label[lang], 14, labelW - 8)]),
      ...cells,
    ];
  });
  return svgEl(document, 'svg', { xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': options.title, 'font-size': 14, fill: 'currentColor', class: 'cmp-matrix-image' }, [...head, ...rows]) as SVGSVGElement;
}
