import { esc } from '../lib/html.ts';

export { esc, jsonScript } from '../lib/html.ts';

/** A chart's data table: an open disclosure with a captioned table (`caption` and `rows` are HTML). */
export function chartTable(summary: string, caption: string, cols: string[], rows: string[]): string {
  return `<details class="chart-table" open><summary>${esc(summary)}</summary><div class="table-wrap"><table><caption>${caption}</caption><thead><tr>${cols.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead><tbody>
${rows.join('\n')}
</tbody></table></div></details>`;
}

/** Width of the drawing phones get; CSS swaps it in under 30rem (see charts.css). */
export const NARROW_WIDTH = 340;

/**
 * A static chart drawn twice, for wide boxes and for phones, switched by CSS: text stays legible
 * without scaling and nothing has to run in the browser.
 */
export function wideAndNarrow(draw: (width: number) => string | string[], width: number, drawings?: string[]): string {
  const wide = [draw(width)].flat();
  drawings?.push(...wide);
  return `<div class="chart-box chart-wide">${wide.join('')}</div>\n<div class="chart-box chart-narrow">${[draw(NARROW_WIDTH)].flat().join('')}</div>`;
}

/** Source ids as links to the sources page, labelled for screen readers. */
export function sourceLinks(ids: string[], lang: 'ko' | 'en'): string {
  return `<span class="refs"><span class="visually-hidden">${lang === 'ko' ? '출처' : 'Sources'}: </span>${ids.map((id) => `<a href="/sources/#source-${esc(id)}">${esc(id)}</a>`).join(', ')}</span>`;
}
