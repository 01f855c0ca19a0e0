/**
 * Architecture side by side: where each organization kept its systems, then the layer-by-layer
 * redundancy table; for pictures, the same table as a drawing.
 */
import { chartShell, sourceLine } from '../chartShell.ts';
import type { RenderedChart } from '../rendered.ts';
import { STATUS_WORD } from '../../lib/compare.ts';
import { colorSlots } from '../../lib/organizations.ts';
import type { IncidentData } from '../../lib/loadIncident.ts';
import type { RedundancyStatus } from '../../schemas/redundancy.ts';
import { artboards, esc, sourceLinks } from '../html.ts';
import { serverDocument } from '../serverDocument.ts';
import { compareContext, type CompareRenderOptions, fromContent, MODEL_LABEL, orgNames, STATUS_MARK } from '../compare/context.ts';
import { partingChart, partingOf } from './draw.ts';

/** Architecture side by side: where each organization's systems lived, then the layer-by-layer table. */
export function renderRedundancy(data: IncidentData, options: CompareRenderOptions): RenderedChart {
  const { id, lang = 'ko', level = 2 } = options;
  const { c, book } = compareContext(data);
  const r = c.redundancy;
  const names = orgNames(data, lang);
  const colors = colorSlots(data);
  const H2 = `h${Math.min(level + 1, 4)}`;
  // The title states what the drawing shows, when the data says where each main center was.
  const parting = partingOf(r);
  // The schema asks for at least two organizations.
  const a = r.organizations[0]!.organization;
  const b = r.organizations[1]!.organization;
  const split = parting.mainIsSite[a] === true && parting.mainIsSite[b] === false;
  const title =
    options.title ??
    (split
      ? lang === 'ko'
        ? `주 센터가 불난 건물이었던 ${names[a]}, 다른 곳이었던 ${names[b]}`
        : `${names[a]}'s main center was the burning building; ${names[b]}'s was not`
      : lang === 'ko'
        ? '같은 건물, 다른 배치: 층별로 본 이중화'
        : 'Same building, different layouts: redundancy layer by layer');
  const dek =
    options.dek ??
    (lang === 'ko'
      ? `층마다 다른 데이터센터가 일을 이어받을 수 있었는지를 정부 조사와 회사 발표로 정리해, ${names[a] ?? a}의 사정이 나쁜 층부터 놓았습니다. 출처가 말하지 않는 층은 ‘알 수 없음’입니다.`
      : `For each layer, whether another data center could carry on, from the government inquiry and the companies’ own accounts; ${names[a] ?? a}'s worst layers first. Where no source speaks to a layer it is marked unknown.`);
  const document = serverDocument();
  const drawings: string[] = [];
  const drawing = artboards((w) => partingChart(data, { document, width: w, lang, title }).outerHTML, 720, drawings);
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
    body: `${drawing}
<div class="cmp-orgs">${cards}</div>
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
  return { html, title, description: dek, drawings: () => drawings };
}


