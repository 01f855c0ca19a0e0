/**
 * /feed.xml: an Atom feed of the stories, newest change first, the latest FEED_LIMIT (50) entries. A correction is an entry of its own
 * (linking to the story's correction note), so readers who follow the feed see it; the story's own
 * entry carries its last modification, corrections included. Times are RFC 3339 in KST.
 */
import type { APIRoute } from 'astro';
import { esc } from '../charts/html.ts';
import { FEED_LIMIT } from '../lib/archive.ts';
import { content } from '../site/content.ts';
import { absolute, SITE_NAME } from '../lib/siteUrl.ts';
import { lastModified, rfc3339 } from '../lib/storyDates.ts';

interface Entry {
  id: string;
  title: string;
  link: string;
  published: string;
  updated: string;
  summary: string;
  authors: string[];
  category?: string;
}

export function feedEntries(): Entry[] {
  const entries: Entry[] = [];
  for (const s of content().stories) {
    const url = absolute(`/stories/${s.slug}/`);
    entries.push({ id: url, title: s.data.title, link: url, published: s.data.published, updated: lastModified(s.data), summary: s.data.dek, authors: s.data.authors });
    s.data.corrections.forEach((c, i) => {
      entries.push({
        id: `${url}#correction-${i + 1}`,
        title: `${s.data.lang === 'ko' ? '정정' : 'Correction'}: ${s.data.title}`,
        link: `${url}#corrections-heading`,
        published: c.date,
        updated: c.date,
        summary: c.text,
        authors: s.data.authors,
        category: 'correction',
      });
    });
  }
  // The data-corrections log: a changed value reaches readers of the feed as a correction too.
  for (const d of content().incidents.values()) {
    d.corrections.forEach((c, i) => {
      entries.push({
        id: `${absolute('/data/')}#correction-${d.id}-${i + 1}`,
        title: `데이터 정정: ${d.incident.title.ko} (${c.files.map((f) => `${f}.json`).join(', ')})`,
        link: absolute(`/data/#correction-${d.id}-${i + 1}`),
        published: c.date,
        updated: c.date,
        summary: `${c.text.ko} 이유: ${c.why.ko}`,
        authors: [SITE_NAME.ko],
        category: 'data-correction',
      });
    });
  }
  return entries.sort((a, b) => Date.parse(b.updated) - Date.parse(a.updated) || a.id.localeCompare(b.id));
}

export const GET: APIRoute = () => {
  // The latest entries only: the feed stays the same size however large the archive grows.
  const entries = feedEntries().slice(0, FEED_LIMIT);
  const updated = entries[0]?.updated ?? '2022-10-15T15:33+09:00';
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ko">
  <id>${esc(absolute('/'))}</id>
  <title>${esc(SITE_NAME.ko)}</title>
  <subtitle>${esc('판교 데이터센터 화재와 카카오·네이버 장애를 데이터로 본 기사')}</subtitle>
  <link rel="self" type="application/atom+xml" href="${esc(absolute('/feed.xml'))}"/>
  <link rel="alternate" type="text/html" href="${esc(absolute('/'))}"/>
  <updated>${rfc3339(updated)}</updated>
${entries
  .map(
    (e) => `  <entry>
    <id>${esc(e.id)}</id>
    <title>${esc(e.title)}</title>
    <link rel="alternate" type="text/html" href="${esc(e.link)}"/>
    <published>${rfc3339(e.published)}</published>
    <updated>${rfc3339(e.updated)}</updated>
${e.authors.map((a) => `    <author><name>${esc(a)}</name></author>`).join('\n')}
    <summary>${esc(e.summary)}</summary>${e.category ? `\n    <category term="${e.category}"/>` : ''}
  </entry>`,
  )
  .join('\n')}
</feed>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
