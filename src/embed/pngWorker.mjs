// A worker thread that turns share-card SVG into PNG with resvg, the same call as
// pictureToPng in image.ts, so the build can draw cards on another core (pngPool.ts).
// Plain JavaScript: it is started by path from the project's src/, outside Vite's bundle.
import { parentPort } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';

parentPort.on('message', ({ id, svg, scale, fontFiles, family }) => {
  try {
    const resvg = new Resvg(svg, {
      fitTo: { mode: 'zoom', value: scale },
      font: { loadSystemFonts: false, fontFiles, defaultFontFamily: family, sansSerifFamily: family },
      background: 'white',
    });
    const png = resvg.render().asPng();
    parentPort.postMessage({ id, png });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error?.stack ?? error) });
  }
});
