/**
 * The recovery-curve figure as HTML: a finding computed from the curves, the prerendered Plot SVG,
 * the caveat on services with no restoration on record, sources, data and a table of every step.
 */
import { chartShell, sourceLine } from '../chartShell.ts';
import type { RenderedChart } from '../rendered.ts';
import { formatDuration, formatKst, type Lang } from '../../lib/kst.ts';
import { recoveryCurves } from '../../lib/recovery.ts';
import type { TimelineData } from '../../lib/timeline.ts';
import { zoomDomain } from '../../lib/timeline.ts';
import { figureHtml, formatFigure, type ComputedFigure } from '../../lib/figures.ts';
import { chartTable, esc, artboards } from '../html.ts';
import { serverDocument } from '../serverDocument.ts';
import { recoveryChart } from './draw.ts';

export interface RecoveryRenderOptions {
  id: string;
  lang?: Lang;
  width?: number;
  groups?: string[];
  title?: string;
  dek?: string;
  level?: 1 | 2 | 3;
}

export function renderRecovery(data: TimelineData, options: RecoveryRenderOptions): RenderedChart {
  const { id, lang = 'ko', width = 720, level = 2 } = options;
  const curves = recoveryCurves(data, options.groups);
  const names = Object.fromEntries(data.groups.map((g) => [g.id, g.name[lang]]));
  const half = curves.filter((c) => c.halfMinutes !== null);
  // Numbers reach the HTML as figures with the sources of the restorations they count.
  const rowSources = (rows: string[]) => [...new Set(rows.flatMap((r) => data.rows[r]!.spans.flatMap((i) => data.spans[i]!.sources)))].sort();
  const restoredBy = (c: (typeof curves)[number], share: number) => c.steps.slice(0, c.steps.findIndex((s) => s.share >= share) + 1).flatMap((s) => s.rows);
  const halfFig = (c: (typeof curves)[number]): ComputedFigure => ({ id: `recovery.${c.group}.half`, label: { ko: '', en: '' }, value: c.halfMinutes!, unit: 'minutes', sources: rowSources(restoredBy(c, 0.5)) });
  const titleOf = (v: (f: ComputedFigure) => string, n: (g: string) => string) =>
    lang === 'ko'
      ? `서비스 절반이 돌아오기까지: ${half.map((c) => `${n(c.group)} ${v(halfFig(c))}`).join(', ')}`
      : `Time until half the services were back: ${half.map((c) => `${n(c.group)} ${v(halfFig(c))}`).join(', ')}`;
  const title = options.title ?? titleOf((f) => formatFigure(f, lang), (g) => names[g]!);
  const titleHtml = options.title ? esc(options.title) : titleOf((f) => figureHtml(f, lang), (g) => esc(names[g]!));
  const dek =
    options.dek ??
    (lang === 'ko'
      ? '조직별로, 장애를 겪고 완전 복구 시각이 기록된 서비스 가운데 복구를 마친 비율입니다.'
      : 'For each organization, the share of services with an outage and a recorded full restoration that were restored by each moment.');
  const document = serverDocument();
  const chart = (w: number) => recoveryChart(curves, { document, width: w, lang, domain: zoomDomain(data, 'all'), names, colors: data.colors, title }).outerHTML;

  const unknownFig = (c: (typeof curves)[number]): ComputedFigure => ({ id: `recovery.${c.group}.unknown`, label: { ko: '', en: '' }, value: c.unknown.length, unit: 'services', sources: rowSources(c.unknown) });
  const totalFig = (c: (typeof curves)[number]): ComputedFigure => ({ id: `recovery.${c.group}.total`, label: { ko: '', en: '' }, value: c.total, unit: 'services', sources: rowSources(c.steps.flatMap((s) => s.rows)) });
  const caveats = curves
    .filter((c) => c.unknown.length)
    .map((c) =>
      lang === 'ko'
        ? `${esc(names[c.group]!)} 서비스 ${figureHtml(unknownFig(c), lang)}는 복구 시각 기록이 없어 곡선에서 뺐습니다(곡선의 기준: ${figureHtml(totalFig(c), lang)}).`
        : `${figureHtml(unknownFig(c), lang)} of ${esc(names[c.group]!)} have no restoration on record and are left out (the curve covers ${figureHtml(totalFig(c), lang)}).`,
    );
  const rows = curves
    .flatMap((c) =>
      c.steps.map(
        (s, k) =>
          `<tr><th scope="row">${esc(names[c.group])}</th><td><time datetime="${esc(s.at)}">${esc(formatKst(s.at, lang))}</time></td><td>${figureHtml({ id: `recovery.${c.group}.step-${k + 1}`, label: { ko: '', en: '' }, value: Math.round(s.share * 100), unit: 'count', sources: rowSources(s.rows) }, lang, `${Math.round(s.share * 100)}% (${s.restored}/${c.total})`)}</td><td data-from="content">${esc(s.rows.map((r) => data.rows[r]!.name[lang]).join(', '))}</td></tr>`,
      ),
    )
    .join('\n');
  const cols = lang === 'ko' ? ['조직', '시각(KST)', '복구 비율', '이때 복구된 서비스'] : ['Organization', 'Time (KST)', 'Share restored', 'Restored at this time'];
  const drawings: string[] = [];
  const html = chartShell({
    id,
    level,
    classes: 'rc-figure',
    figureId: true,
    tips: true,
    titleHtml: titleHtml,
    dek: dek,
    // No legend: each curve is named at its end, next to the line.
    body: `${artboards(chart, width, drawings)}
<div class="cmp-tip" role="status" hidden></div>
${caveats.map((c) => `<p class="chart-notes">${c}</p>`).join('\n')}
<p class="chart-notes">${esc(lang === 'ko' ? '모든 시각은 한국시간(KST)입니다. “늦어도 이 시각까지”로만 알려진 복구는 그 상한 시각에 놓았습니다.' : 'All times are KST. Restorations known only by an upper bound are placed at that bound.')}</p>`,
    source: sourceLine(lang, data.incident, ['outages.csv', 'events.json']),
    table: chartTable(lang === 'ko' ? '표로 보기' : 'Show as a table', titleHtml, cols, [rows]),
  });
  return { html, title, description: dek, drawings: () => drawings };
}
