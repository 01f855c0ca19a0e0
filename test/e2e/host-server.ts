/**
 * "Another newsroom" for the embed tests: a second origin (port E2E_HOST_PORT, default 4323) that
 * serves article pages pasting our snippet exactly as /oembed/<chart>.json gives it (with the
 * built site's address swapped for the preview server's), a page that uses NPR's pym.js parent
 * instead of our loader, and a hostile frame that posts fake height messages.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { SITE_URL } from '../../src/lib/siteUrl.ts';

const PORT = Number(process.env.E2E_HOST_PORT ?? 4323);
const OURS = `http://127.0.0.1:${process.env.E2E_PORT ?? 4322}`;
const dist = resolve(process.env.OUT_DIR ?? 'dist');
const require = createRequire(import.meta.url);
const pym = readFileSync(require.resolve('pym.js/dist/pym.v1.min.js'), 'utf8');

const article = (body: string) => `<!doctype html><html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host article</title>
<style>body{font-family:sans-serif;margin:0 auto;max-width:760px;padding:16px}</style></head><body>
<h1>다른 매체의 기사</h1><p>기사 본문 첫 문단입니다.</p>
${body}
<p id="after">차트 다음 문단입니다.</p></body></html>`;

function snippet(chart: string, query: string): string {
  const doc = JSON.parse(readFileSync(resolve(dist, 'oembed', `${chart}.json`), 'utf8')) as { html: string };
  let html = doc.html.split(SITE_URL).join(OURS);
  if (query) html = html.replace(/(src="[^"]*\/embed\/[^"?]*)\/"/, `$1/?${query}"`);
  return html;
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${PORT}`);
  const chart = (url.searchParams.get('chart') ?? 'timeline').replace(/[^a-z.-]/g, '');
  const query = url.searchParams.get('q') ?? '';
  const send = (type: string, body: string) => {
    res.writeHead(200, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store' });
    res.end(body);
  };
  if (url.pathname === '/health') return send('text/plain', 'ok');
  if (url.pathname === '/plain.html') return send('text/html', article(snippet(chart, query)));
  if (url.pathname === '/pym.v1.min.js') return send('text/javascript', pym);
  if (url.pathname === '/pym.html') {
    return send('text/html', article(`<div id="pym-box"></div><script src="/pym.v1.min.js"></script><script>window.pymParent = new pym.Parent('pym-box', '${OURS}/embed/${chart}/${query ? `?${query}` : ''}', { title: 'pym embed' });</script>`));
  }
  if (url.pathname === '/hostile.html') {
    // Our snippet, plus a frame from this (foreign) origin and the page itself sending fake heights.
    return send(
      'text/html',
      article(`${snippet(chart, query)}<iframe id="evil" src="/evil.html" title="hostile" width="10" height="10"></iframe>
<script>setInterval(function(){window.postMessage({namespace:'pangyo-fire-embed',type:'height',height:7},'*');},50);</script>`),
    );
  }
  if (url.pathname === '/evil.html') {
    return send(
      'text/html',
      `<!doctype html><title>evil</title><script>setInterval(function(){parent.postMessage({namespace:'pangyo-fire-embed',type:'height',height:11},'*');parent.postMessage({namespace:'pangyo-fire-embed',type:'height',height:'99999'},'*');parent.postMessage('pymxPYMxpym-box-0xPYMxheightxPYMx13','*');parent.postMessage({sentinel:'amp',type:'embed-size',height:17},'*');},50);</script>`,
    );
  }
  res.writeHead(404).end('not found');
}).listen(PORT, '127.0.0.1', () => console.log(`host pages on http://127.0.0.1:${PORT}`));
