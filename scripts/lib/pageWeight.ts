/**
 * What one built page weighs: HTML bytes (raw and gzip), JavaScript and CSS (gzip) and the number
 * of requests. One module, used by `npm run bench` (scripts/bench.ts, scripts/bench-scale.ts) and
 * by the size-budget test (test/e2e/budgets.spec.ts), so the figures printed and the figures
 * checked cannot disagree.
 *
 * How a page is read: a small HTML tokenizer (below) finds the real start tags — it skips comments
 * and the contents of raw-text elements (`<script>`, `<style>`, `<noscript>`, `<template>`, …) the
 * way a browser's parser does, so the "embed this chart" snippets under a chart, which show
 * `<script src>`, `<iframe>` and `<img>` as escaped text, are rightly ignored. (A full parse with
 * hast-util-from-html gave the same figures on every page of the site — except that it also counts
 * the few bytes of `<noscript><style>`, which a browser running JavaScript never applies — but takes
 * ~0.3 s per page, too slow for the 1,000-story archive of the scale benchmark.)
 *
 * - JS (gzip): every same-site script the page loads (`<script src>`) and every chunk those scripts
 *   import, statically or on demand (`import("./x.js")`: the chart enhancers load lazily), each
 *   gzipped on its own and summed; plus the page's inline scripts (JSON data blocks excluded),
 *   gzipped together.
 * - CSS (gzip): the inline `<style>` blocks, gzipped together, plus each linked stylesheet.
 *   Inline scripts and styles are also part of the HTML bytes: these columns say how much of the
 *   page is code, they are not extra transfer.
 * - Requests: the document itself, plus every distinct URL it makes the browser fetch:
 *   `<script src>`, `<link rel="stylesheet|preload|modulepreload|icon|apple-touch-icon|manifest">`,
 *   `<img src>`, `<iframe src>`, `<video|audio|source src>`, `<video poster>`, SVG `<image href>`,
 *   `url(…)` in inline and linked CSS (fonts, backgrounds; `#fragment` and `data:` URLs excluded),
 *   and every chunk a script imports (lazy ones included, as for JS), and a chart's data file
 *   (`data-src`, fetched by its enhancer). A font that is both
 *   preloaded and named in `@font-face` is one request. Links that fetch nothing
 *   (canonical, alternate, `rel="expect"`) are not requests.
 * Gzip is zlib's default level (6), what static hosts commonly serve.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SITE_URL } from '../../src/lib/siteUrl.ts';

export const PAGE_TYPES = ['home', 'story', 'timeline', 'dependencies', 'compare', 'embed'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** The measures a budget limits, in bytes except `requests`. */
export const MEASURES = ['htmlGzip', 'jsGzip', 'cssGzip', 'requests'] as const;
export type Measure = (typeof MEASURES)[number];

export interface PageWeight {
  /** URL path of the page, e.g. `/stories/what-naver-lost/`. */
  url: string;
  htmlBytes: number;
  htmlGzip: number;
  jsGzip: number;
  cssGzip: number;
  requests: number;
  /** What `requests` counts (the document first), for reports and failure messages. */
  requestList: string[];
}

/** Hard limits of the project, whatever the budgets say: JavaScript per page and per embed (gzip). */
export const HARD_LIMITS = { jsGzip: 60 * 1024, embedJsGzip: 45 * 1024 } as const;

const gz = (s: string | Buffer) => gzipSync(s).length;
const SITE = new URL(`${SITE_URL}/`);

/** `/a/b/` → `dist/a/b/index.html`; `/404.html` → `dist/404.html`. */
export function htmlFile(dist: string, url: string): string {
  return join(dist, url.endsWith('/') ? `${url}index.html` : url);
}

