/**
 * A chart as one standalone picture: the figure's drawings stacked under its title, with the
 * site's chart styles resolved into the SVG (light scheme), then rasterised to PNG with resvg.
 * Used for the `<noscript>` part of the embed snippet, oEmbed thumbnails, newsletters and share
 * cards. Text is set in Pretendard from the pretendard npm package (the font family the site
 * ships), never in whatever fonts the build machine has, so the PNG is the same on every machine.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { esc } from '../charts/html.ts';
import { buildCache } from '../lib/buildCache.ts';
import { renderInPool } from './pngPool.ts';
import { svgToPng } from './svgToPng.ts';
import { wrapText as wrap } from '../charts/svg.ts';

const FONT_FAMILY = 'Pretendard';
// Read from the project root (every build, test and script runs there), so plain Node, Vitest and
// Astro's bundle all see the same stylesheets.
const style = (name: string) => readFileSync(resolve('src/styles', name), 'utf8');
const PAD = 24;
const TITLE_SIZE = 22;
const FOOT_SIZE = 13;
/** PNG pixels per SVG pixel: a 1000-odd px wide picture stays sharp in share cards and on phones. */
export const PICTURE_SCALE = 1.25;

const tokenCache = new Map<string, Map<string, string>>();

/**
 * Values of the design tokens in one colour scheme. `picture` fonts point at Pretendard (what resvg
 * draws with); `site` keeps the site's font stack, for SVG files a browser shows.
 */
function tokens(scheme: 'light' | 'dark' = 'light', fonts: 'picture' | 'site' = 'picture'): Map<string, string> {
  const key = `${scheme}/${fonts}`;
  const cached = tokenCache.get(key);
  if (cached) return cached;
  const map = new Map<string, string>();
  const css = style('tokens.css');
  const root = css.slice(css.indexOf(':root {'));
  for (const m of root.matchAll(/(--[\w-]+):\s*([^;]+);/g)) {
    const value = m[2]!.trim();
    const pair = value.match(/^light-dark\(\s*([^,]+),\s*([^)]+)\)/);
    if (!map.has(m[1]!)) map.set(m[1]!, pair ? pair[scheme === 'light' ? 1 : 2]!.trim() : value);
  }
  if (fonts === 'picture') {
    map.set('--font-sans', `${FONT_FAMILY}, sans-serif`);
    map.set('--font-display', `${FONT_FAMILY}, sans-serif`);
  }
  tokenCache.set(key, map);
  return map;
}

function resolveVars(css: string, vars: Map<string, string>): string {
  let out = css;
  for (let pass = 0; pass < 4 && out.includes('var('); pass++) {
    out = out.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g, (_, name: string, fallback?: string) => vars.get(name) ?? fallback?.trim() ?? 'initial');
  }
  return out;
}

/** Removes `@media`/`@font-face`/`@supports` blocks (balanced braces). */
function dropAtBlocks(css: string): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const at = css.indexOf('@', i);
    if (at < 0) {
      out += css.slice(i);
      break;
    }
    out += css.slice(i, at);
    let depth = 0;
    let j = css.indexOf('{', at);
    if (j < 0) break;
    for (; j < css.length; j++) {
      if (css[j] === '{') depth++;
      else if (css[j] === '}' && --depth === 0) break;
    }
    i = j + 1;
  }
  return out;
}

/**
 * charts.css and the replay's CSS for a standalone SVG: at-rules dropped, variables resolved to their light values,
 * and rules with interaction states (`:hover`, `:focus-visible`, …) left out: a picture has none.
 */
