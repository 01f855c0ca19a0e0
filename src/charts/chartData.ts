/**
 * Data a chart's browser code reads, served as a file of its own rather than inlined in the page:
 * the page's HTML (what the first paint waits for) stays small, and every page with the same
 * chart shares one cached file. The build writes `/chart-data/<incident>/<chart>.json` from
 * CHART_DATA (src/pages/chart-data/…); the figure names it in `data-src` (chartShell), and the
 * enhancer fetches it when the chart comes near (chartData.client.ts). An internal URL, not one
 * of the public data files under /data/.
 */
import type { IncidentData } from '../lib/incidentData.ts';
import { timelineData } from '../lib/timeline.ts';

export const CHART_DATA = {
  timeline: (d: IncidentData) => timelineData(d),
} as const;
export type ChartDataName = keyof typeof CHART_DATA;

export function chartDataUrl(incident: string, chart: ChartDataName): string {
  return `/chart-data/${incident}/${chart}.json`;
}
