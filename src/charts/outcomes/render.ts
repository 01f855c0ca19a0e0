/** Outcome panels: how long things were down, how many services, how many service-hours. */
import { chartShell, sourceLine } from '../chartShell.ts';
import type { RenderedChart } from '../rendered.ts';
import { formatFigure, type ComputedFigure } from '../../lib/figures.ts';
import type { Lang } from '../../lib/kst.ts';
import { colorSlots } from '../../lib/organizations.ts';
import type { IncidentData } from '../../lib/loadIncident.ts';
import { chartTable, esc, sourceLinks, artboards } from '../html.ts';
import { serverDocument } from '../serverDocument.ts';
import { dotPanel, type DotDatum } from '../compare/plots.ts';
import { compareContext, type CompareRenderOptions, fromContent, orgNames } from '../compare/context.ts';

const hoursTick = (lang: Lang) => (v: number) => (lang === 'ko' ? `${v}시간` : `${v} h`);

/** Outcome panels: how long things were down (one hours scale), how many services, how many service-hours. */
export function renderOutcomes(data: IncidentData, options: CompareRenderOptions): RenderedChart {
  const { id, lang = 'ko', level = 2, width = 720 } = options;
  const { c, book } = compareContext(data);
  const names = orgNames(data, lang);
  const groups = c.outcomes.map((o) => o.group);
  const colors = colorSlots(data);
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
  /** The dots of one row. The larger of two exact values says how many times the other it is: the gap, written on the chart. */
  const rowDots = (key: string, row: string, scale: number, first: boolean): DotDatum[] => {
    const figs = groups.filter((g) => book.has(`${g}.${key}`)).map((g) => ({ g, f: book.get(`${g}.${key}`) }));
    const [lo, hi] = [...figs].sort((x, y) => x.f.value - y.f.value);
    const ratio = figs.length === 2 && lo && hi && lo.f.value > 0 && !lo.f.upperBound && !hi.f.upperBound ? hi.f.value / lo.f.value : null;
    const times = (r: number) => (r < 10 ? Math.round(r * 10) / 10 : Math.round(r)).toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-GB');
    return figs.map(({ g, f }) => {
      const o = c.outcomes.find((x) => x.group === g)!;
      let label = key === 'core' && o.core?.neverDown ? (lang === 'ko' ? '멈추지 않음' : 'never down') : bounded(f);
      const tipLabel = label;
      if (ratio && ratio >= 1.5 && g === hi!.g) label += lang === 'ko' ? ` (${names[lo!.g]}의 ${times(ratio)}배)` : ` (${times(ratio)}× ${names[lo!.g]})`;
      // The first row of a panel names each dot: no legend to look up.
      if (first) label = `${names[g]} ${label}`;
      return { row, group: g, x: f.value / scale, label, tip: `${names[g]} · ${row}: ${tipLabel} (${lang === 'ko' ? '출처' : 'sources'} ${f.sources.join(', ')})` };
    });
  };
  const dots = (keys: ('core' | 'median-main' | 'longest')[]): DotDatum[] => keys.flatMap((k, i) => rowDots(k, metric(k), 60, i === 0));
  const counts = (key: 'affected' | 'service-minutes', row: string, scale = 1): DotDatum[] => rowDots(key, row, scale, true);
  const document = serverDocument();
  const panels = (w: number) => {
    const n = (v: number) => v.toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-GB');
    const hours = dotPanel(dots(['core', 'median-main', 'longest']), { document, width: w, groups, colors, ariaLabel: lang === 'ko' ? '걸린 시간(시간 단위)' : 'Time taken (hours)', tickFormat: hoursTick(lang) });
    const affected = dotPanel(counts('affected', lang === 'ko' ? '장애를 겪은 서비스' : 'Services affected'), { document, width: w, groups, colors, ariaLabel: lang === 'ko' ? '장애를 겪은 서비스 수' : 'Services affected', tickFormat: (v) => n(v) });
    const lost = dotPanel(counts('service-minutes', lang === 'ko' ? '잃은 서비스·시간' : 'Service-hours lost', 60), { document, width: w, groups, colors, ariaLabel: lang === 'ko' ? '잃은 서비스·시간' : 'Service-hours lost', tickFormat: (v) => n(v) });
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
  const drawings: string[] = [];
  const html = chartShell({
    id,
    level,
    classes: 'cmp-figure cmp-outcomes',
    figureId: true,
    tips: true,
    titleHtml: titleHtml,
    dek: dek,
    body: `${artboards(panels, width, drawings)}
<div class="cmp-tip" role="status" hidden></div>
<ul class="chart-notes cmp-caveats">${notes}</ul>`,
    source: sourceLine(lang, data.id, ['comparison.json', 'comparison.csv']),
    table: chartTable(lang === 'ko' ? '표로 보기' : 'Show as a table', esc(lang === 'ko' ? '두 회사의 피해 지표' : 'Outcome measures for both companies'), [lang === 'ko' ? '지표' : 'Measure', ...groups.map((g) => names[g] ?? g)], rows),
  });
  return { html, title, description: dek, drawings: () => drawings };
}
