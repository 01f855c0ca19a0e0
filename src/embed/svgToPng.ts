/**
 * SVG to PNG with resvg, in the site's own fonts only: the one call behind every share card and
 * thumbnail, whether drawn in place (image.ts) or on another core (pngWorker.mjs), so the two
 * give the same bytes. Kept free of Vite-only imports: the worker loads it by path.
 */
import { Resvg } from '@resvg/resvg-js';

export function svgToPng(svg: string, scale: number, fontFiles: string[], family: string): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: family, sansSerifFamily: family },
    background: 'white',
  });
  return resvg.render().asPng();
}
