/** The what-if: the dependency model run as it was and with a second data center. */
import { chartShell } from '../chartShell.ts';
import type { RenderedChart } from '../rendered.ts';
import { formatFigure } from '../../lib/figures.ts';
import type { IncidentData } from '../../lib/loadIncident.ts';
import { chartTable, esc, sourceLinks, artboards } from '../html.ts';
import { serverDocument } from '../serverDocument.ts';
import { stackPanel, type StackDatum } from '../compare/plots.ts';
import { compareContext, type CompareRenderOptions, orgNames } from '../compare/context.ts';

/** The what-if: the dependency model run twice, as it was and with a second data center for the first organization. */
export function renderWhatIf(data: IncidentData, options: CompareRenderOptions): RenderedChart {
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
  const partLabel = (d: StackDatum) => `${part[d.part as keyof typeof part]} ${n(d.count)}${lang === 'ko' ? '개' : ''}`;
  const chart = (wd: number) => stackPanel(stack, { document, width: wd, ariaLabel: title, total: w.total, tickFormat: n, partLabel }).outerHTML;
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
  const drawings: string[] = [];
  const html = chartShell({
    id,
    level,
    classes: 'cmp-figure cmp-whatif',
    figureId: true,
    tips: true,
    titleHtml: titleHtml,
    dek: dek,
    body: `${artboards(chart, width, drawings)}
<div class="cmp-tip" role="status" hidden></div>
<p class="chart-notes">${esc(lang === 'ko' ? '모델에 든 서비스' : 'Services in the model')}: ${book.html('whatif.total', lang)} · ${esc(lang === 'ko' ? '가정이 살렸을 서비스' : 'kept up by the what-if')}: ${book.html('whatif.saved', lang)}${still.length ? ` · ${esc(lang === 'ko' ? '가정에서도 멈추는 서비스' : 'still down in the what-if')}: <span data-from="content">${esc(still.join(', '))}</span>` : ''}</p>
<h${Math.min(level + 1, 4)} class="cmp-assumptions-title">${esc(lang === 'ko' ? '모델의 가정' : 'What the model assumes')}</h${Math.min(level + 1, 4)}>
<ul class="cmp-assumptions">${assumptions.map((a) => `<li>${esc(a)}</li>`).join('')}</ul>`,
    source: `<p class="chart-source">${esc(lang === 'ko' ? '출처' : 'Sources')}: ${sourceLinks(book.get('whatif.total').sources, lang)} · <a href="/dependencies/">${esc(lang === 'ko' ? '의존 관계 지도에서 직접 해 보기' : 'Try it on the dependency map')}</a> · <a href="/data/${esc(data.id)}/dependencies.csv">dependencies.csv</a></p>`,
    table: chartTable(lang === 'ko' ? '표로 보기' : 'Show as a table', titleHtml, [lang === 'ko' ? '경우' : 'Scenario', part.down, part.degraded, lang === 'ko' ? '모델 속 서비스' : 'Services in the model'], rows),
  });
  return { html, title, description: dek, drawings: () => drawings };
}