/** Every page of a type in a built site, as URL paths, sorted. */
export function pagesOfType(dist: string, type: PageType): string[] {
  const subdirs = (dir: string) => (existsSync(join(dist, dir)) ? readdirSync(join(dist, dir), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort() : []);
  const pages = (() => {
    switch (type) {
      case 'home':
        return ['/'];
      case 'timeline':
      case 'dependencies':
      case 'compare':
        return [`/${type}/`];
      case 'story':
        return subdirs('stories').map((s) => `/stories/${s}/`);
      case 'embed':
        // Each chart's embed in both languages; not the /embed/ gallery, which is a normal page.
        return subdirs('embed').flatMap((c) => [`/embed/${c}/`, `/embed/${c}/en/`]);
    }
  })();
  return pages.filter((u) => existsSync(htmlFile(dist, u)));
}

interface Tag {
  name: string;
  attrs: Map<string, string>;
  /** Raw contents of a raw-text element (`<script>`, `<style>`), else empty. */
  text: string;
}

/** Elements whose contents are not markup: the tokenizer jumps to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'xmp', 'iframe', 'noembed', 'noframes', 'template', 'plaintext']);

const decode = (v: string) =>
  v.replace(/&(?:#x([0-9a-f]+)|#([0-9]+)|(amp|quot|apos|lt|gt));?/gi, (_, hex: string, dec: string, named: string) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : ({ amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' } as Record<string, string>)[named.toLowerCase()]!,
  );

/** The start tags of an HTML document, in order (comments and raw-text contents skipped). */
export function* startTags(html: string): Generator<Tag> {
  const TOKEN = /<!--|<([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(html))) {
    if (m[0] === '<!--') {
      const end = html.indexOf('-->', TOKEN.lastIndex);
      TOKEN.lastIndex = end < 0 ? html.length : end + 3;
      continue;
    }
    const name = m[1]!.toLowerCase();
    const attrs = new Map<string, string>();
    for (const a of m[2]!.matchAll(ATTR)) {
      const key = a[1]!.toLowerCase();
      if (!attrs.has(key)) attrs.set(key, decode(a[2] ?? a[3] ?? a[4] ?? ''));
    }
    let text = '';
    if (RAW_TEXT.has(name) && !m[2]!.trimEnd().endsWith('/')) {
      const close = new RegExp(`</${name}[\\s>/]`, 'ig');
      close.lastIndex = TOKEN.lastIndex;
      const c = close.exec(html);
      const end = c ? c.index : html.length;
      text = html.slice(TOKEN.lastIndex, end);
      TOKEN.lastIndex = c ? html.indexOf('>', end) + 1 : html.length;
    }
    yield { name, attrs, text };
  }
}

/** `url(…)` references in CSS that make a request (no fragments, no data: URLs). */
function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => m[2]!.trim()).filter((u) => !u.startsWith('#') && !u.startsWith('data:'));
}

