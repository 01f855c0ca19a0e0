/**
 * After the build, subsets Pretendard Bold (from the pretendard npm package) to exactly the
 * characters the site's headings use and writes it to dist/fonts/. Headings are the only text
 * set in the web font; body text uses the reader's Korean system font. One small file instead of
 * a dozen unicode-range subsets keeps a phone's first view fast (Lighthouse counts the bytes).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { htmlFiles } from './htmlFiles.ts';

export const HEADING_FONT_PATH = '/fonts/pretendard-bold-headings.woff2';

/**
 * The @font-face rule, written inline into each page's <head> by the layouts rather than in
 * tokens.css: the file is made after the build (below), so Vite could not resolve it at build
 * time and warned about it on every build. Whatever font is ready in the first ~100 ms stays for
 * the page view (`font-display: optional`): no reflow, no shift.
 */
export const HEADING_FONT_FACE = `@font-face{font-family:'Pretendard Headings';src:url('${HEADING_FONT_PATH}') format('woff2');font-weight:100 900;font-style:normal;font-display:optional}`;

/** Text of every h1–h3 and the site name in the built pages, as one sorted string of characters. */
export function headingCharacters(distDir: string): string {
  const chars = new Set<string>();
  // ASCII letters, digits and punctuation are always included, so a heading edited later still renders.
  for (let c = 0x20; c < 0x7f; c++) chars.add(String.fromCharCode(c));
  for (const path of htmlFiles(distDir)) {
    const html = readFileSync(path, 'utf8');
    for (const m of html.matchAll(/<(h[1-3])\b[^>]*>([\s\S]*?)<\/\1>|<a class="brand"[^>]*>([\s\S]*?)<\/a>/g)) {
      const text = (m[2] ?? m[3] ?? '').replace(/<[^>]*>/g, '').replace(/&[a-z#0-9]+;/gi, ' ');
      for (const ch of text) chars.add(ch);
    }
  }
  return [...chars].sort().join('');
}

export async function writeHeadingFont(distDir: string): Promise<{ characters: number; bytes: number }> {
  const require = createRequire(import.meta.url);
  const source = readFileSync(require.resolve('pretendard/dist/web/static/woff2/Pretendard-Bold.woff2'));
  const text = headingCharacters(distDir);
  const font = await subsetFont(source, text, { targetFormat: 'woff2' });
  mkdirSync(join(distDir, 'fonts'), { recursive: true });
  writeFileSync(join(distDir, HEADING_FONT_PATH), font);
  return { characters: [...text].length, bytes: font.length };
}
