/**
 * A Content-Security-Policy for every built page, as a <meta> at the top of its <head>: scripts only
 * from this site or, for the few inline ones (the embed's theme switch, small bundled modules),
 * by their SHA-256 hash; no 'unsafe-inline' and no eval for scripts. The search page may also
 * instantiate Pagefind's WebAssembly ('wasm-unsafe-eval'). Styles may be inline: Plot and the
 * charts set style attributes, which hashes cannot cover. `frame-ancestors` cannot be set by a
 * <meta>; the headers file carries it (src/lib/headers.ts).
 *
 * Why not Astro's own `security.csp`: it puts hashes of the styles Astro bundles into style-src,
 * and a directive with a hash ignores 'unsafe-inline', so the <style> block Plot writes inside
 * every chart's SVG (its text differs per chart and is unknown to Astro) would be blocked; and
 * `is:inline` scripts would need hashes kept by hand, where this file hashes whatever inline script
 * a built page holds. Checked against astro 7.3 (dist/core/csp, dist/runtime/server/render/csp.js).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { htmlFiles } from './htmlFiles.ts';

/** Inline scripts the browser runs (not JSON or JSON-LD data blocks, not external ones). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs]) => !/\ssrc=/.test(attrs!) && !/type="application\/(ld\+)?json"/.test(attrs!))
    .map(([, , body]) => body!);
}

export function policyFor(html: string, options: { wasm?: boolean } = {}): string {
  const hashes = [...new Set(inlineScripts(html).map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`))].sort();
  return [
    "default-src 'self'",
    `script-src 'self'${options.wasm ? " 'wasm-unsafe-eval'" : ''}${hashes.length ? ` ${hashes.join(' ')}` : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Adds the policy to one page's HTML, right after <meta charset> so it covers everything after. */
export function withPolicy(html: string, options: { wasm?: boolean } = {}): string {
  if (html.includes('http-equiv="content-security-policy"')) return html;
  const meta = `<meta http-equiv="content-security-policy" content="${policyFor(html, options)}">`;
  return html.replace(/<meta charset="utf-8">/i, (m) => `${m}${meta}`);
}

export function writePolicies(distDir: string): number {
  const pages = htmlFiles(distDir);
  for (const path of pages) {
    const html = readFileSync(path, 'utf8');
    const out = withPolicy(html, { wasm: relative(distDir, path) === 'search/index.html' });
    if (out === html && !html.includes('content-security-policy')) throw new Error(`CSP: no <meta charset="utf-8"> to place the policy after in ${path}`);
    writeFileSync(path, out);
  }
  return pages.length;
}
