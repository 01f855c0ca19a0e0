/**
 * /embed.js: the loader (src/embed/loader.ts) bundled with esbuild into one small dependency-free
 * script, minified, with no source map or timestamps so every build writes the same bytes.
 */
import type { APIRoute } from 'astro';
import { build } from 'esbuild';
import { resolve } from 'node:path';

export const GET: APIRoute = async () => {
  const out = await build({
    // The build runs from the project root (npm scripts do).
    entryPoints: [resolve('src/embed/loader.ts')],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    target: 'es2019',
    legalComments: 'none',
  });
  const banner = '/* Pangyo fire data: embed loader. Sizes our iframes; reads nothing else. Source: src/embed/loader.ts */\n';
  return new Response(banner + out.outputFiles[0]!.text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
