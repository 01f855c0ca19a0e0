/**
 * The messages between an embed page (inside the iframe) and the page that hosts it. Pure
 * functions, shared by the embed page's script and the loader served at /embed.js, and tested.
 *
 * - Ours: `{ namespace: 'pangyo-fire-embed', type: 'height', height }` from the embed, and
 *   `{ namespace, type: 'ask' }` from the loader when it starts after the embed has loaded.
 * - NPR's pym.js (v1): strings `pymxPYMx<childId>xPYMx<type>xPYMx<message>`; the parent sends
 *   `width`, the child answers `height`.
 * - AMP's amp-iframe: `{ sentinel: 'amp', type: 'embed-size', height }`.
 */
export const NAMESPACE = 'pangyo-fire-embed';
/** Taller than any chart we draw; a larger number is treated as hostile, not as a height. */
export const MAX_HEIGHT = 20000;

export interface HeightMessage {
  namespace: typeof NAMESPACE;
  type: 'height';
  height: number;
}

export function heightMessage(height: number): HeightMessage {
  return { namespace: NAMESPACE, type: 'height', height };
}

export function askMessage(): { namespace: typeof NAMESPACE; type: 'ask' } {
  return { namespace: NAMESPACE, type: 'ask' };
}

/** The height in a message from one of our embeds, or null for anything else. */
export function readHeight(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.namespace !== NAMESPACE || m.type !== 'height') return null;
  const h = m.height;
  if (typeof h !== 'number' || !Number.isFinite(h) || h < 0 || h > MAX_HEIGHT) return null;
  return Math.ceil(h);
}

export function isAsk(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as Record<string, unknown>).namespace === NAMESPACE && (data as Record<string, unknown>).type === 'ask';
}

const PYM = 'xPYMx';

export function pymMessage(childId: string, type: string, message: string): string {
  return ['pym', childId, type, message].join(PYM);
}

/** A pym.js message addressed to `childId`, split into type and message; null for anything else. */
export function readPym(data: unknown, childId: string): { type: string; message: string } | null {
  if (typeof data !== 'string') return null;
  const parts = data.split(PYM);
  if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== childId || !/^\S+$/.test(parts[2]!)) return null;
  return { type: parts[2]!, message: parts[3]! };
}

export function ampMessage(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
  return { sentinel: 'amp', type: 'embed-size', height };
}
