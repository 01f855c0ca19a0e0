/**
 * Data a chart's browser code reads, served as a file of its own rather than inlined in the page:
 * the page's HTML (what the first paint waits for) stays small, and every page with the same
 * chart shares one cached file. The build writes `/chart-data/<incident>/<name>.json` for each
 * name in CHART_DATA (src/pages/chart-data/…, which holds the functions that make the data); the
 * figure names its file in `data-src` (chartShell), and the enhancer fetches it when the chart
 * comes near (chartData.client.ts). An internal URL, not one of the public data files under /data/.
 */
export const CHART_DATA_NAMES = ['timeline', 'dependencies-ko', 'dependencies-en'] as const;
export type ChartDataName = (typeof CHART_DATA_NAMES)[number];

export function chartDataUrl(incident: string, name: ChartDataName): string {
  return `/chart-data/${incident}/${name}.json`;
}
