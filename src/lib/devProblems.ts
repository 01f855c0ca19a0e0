/**
 * Under `astro dev`: the content check's latest message, or undefined when the content passes.
 * The integration in astro.config.mjs runs the check (at start and on every save) and sets it; the
 * layouts show it as a banner on every page, so a mistake is seen where the editor looks. The
 * config and the pages are separate module graphs in one process, hence a global by symbol.
 */
const KEY = Symbol.for('pangyo-fire-data.devContentProblems');
type WithProblems = typeof globalThis & { [KEY]?: { message: string | undefined } };

/** Called by the dev server's content check only: a build never sets it. */
export function setDevProblems(message: string | undefined): void {
  (globalThis as WithProblems)[KEY] = { message };
}

export function devProblems(): string | undefined {
  return (globalThis as WithProblems)[KEY]?.message;
}

/** True under `astro dev`, where pages render what passed and show the rest in the banner. */
export function isDevServer(): boolean {
  return KEY in globalThis;
}

/** How a failed check ends under `astro dev`, in place of the build's "Nothing was built." */
export const DEV_OUTCOME = 'The preview keeps running and shows the content that passed; fix the file and save to check again.';

const GENERATION = Symbol.for('pangyo-fire-data.contentGeneration');
type WithGeneration = typeof globalThis & { [GENERATION]?: number };

/**
 * Bumped by the dev server when a story is saved: the pages' content module reads the content again
 * (only the changed files are checked again, lib/loadContent.ts) without the dev server dropping
 * every module it compiled, which is what a change to an incident's data still does.
 */
export function bumpContentGeneration(): void {
  (globalThis as WithGeneration)[GENERATION] = contentGeneration() + 1;
}

export function contentGeneration(): number {
  return (globalThis as WithGeneration)[GENERATION] ?? 0;
}
