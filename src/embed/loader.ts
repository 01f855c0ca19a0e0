/**
 * The loader newsrooms paste with an embed (`<script async src="…/embed.js">`), compiled to a
 * dependency-free script by src/pages/embed.js.ts. It sizes our iframes to their content and does
 * nothing else: it never evaluates what a message says, never writes HTML and never navigates the
 * host page. A message counts only if it comes from our origin (the origin this script was served
 * from), from the window of one of our iframes on this page, in our namespace, with a sane height.
 */
import { askMessage, readHeight } from './protocol.ts';

declare global {
  interface Window {
    __pangyoFireEmbed?: boolean;
  }
}

(() => {
  const script = document.currentScript as HTMLScriptElement | null;
  if (!script?.src || window.__pangyoFireEmbed) return;
  // Several embeds on one page each bring the script; the first one does the work.
  window.__pangyoFireEmbed = true;
  const origin = new URL(script.src).origin;

  const frames = (): HTMLIFrameElement[] =>
    [...document.querySelectorAll('iframe')].filter((f) => {
      try {
        const u = new URL(f.src, location.href);
        return u.origin === origin && u.pathname.startsWith('/embed/');
      } catch {
        return false;
      }
    });

  window.addEventListener('message', (e: MessageEvent) => {
    if (e.origin !== origin) return;
    const height = readHeight(e.data);
    if (height === null) return;
    const frame = frames().find((f) => f.contentWindow === e.source);
    if (!frame) return;
    frame.style.height = `${height}px`;
    frame.setAttribute('height', String(height));
  });

  // Embeds that finished loading before this script ran have already sent their height: ask again.
  const ask = (f: HTMLIFrameElement) => f.contentWindow?.postMessage(askMessage(), origin);
  for (const f of frames()) {
    ask(f);
    f.addEventListener('load', () => ask(f));
  }
})();
