// A worker thread that turns share-card SVG into PNG with the same call as pictureToPng in
// image.ts (svgToPng.ts), so the build can draw cards on another core (pngPool.ts).
// Plain JavaScript: it is started by path from the project's src/, outside Vite's bundle.
import { parentPort } from 'node:worker_threads';
import { svgToPng } from './svgToPng.ts';

parentPort.on('message', ({ id, svg, scale, fontFiles, family }) => {
  try {
    parentPort.postMessage({ id, png: svgToPng(svg, scale, fontFiles, family) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error?.stack ?? error) });
  }
});