/** `dist`-relative file of a same-site URL, or undefined for another origin. */
function localPath(url: URL): string | undefined {
  return url.origin === SITE.origin ? decodeURIComponent(url.pathname).replace(/^\//, '') : undefined;
}

/** A script and every chunk it imports, statically or on demand, as dist-relative paths. */
export function withImports(dist: string, path: string, seen = new Set<string>()): Set<string> {
  if (seen.has(path)) return seen;
  seen.add(path);
  const file = join(dist, path);
  if (!existsSync(file)) return seen;
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)) withImports(dist, posix.join(posix.dirname(path), m[1]!), seen);
  for (const m of code.matchAll(/["'`]\/(_astro\/[\w.-]+\.js)["'`]/g)) withImports(dist, m[1]!, seen);
  return seen;
}

/** Measures one built page; `url` is its path on the site (`/`, `/timeline/`, …). */
export function pageWeight(dist: string, url: string): PageWeight {
  const html = readFileSync(htmlFile(dist, url), 'utf8');
  const base = new URL(url, SITE);
  const requests = new Set<string>();
  const chunks = new Set<string>();
  const inlineJs: string[] = [];
  const inlineCss: string[] = [];
  let linkedCss = 0;

  const request = (ref: string | undefined, from: URL = base): URL | undefined => {
    if (!ref || ref.startsWith('#') || ref.startsWith('data:') || ref.startsWith('javascript:')) return undefined;
    const u = new URL(ref, from);
    u.hash = '';
    requests.add(u.origin === SITE.origin ? u.pathname + u.search : u.href);
    return u;
  };
  const REQUEST_RELS = new Set(['stylesheet', 'preload', 'modulepreload', 'icon', 'apple-touch-icon', 'manifest']);

  for (const el of startTags(html)) {
    const tag = el.name;
    const attr = (name: string) => el.attrs.get(name);
    // A chart's data file, which its enhancer fetches when the chart comes near (src/charts/chartData.ts).
    if (attr('data-src')) request(attr('data-src'));
    if (tag === 'script') {
      const src = attr('src');
      if (src) {
        const u = request(src);
        const path = u && localPath(u);
        if (path) withImports(dist, path, chunks);
      } else if (!/json/.test(attr('type') ?? '')) {
        inlineJs.push(el.text);
        for (const m of el.text.matchAll(/["'`]\/(_astro\/[\w.-]+\.js)["'`]/g)) withImports(dist, m[1]!, chunks);
      }
    } else if (tag === 'link') {
      const rels = (attr('rel') ?? '').toLowerCase().split(/\s+/);
      if (!rels.some((r) => REQUEST_RELS.has(r))) continue;
      const u = request(attr('href'));
      const path = u && localPath(u);
      if (path && rels.includes('modulepreload')) withImports(dist, path, chunks);
      if (u && path && rels.includes('stylesheet') && existsSync(join(dist, path))) {
        const css = readFileSync(join(dist, path), 'utf8');
        linkedCss += gz(css);
        for (const ref of cssUrls(css)) request(ref, u);
      }
    } else if (tag === 'style') {
      inlineCss.push(el.text);
      for (const ref of cssUrls(el.text)) request(ref);
    } else if (tag === 'img' || tag === 'iframe' || tag === 'video' || tag === 'audio' || tag === 'source' || tag === 'track' || tag === 'embed') {
      request(attr('src'));
      if (tag === 'video') request(attr('poster'));
    } else if (tag === 'image') {
      request(attr('href') ?? attr('xlink:href'));
    }
    const style = attr('style');
    if (style) for (const ref of cssUrls(style)) request(ref);
  }
  for (const c of chunks) requests.add(`/${c}`);

  const jsGzip = [...chunks].reduce((s, c) => s + (existsSync(join(dist, c)) ? gz(readFileSync(join(dist, c))) : 0), 0) + (inlineJs.length ? gz(inlineJs.join('\n')) : 0);
  const cssGzip = (inlineCss.length ? gz(inlineCss.join('\n')) : 0) + linkedCss;
  const requestList = [url, ...[...requests].sort()];
  return { url, htmlBytes: Buffer.byteLength(html), htmlGzip: gz(html), jsGzip, cssGzip, requests: requestList.length, requestList };
}

/** Every page of every type, measured. */
export function weightsByType(dist: string): Record<PageType, PageWeight[]> {
  return Object.fromEntries(PAGE_TYPES.map((t) => [t, pagesOfType(dist, t).map((u) => pageWeight(dist, u))])) as Record<PageType, PageWeight[]>;
}

/** Per measure, the heaviest page of the type (the figure a budget is compared with). */
export function heaviest(pages: PageWeight[]): Record<Measure | 'htmlBytes', PageWeight | undefined> {
  const top = (m: Measure | 'htmlBytes') => pages.reduce<PageWeight | undefined>((a, p) => (!a || p[m] > a[m] ? p : a), undefined);
  return { htmlBytes: top('htmlBytes'), htmlGzip: top('htmlGzip'), jsGzip: top('jsGzip'), cssGzip: top('cssGzip'), requests: top('requests') };
}

export type Budgets = Record<PageType, Record<Measure, number>>;

/** Reads test/budgets.json (keys starting with `$` are comments). */
export function readBudgets(file: string): Budgets {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const out = {} as Budgets;
  for (const t of PAGE_TYPES) {
    const b = raw[t] as Record<string, unknown> | undefined;
    if (!b) throw new Error(`${file}: no budget for page type "${t}"`);
    out[t] = {} as Record<Measure, number>;
    for (const m of MEASURES) {
      if (typeof b[m] !== 'number') throw new Error(`${file}: "${t}" has no numeric "${m}" budget`);
      out[t][m] = b[m] as number;
    }
  }
  return out;
}

export interface BudgetViolation {
  type: PageType;
  measure: Measure;
  url: string;
  budget: number;
  measured: number;
  message: string;
}

const LABEL: Record<Measure, [string, string]> = { htmlGzip: ['HTML (gzip)', ' bytes'], jsGzip: ['JavaScript (gzip)', ' bytes'], cssGzip: ['CSS (gzip)', ' bytes'], requests: ['the number of requests', ''] };

/** Every measured page against its type's budget (types left out of `weights` are not checked). */
export function checkBudgets(weights: Partial<Record<PageType, PageWeight[]>>, budgets: Budgets): BudgetViolation[] {
  const out: BudgetViolation[] = [];
  for (const type of PAGE_TYPES) {
    for (const p of weights[type] ?? []) {
      for (const measure of MEASURES) {
        const budget = budgets[type][measure];
        const measured = p[measure];
        if (measured <= budget) continue;
        const [label, unit] = LABEL[measure];
        const over = budget ? `+${(((measured - budget) / budget) * 100).toFixed(1)}%` : 'budget 0';
        const detail = measure === 'requests' ? `: ${p.requestList.join(', ')}` : '';
        out.push({
          type, measure, url: p.url, budget, measured,
          message: `${type} page ${p.url}: ${label} is ${measured}${unit}, over the ${type}.${measure} budget of ${budget}${unit} (${over})${detail}. Make the page lighter, or raise the budget in test/budgets.json on purpose.`,
        });
      }
    }
  }
  return out;
}

/** Budgets that break the project's hard limits (60 KB of JS per page, 45 KB per embed). */
export function hardLimitProblems(budgets: Budgets): string[] {
  return PAGE_TYPES.flatMap((t) => {
    const limit = t === 'embed' ? HARD_LIMITS.embedJsGzip : HARD_LIMITS.jsGzip;
    return budgets[t].jsGzip > limit ? [`test/budgets.json: ${t} jsGzip budget ${budgets[t].jsGzip} is above the hard limit of ${limit} bytes (${limit / 1024} KB gzip)`] : [];
  });
}

/** Bytes of every file under `dir`, and how many of them are HTML pages. */
export function dirStats(dir: string): { files: number; bytes: number; html: number } {
  let files = 0;
  let bytes = 0;
  let html = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        files++;
        bytes += statSync(p).size;
        if (e.name.endsWith('.html')) html++;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { files, bytes, html };
}

export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
export const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** A plain-text table: the first `left` columns left-aligned, the others (figures) right-aligned. */
export function table(head: string[], rows: string[][], left = 1): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => head.map((_, i) => (i < left ? (r[i] ?? '').padEnd(widths[i]!) : (r[i] ?? '').padStart(widths[i]!))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

