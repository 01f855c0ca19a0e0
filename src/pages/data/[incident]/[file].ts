import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '../../../lib/csv.ts';
import { dataFilesOf, dataRows } from '../../../lib/dataFiles.ts';
import { content } from '../../../site/content.ts';
import type { DataFileName } from '../../../schemas/dataFiles.ts';

export const getStaticPaths = (() =>
  [...content().incidents.values()].flatMap((d) =>
    dataFilesOf(d).flatMap((name) =>
      (['json', 'csv'] as const).map((ext) => ({ params: { incident: d.id, file: `${name}.${ext}` }, props: { name, ext } })),
    ),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => {
  const { name, ext } = props as { name: DataFileName; ext: 'json' | 'csv' };
  const rows = dataRows[name](content().incidents.get(params.incident!)!);
  return ext === 'json'
    ? new Response(`${JSON.stringify(rows, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
    : new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
