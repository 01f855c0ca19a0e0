/**
 * The site search (Pagefind), built after the pages: every page that marks its main text with
 * `data-pagefind-body` (stories and chart pages; not embeds or the 404 page), plus one record per
 * service on the timeline, so "카카오 메일" finds the service with its outage span and links to
 * the timeline filtered to it. Written to dist/pagefind/; nothing runs on a server.
 */
import * as pagefind from 'pagefind';
import { formatKst } from './kst.ts';
import type { IncidentData } from './incidentData.ts';
import { timelineData } from './timeline.ts';

export interface ServiceRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
}

/** One search record per service and component with an outage on the timeline page (the lead incident's), in a stable order. */
export function serviceRecords(d: IncidentData): ServiceRecord[] {
  const out: ServiceRecord[] = [];
  {
    const tl = timelineData(d);
    const orgs = new Map(d.organizations.map((o) => [o.id, o.name]));
    for (const row of Object.values(tl.rows).sort((a, b) => a.id.localeCompare(b.id))) {
      const org = orgs.get(row.organization);
      const span = `${formatKst(row.firstDown, 'ko')} ~ ${row.restoredAt ? formatKst(row.restoredAt, 'ko') : '복구 기록 없음'}`;
      out.push({
        url: `/timeline/?q=${encodeURIComponent(row.name.ko)}`,
        content: `${row.name.ko} (${row.name.en}). ${org?.ko ?? ''} 서비스 장애: ${span} (한국시간). ${d.incident.title.ko}`,
        language: 'ko',
        meta: { title: `${row.name.ko}: 장애와 복구`, kind: '서비스', span },
      });
    }
  }
  return out;
}

export async function writeSearchIndex(distDir: string, lead: IncidentData): Promise<{ pages: number; records: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ko' });
  if (!index) throw new Error(`Pagefind: ${errors.join(', ')}`);
  const added = await index.addDirectory({ path: distDir });
  if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join(', ')}`);
  const records = serviceRecords(lead);
  for (const r of records) {
    const res = await index.addCustomRecord(r);
    if (res.errors.length) throw new Error(`Pagefind: ${res.errors.join(', ')}`);
  }
  const written = await index.writeFiles({ outputPath: `${distDir}/pagefind` });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join(', ')}`);
  await pagefind.close();
  return { pages: added.page_count, records: records.length };
}
