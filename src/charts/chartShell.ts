/**
 * The one shell every chart's figure is written in: title, one-line description, the chart's own
 * body (controls, legend, drawings, notes), the source line with its data links, and the table,
 * optionally inside the custom element its browser code upgrades, with the data it reads. Chart
 * pages, stories and embeds all get figures from here (through each chart's render).
 */
import type { Lang } from '../lib/kst.ts';
import { esc, jsonScript } from '../lib/html.ts';

export interface ChartShell {
  id: string;
  level: 1 | 2 | 3;
  /** Classes of the <figure> besides `chart`. */
  classes: string;
  /** The figure carries the id itself (static charts) rather than its custom element. */
  figureId?: boolean;
  /** Marks for tips.client.ts get tooltips and keys. */
  tips?: boolean;
  /** The title as HTML (numbers in it are <data> elements) and the description as text. */
  titleHtml: string;
  dek: string;
  /** Everything between the description and the source line, as HTML. */
  body: string;
  /** The source line (sourceLine below, or the chart's own). */
  source: string;
  /** The table as HTML; an empty string keeps its line, undefined leaves it out. */
  table?: string;
  /**
   * The custom element the browser code upgrades, with its attributes and the data it reads:
   * inlined (`data`), or the URL of a file of its own (`dataUrl`, chartData.ts), which keeps a big
   * chart's data out of the HTML the first paint waits for.
   */
  element?: { name: string; attributes: string; dataClass: string } & ({ data: unknown } | { dataUrl: string });
}

export function chartShell(f: ChartShell): string {
  const H = `h${f.level}`;
  const attrs = `${f.figureId ? ` id="${esc(f.id)}"` : ''}${f.tips ? ' data-tips' : ''}`;
  const figure = `<figure class="chart ${f.classes}"${attrs} aria-labelledby="${esc(f.id)}-title">
<${H} class="chart-title" id="${esc(f.id)}-title">${f.titleHtml}</${H}>
<p class="chart-dek">${esc(f.dek)}</p>
${f.body}
${f.source}${f.table === undefined ? '' : `\n${f.table}`}
</figure>`;
  if (!f.element) return figure;
  const e = f.element;
  if ('dataUrl' in e) return `<${e.name} id="${esc(f.id)}"${e.attributes} data-src="${esc(e.dataUrl)}">\n${figure}\n</${e.name}>`;
  return `<${e.name} id="${esc(f.id)}"${e.attributes}>
${figure}
<script type="application/json" class="${e.dataClass}">${jsonScript(e.data)}</script>
</${e.name}>`;
}

/** "Sources: source list · Get the data: a.csv · a.json": the usual source line. */
export function sourceLine(lang: Lang, incident: string, files: string[]): string {
  const t = lang === 'ko' ? { sources: '출처', list: '출처 목록', data: '데이터 받기' } : { sources: 'Sources', list: 'source list', data: 'Get the data' };
  return `<p class="chart-source">${esc(t.sources)}: <a href="/sources/">${esc(t.list)}</a> · ${esc(t.data)}: ${files.map((f) => `<a href="/data/${esc(incident)}/${f}">${f}</a>`).join(' · ')}</p>`;
}

/**
 * A figure with its drawing right under the title and the one-line description after it, in the
 * document's own order (the home page's lead graphic). Reordering with CSS instead would move the
 * description down while the page streams in, when the drawings arrive after it: a layout shift.
 */
export function drawingFirst(figureHtml: string): string {
  const dek = figureHtml.match(/<p class="chart-dek">[\s\S]*?<\/p>\n/);
  if (!dek) return figureHtml;
  const rest = figureHtml.replace(dek[0], '');
  const lastBox = rest.lastIndexOf('<div class="chart-box"');
  if (lastBox < 0) return figureHtml;
  const end = rest.indexOf('</div>', lastBox) + '</div>'.length;
  return `${rest.slice(0, end)}\n${dek[0].trimEnd()}${rest.slice(end)}`;
}
