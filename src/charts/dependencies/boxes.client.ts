/**
 * Drawing the dependency map again in the browser, in every artboard (html.ts) at once, with the
 * same function as the build (draw.ts). Shared by the map's own element and the replay.
 */
import type { Lang } from '../../lib/kst.ts';
import { drawMap, type MapState } from './draw.ts';
import type { MapModel } from './layout.ts';

export interface BoxView {
  lang: Lang;
  title: string;
  open: ReadonlySet<string>;
  focus: string | null;
  chain: string | null;
}

/** Replaces each artboard's drawing under `container`. */
export function redrawBoxes(container: Element, model: MapModel, state: MapState, view: BoxView): void {
  for (const box of container.querySelectorAll<HTMLElement>('.chart-box')) {
    const drawing = drawMap(model, state, { document, lang: view.lang, width: Number(box.dataset.w), title: view.title, open: view.open, focus: view.focus, chain: view.chain });
    box.replaceChildren(drawing);
  }
}

/** The artboard on screen (CSS shows one). */
export function visibleBox(container: Element): HTMLElement | null {
  const boxes = [...container.querySelectorAll<HTMLElement>('.chart-box')];
  return boxes.find((b) => b.getClientRects().length > 0) ?? boxes[0] ?? null;
}

/** Shows one chain in every chain-form drawing under `container` (print and no-script show all). */
export function showChain(container: Element, chain: string): void {
  for (const s of container.querySelectorAll<HTMLElement>('.dm-chain')) s.classList.toggle('is-shown', s.dataset.chain === chain);
  for (const b of container.querySelectorAll<HTMLButtonElement>('.dm-switch button')) b.setAttribute('aria-pressed', String(b.dataset.chain === chain));
}
