import type { APIRoute, GetStaticPaths } from 'astro';
import { CHART_DATA, type ChartDataName } from '../../../charts/chartData.ts';
import { content } from '../../../site/content.ts';

/** The data each interactive chart's browser code reads (src/charts/chartData.ts). */
export const getStaticPaths = (() =>
  [...content().incidents.keys()].flatMap((incident) => (Object.keys(CHART_DATA) as ChartDataName[]).map((chart) => ({ params: { incident, chart } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const data = CHART_DATA[params.chart as ChartDataName](content().incidents.get(params.incident!)!);
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
