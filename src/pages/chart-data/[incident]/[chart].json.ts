import type { APIRoute, GetStaticPaths } from 'astro';
import { CHART_DATA_NAMES, type ChartDataName } from '../../../charts/chartData.ts';
import { mapData } from '../../../charts/dependencies/render.ts';
import type { IncidentData } from '../../../lib/incidentData.ts';
import { timelineData } from '../../../lib/timeline.ts';
import { groupedTimeline, isLargeTimeline } from '../../../lib/timelineGroups.ts';
import { content, shownIncidents } from '../../../site/content.ts';

/** The data each interactive chart's browser code reads (src/charts/chartData.ts). */
const CHART_DATA: Record<ChartDataName, (d: IncidentData) => unknown> = {
  // A large incident's timeline is drawn grouped, and its browser code reads the rows drawn.
  timeline: (d) => (isLargeTimeline(timelineData(d)) ? groupedTimeline(timelineData(d)) : timelineData(d)),
  'dependencies-ko': (d) => mapData(d, 'ko'),
  'dependencies-en': (d) => mapData(d, 'en'),
};

export const getStaticPaths = (() =>
  shownIncidents().flatMap((d) => CHART_DATA_NAMES.map((chart) => ({ params: { incident: d.id, chart } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const data = CHART_DATA[params.chart as ChartDataName](content().incidents.get(params.incident!)!);
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