export function standaloneCss(scheme: 'light' | 'dark' = 'light', fonts: 'picture' | 'site' = 'picture'): string {
  const source = style('charts.css') + readFileSync(resolve('src/charts/replay/replay.css'), 'utf8');
  const css = resolveVars(dropAtBlocks(source.replace(/\/\*[\s\S]*?\*\//g, '')), tokens(scheme, fonts));
  const rules = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)]
    .map((m) => ({ selector: m[1]!.trim(), body: m[2]!.trim() }))
    .filter((r) => r.selector && !/:(?!not\()/.test(r.selector.replace(/::?[\w-]+\(/g, (x) => (x.startsWith(':not(') ? x : ':x('))));
  return rules.map((r) => `${r.selector}{${r.body}}`).join('\n');
}

function size(svg: string): { width: number; height: number } {
  const open = svg.slice(0, svg.indexOf('>'));
  const num = (attr: string) => Number(open.match(new RegExp(`\\s${attr}="([\\d.]+)"`))?.[1]);
  const vb = open.match(/viewBox="[\d.-]+ [\d.-]+ ([\d.]+) ([\d.]+)"/);
  return { width: num('width') || Number(vb?.[1]) || 640, height: num('height') || Number(vb?.[2]) || 320 };
}

export interface ChartPicture {
  svg: string;
  width: number;
  height: number;
}

/** The figure's title, its drawings stacked, and a footer line, as one standalone SVG. */
export function chartPicture(options: { title: string; drawings: string[]; footer: string; lang: 'ko' | 'en' }): ChartPicture {
  const { title, drawings, footer, lang } = options;
  const sizes = drawings.map(size);
  const inner = Math.max(560, ...sizes.map((s) => s.width));
  const width = inner + PAD * 2;
  const titleLines = wrap(title, TITLE_SIZE, inner);
  let y = PAD;
  const parts: string[] = [];
  for (const line of titleLines) {
    y += TITLE_SIZE * 1.3;
    parts.push(`<text x="${PAD}" y="${y}" font-size="${TITLE_SIZE}" font-weight="700">${esc(line)}</text>`);
  }
  y += 16;
  drawings.forEach((d, k) => {
    const s = sizes[k]!;
    // A nested <svg> keeps each drawing's own coordinates, ids and viewBox.
    parts.push(d.replace(/^<svg\b/, `<svg x="${PAD}" y="${y}"`));
    y += s.height + 12;
  });
  y += FOOT_SIZE + 4;
  parts.push(`<text x="${PAD}" y="${y}" font-size="${FOOT_SIZE}" class="picture-foot">${esc(footer)}</text>`);
  const height = Math.ceil(y + PAD);
  const css = `${standaloneCss()}\n.picture-foot{fill:${tokens().get('--fg-muted')}}`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" lang="${lang}" font-family="${FONT_FAMILY}, sans-serif" font-size="14" style="color:${tokens().get('--fg')}" fill="${tokens().get('--fg')}" role="img" aria-label="${esc(title)}">
<style>${css.replace(/</g, '\\3c ')}</style>
<rect width="100%" height="100%" fill="${tokens().get('--bg')}"/>
${parts.join('\n')}
</svg>
`;
  return { svg, width, height };
}

/** At most `n` lines, the last ending in an ellipsis when text was left out. */
function clip(lines: string[], n: number): string[] {
  return lines.length <= n ? lines : [...lines.slice(0, n - 1), `${lines[n - 1]}…`];
}

/** Open Graph / Twitter card size. */
export const CARD = { width: 1200, height: 630 } as const;

/** The box a share card gives its drawing, under a title of `lines` lines. */
export function cardDrawingBox(lines: number): { x: number; y: number; w: number; h: number } {
  const pad = 56;
  const top = pad + 26 + 18 + lines * 44 * 1.25 + 28;
  return { x: pad, y: top, w: CARD.width - pad * 2, h: CARD.height - top - pad + 20 };
}

/** The drawing placed in a box: its own size and viewBox give way to the box's. */
function drawingInBox(drawing: string, box: { x: number; y: number; w: number; h: number }): string {
  const s = size(drawing);
  const tall = s.height / s.width > (box.h / box.w) * 1.6;
  const end = drawing.indexOf('>');
  // A tall drawing shows its top part: the viewBox is cut to the box's proportions (not
  // preserveAspectRatio="slice", and without masked shapes: resvg 2.6 aborted the whole build on a
  // 100-row timeline drawn that way).
  const open = drawing.slice(0, end).replace(/\s(width|height|viewBox|preserveAspectRatio)="[^"]*"/g, '');
  const [x0, y0, vw, vh0] = (drawing.slice(0, end).match(/\sviewBox="([^"]*)"/)?.[1] ?? `0 0 ${s.width} ${s.height}`).split(/[\s,]+/).map(Number) as [number, number, number, number];
  const vh = tall ? Math.round((vw * box.h) / box.w) : vh0;
  // Masked shapes (the timeline's faded ends) are left out; without their mask they would paint solid.
  const body = drawing.slice(end).replace(/<(rect|path|g)\b[^>]*\smask="[^"]*"[^>]*\/>/g, '');
  return `${open.replace(/^<svg\b/, `<svg x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}" viewBox="${x0} ${y0} ${vw} ${vh}" preserveAspectRatio="xMidYMin meet"`)}${body}`;
}

/**
 * A chart's drawing as the picture a share card shows under its title: drawn once per chart, size
 * and scheme, then shared by every story whose card shows that chart (the card itself only draws
 * its text over it).
 */
export function cardDrawingPng(drawing: string, box: { w: number; h: number }): Uint8Array {
  const t = tokens();
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${box.w}" height="${box.h}" viewBox="0 0 ${box.w} ${box.h}" font-family="${FONT_FAMILY}, sans-serif" style="color:${t.get('--fg')}" fill="${t.get('--fg')}">
<style>${standaloneCss().replace(/</g, '\\3c ')}</style>
<rect width="100%" height="100%" fill="${t.get('--bg')}"/>
${drawingInBox(drawing, { x: 0, y: 0, w: box.w, h: box.h })}
</svg>
`;
  return pictureToPng({ svg, width: box.w, height: box.h }, 1);
}

/**
 * A share card (1200 × 630): site name, title, and the chart's drawing scaled into the space left.
 * A drawing much taller than that space (the timeline, the map) shows its top part, cropped, rather
 * than shrinking to illegible stripes. The drawing comes as SVG, or as the PNG `cardDrawingPng`
 * made for the box (`drawingPng`, called with the box), which is what story cards use.
 */
export function shareCard(options: { kicker: string; title: string; subtitle?: string; drawing?: string; drawingPng?: (box: { w: number; h: number }) => Uint8Array; lang: 'ko' | 'en' }): ChartPicture {
  const { width, height } = CARD;
  const pad = 56;
  const t = tokens();
  const inner = width - pad * 2;
  const withDrawing = Boolean(options.drawing || options.drawingPng);
  const titleSize = withDrawing ? 44 : 60;
  const lines = clip(wrap(options.title, titleSize, inner), 3);
  let y = pad + 26;
  const parts = [`<text x="${pad}" y="${y}" font-size="26" font-weight="700" fill="${t.get('--accent')}">${esc(options.kicker)}</text>`];
  y += 18;
  for (const line of lines) {
    y += titleSize * 1.25;
    parts.push(`<text x="${pad}" y="${y}" font-size="${titleSize}" font-weight="700">${esc(line)}</text>`);
  }
  if (options.subtitle && !withDrawing) {
    for (const line of clip(wrap(options.subtitle, 30, inner), 5)) {
      y += 30 * 1.5;
      parts.push(`<text x="${pad}" y="${y}" font-size="30" fill="${t.get('--fg-muted')}">${esc(line)}</text>`);
    }
  }
  const box = cardDrawingBox(lines.length);
  const png = options.drawingPng?.({ w: box.w, h: box.h });
  if (png?.length) parts.push(`<image x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}" href="data:image/png;base64,${Buffer.from(png).toString('base64')}"/>`);
  else if (options.drawing) parts.push(drawingInBox(options.drawing, box));
  // Only a drawing given as SVG needs the chart styles.
  const css = options.drawing && !options.drawingPng ? `<style>${standaloneCss().replace(/</g, '\\3c ')}</style>\n` : '';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" lang="${options.lang}" font-family="${FONT_FAMILY}, sans-serif" style="color:${t.get('--fg')}" fill="${t.get('--fg')}">
${css}<rect width="100%" height="100%" fill="${t.get('--bg')}"/>
<rect width="100%" height="10" fill="${t.get('--org-1-fill')}"/>
${parts.join('\n')}
</svg>
`;
  return { svg, width, height };
}

let fontFiles: string[] | undefined;

/**
 * The PNG of a picture, from the build's cache when the same inputs were drawn before
 * (lib/buildCache.ts): `inputs` must name everything the picture is drawn from; `share` false keeps
 * it out of memory (a picture only one page uses).
 */
export function cachedPng(kind: string, inputs: unknown, picture: () => ChartPicture, scale = PICTURE_SCALE, share = true): Uint8Array {
  return buildCache().bytes(kind, { inputs, scale }, () => pictureToPng(picture(), scale), share);
}

/** The PNG of a picture at `scale` (2 = sharp on phones and in share cards). */
/** The font files pictures are drawn with (Pretendard, from the lockfile's package). */
function pictureFonts(): string[] {
  const require = createRequire(import.meta.url);
  fontFiles ??= ['Regular', 'Bold'].map((w) => require.resolve(`pretendard/dist/public/static/Pretendard-${w}.otf`));
  return fontFiles;
}

export function pictureToPng(picture: ChartPicture, scale = PICTURE_SCALE): Uint8Array {
  return svgToPng(picture.svg, scale, pictureFonts(), FONT_FAMILY);
}

/**
 * The same PNG drawn on another core (pngPool.ts: worker threads running pngWorker.mjs), so a
 * build with many share cards uses every core; falls back to pictureToPng where workers cannot run.
 */
export function pictureToPngAsync(picture: ChartPicture, scale = PICTURE_SCALE): Promise<Uint8Array> {
  return renderInPool({ svg: picture.svg, scale, fontFiles: pictureFonts(), family: FONT_FAMILY }, () => pictureToPng(picture, scale));
}

/** `cachedPng`, drawn on another core when it is not in the cache. */
export async function cachedPngAsync(kind: string, inputs: unknown, picture: () => ChartPicture, scale = PICTURE_SCALE, share = true): Promise<Uint8Array> {
  return buildCache().bytesAsync(kind, { inputs, scale }, () => pictureToPngAsync(picture(), scale), share);
}

/**
 * A drawing as an SVG file for a browser's <img>: the chart CSS inside, light by default and dark
 * when the reader's device is, in the site's fonts.
 */
export function browserSvgFile(svg: string): string {
  // Only the selectors whose classes all appear in the drawing.
  const applies = (selector: string) => (selector.match(/\.[\w-]+/g) ?? []).every((c) => svg.includes(c.slice(1)));
  const used = (css: string) =>
    css
      .split('\n')
      .map((rule) => {
        const open = rule.indexOf('{');
        const selectors = rule.slice(0, open).split(',').filter(applies);
        return selectors.length ? `${selectors.join(',')}${rule.slice(open)}` : '';
      })
      .join('');
  const css = `${used(standaloneCss('light', 'site'))}@media (prefers-color-scheme: dark){${used(standaloneCss('dark', 'site'))}}`;
  return svg.replace(/^<svg\b([^>]*)>/, (_, attrs: string) => `<svg${attrs}><style>${css.replace(/</g, '\\3c ')}</style>`);
}
