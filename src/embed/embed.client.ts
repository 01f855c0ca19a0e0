/**
 * Inside an embed page: tells the host page how tall the embed is, whenever that changes (fonts,
 * a filter, a narrower iframe, a table opened or closed), so the iframe grows and shrinks with no
 * inner scrollbar. It speaks three dialects at once: ours (read by /embed.js), pym.js v1 when the
 * URL carries pym's `childId` (answering the parent's width messages), and AMP's `embed-size`.
 * Heights are not secret, so they go to any parent; nothing received is ever evaluated.
 */
import { ampMessage, heightMessage, isAsk, pymMessage, readPym } from './protocol.ts';

const framed = window.parent !== window;
const childId = new URLSearchParams(location.search).get('childId');
let last = -1;

/** The document's own height: <html> is as tall as its content (nothing here sets a min-height). */
function measure(): number {
  return Math.ceil(document.documentElement.getBoundingClientRect().height);
}

function send(force = false) {
  if (!framed) return;
  const h = measure();
  if (h === last && !force) return;
  last = h;
  window.parent.postMessage(heightMessage(h), '*');
  if (childId) window.parent.postMessage(pymMessage(childId, 'height', String(h)), '*');
  window.parent.postMessage(ampMessage(h), '*');
}

if (framed) {
  new ResizeObserver(() => send()).observe(document.documentElement);
  void document.fonts?.ready.then(() => send());
  window.addEventListener('message', (e: MessageEvent) => {
    if (e.source !== window.parent) return;
    if (isAsk(e.data)) send(true);
    else if (childId && readPym(e.data, childId)?.type === 'width') send(true);
  });
  send(true);
}
