/**
 * Architecture side by side: where each organization kept its systems, then the layer-by-layer
 * redundancy table; for pictures, the same table as a drawing.
 */
import { chartShell, sourceLine } from '../chartShell.ts';
import type { RenderedChart } from '../rendered.ts';
import { STATUS_WORD } from '../../lib/compare.ts';
import type { Lang } from '../../lib/kst.ts';
import { colorSlots } from '../../lib/organizations.ts';
import type { IncidentData } from '../../lib/loadIncident.ts';
import type { RedundancyStatus } from '../../schemas/redundancy.ts';
import { esc, sourceLinks } from '../html.ts';
import { serverDocument } from '../serverDocument.ts';
import { fitText, svgEl } from '../svg.ts';
import { compareContext, type CompareRenderOptions, fromContent, MODEL_LABEL, orgNames, STATUS_MARK } from '../compare/context.ts';

/** Architecture side by side: where each organization's systems lived, then the layer-by-layer table. */
export function renderRedundancy(data: IncidentData, options: CompareRenderOptions): RenderedChart {
  const { id, lang = 'ko', level = 2 } = options;
  const { c, book } = compareContext(data);
  const r = c.redundancy;
  const names = orgNames(data, lang);
  const colors = colorSlots(data);
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
      return `<section class="cmp-org${colors[g] ? ` cmp-${esc(colors[g])}` : ''}" aria-labelledby="${esc(id)}-${esc(g)}">
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
  const html = chartShell({
    id,
    level,
    classes: 'cmp-figure',
    figureId: true,
    titleHtml: esc(title),
    dek: dek,
    body: `<div class="cmp-orgs">${cards}</div>
<ul class="chart-legend cmp-legend">${legend}</ul>
<div class="table-wrap"><table class="cmp-matrix"><caption>${esc(lang === 'ko' ? '층별 이중화: 다른 데이터센터가 이어받을 수 있었나' : 'Redundancy by layer: could another data center carry on?')} (${book.html('layers', lang)})</caption>
<thead>${head}</thead>
<tbody>
${body}
</tbody>
<tfoot><tr><th scope="row">${esc(lang === 'ko' ? '합계' : 'Totals')}</th>${totals}</tr></tfoot>
</table></div>
${gaps.length ? `<ul class="chart-notes cmp-gaps">${gaps.map((g) => `<li>${fromContent(g.text[lang])} ${sourceLinks(g.sources, lang)}</li>`).join('')}</ul>` : ''}`,
    source: sourceLine(lang, data.id, ['comparison.json', 'comparison.csv']),
  });
  // The picture shows the matrix as a drawing: the HTML table cannot go into an SVG file.
  return { html, title, description: dek, drawings: () => [redundancyMatrix(data, { lang, width: 720, title }).outerHTML] };
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
