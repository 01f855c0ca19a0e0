import { esc } from '../lib/html.ts';

export { esc, jsonScript } from '../lib/html.ts';

/** A chart's data table: an open disclosure with a captioned table (`caption` and `rows` are HTML). */
export function chartTable(summary: string, caption: string, cols: string[], rows: string[]): string {
  return `<details class="chart-table" open><summary>${esc(summary)}</summary><div class="table-wrap"><table><caption>${caption}</caption><thead><tr>${cols.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead><tbody>
${rows.join('\n')}
</tbody></table></div></details>`;
}

/**
 * The widths a chart is drawn at, its artboards. charts.css shows the one that fits the figure (a
 * container query on figure.chart): each from 11/12 of its own width up to where the next one
 * starts, so a drawing is never scaled below 11/12 (12 px text never under 11 px) nor much above
 * 1.5. A reader on any screen gets a drawing laid out for about that width, with no script.
 */
export const ARTBOARDS = [288, 440, 720, 960] as const;
export type Artboard = (typeof ARTBOARDS)[number];

/** The narrowest figure each artboard is shown in (charts.css writes the same numbers). */
export const ARTBOARD_FROM: Record<Artboard, number> = { 288: 0, 440: 404, 720: 660, 960: 880 };

/**
 * A chart drawn once per artboard, switched by CSS. `width` is the drawing used for pictures and
 * share cards (pushed onto `drawings`): one of the artboards, or drawn once more if it is not.
 * `widths` may leave out the wider artboards for a drawing that may grow (no text a reader must
 * read stays small when scaled up); the widest one given then fills every wider figure.
 */
export function artboards(draw: (width: number) => string | string[], width: number, drawings?: string[], widths: readonly Artboard[] = ARTBOARDS): string {
  const boards = widths.map((w) => [w, [draw(w)].flat()] as const);
  drawings?.push(...(boards.find(([w]) => w === width)?.[1] ?? [draw(width)].flat()));
  // A chart drawn at fewer widths marks its widest drawing, which then serves every wider figure.
  const last = widths.length < ARTBOARDS.length ? widths.at(-1) : undefined;
  return boards.map(([w, svgs]) => `<div class="chart-box" data-w="${w}"${w === last ? ' data-last' : ''}>${svgs.join('')}</div>`).join('\n');
}

/** Source ids as links to the sources page, labelled for screen readers. */
export function sourceLinks(ids: string[], lang: 'ko' | 'en'): string {
  return `<span class="refs"><span class="visually-hidden">${lang === 'ko' ? '출처' : 'Sources'}: </span>${ids.map((id) => `<a href="/sources/#source-${esc(id)}">${esc(id)}</a>`).join(', ')}</span>`;
}
