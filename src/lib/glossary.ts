/**
 * The stories' glossary (`content/glossary.yaml`): reading it, and finding the refused variants in
 * a story so the check can name the line, the variant and the term to use instead.
 */
import { resolve } from 'node:path';
import { GlossaryEntry } from '../schemas/glossary.ts';
import type { PathPart, Problem } from './problems.ts';
import { readOptionalList } from './yamlFile.ts';

export const GLOSSARY_FILE = 'glossary.yaml';

/** The glossary, or none when the file does not exist; malformed entries are problems. */
export function loadGlossary(root: string, contentDir = 'content'): { entries: GlossaryEntry[]; problems: Problem[] } {
  const file = `${contentDir}/${GLOSSARY_FILE}`;
  const { entries, problems } = readOptionalList(resolve(root, file), file, GlossaryEntry, 'entries (each starting with "- term:")');
  return { entries, problems };
}

/** Every refused variant in `text`, as a problem at `line` (plus the line within `text`). */
export function glossaryProblems(glossary: readonly GlossaryEntry[], text: string, file: string, line: number | undefined, path: PathPart[]): Problem[] {
  const problems: Problem[] = [];
  text.split('\n').forEach((row, k) => {
    for (const entry of glossary) {
      const found = entry.refuse.filter((v) => row.includes(v));
      if (entry.refusePattern) for (const m of row.matchAll(new RegExp(entry.refusePattern, 'gu'))) found.push(m[0]);
      for (const variant of found) {
        problems.push({
          file,
          ...(line !== undefined ? { line: line + k } : {}),
          path,
          expected: `"${entry.term}", the glossary's term (content/${GLOSSARY_FILE})${entry.note ? `: ${entry.note}` : ''}`,
          found: `"${variant}"`,
        });
      }
    }
  });
  return problems;
}
