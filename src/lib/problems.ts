/**
 * One catalogue for every content error: file first, then one block per problem with the
 * field path, what was expected and what was found. Messages are pinned in test/unit.
 */
import { kstMinute } from './kstClock.ts';

export type PathPart = string | number;

export interface Problem {
  /** File path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line, when the file format lets us find it. */
  line?: number;
  /** Field path inside the file, e.g. `[14, "at"]`. */
  path: PathPart[];
  expected: string;
  found: string;
  /** Id of the list entry the problem is in, when it has one. */
  entry?: string;
  /** The nearest valid choice to what was found, when one is close (src/lib/suggest.ts). */
  suggestion?: string;
}

/** `[14, "at"]` → `[14].at`; `["title"]` → `title`. */
export function formatPath(path: PathPart[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
  return out || '(whole file)';
}

/** Why a correction cannot be dated in the future. */
export const CORRECTION_DATED = 'a correction is dated when it is published';

/** `expected` for a time after the check: `why` says why it cannot be later. */
export function notLaterThan(now: number, why: string): string {
  return `a time no later than now (${kstMinute(now)}): ${why}`;
}

/** Show what the editor wrote, briefly. */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (Array.isArray(value)) return value.length ? `a list of ${value.length}` : 'an empty list';
  if (typeof value === 'object') return `an object with fields ${Object.keys(value).join(', ') || '(none)'}`;
  return String(value);
}

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const entry = p.entry ? `  (entry "${p.entry}")` : '';
  const hint = p.suggestion ? `\n  did you mean "${p.suggestion}"?` : '';
  return `${where}  ${formatPath(p.path)}${entry}\n  expected: ${p.expected}\n  found:    ${p.found}${hint}`;
}

/**
 * All problems, grouped by file, in a stable order. `outcome` ends the first line: what happened
 * because of them (the build stopped; under `astro dev` the preview keeps running).
 */
export function formatProblems(problems: Problem[], outcome = 'Nothing was built.'): string {
  const sorted = [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || formatPath(a.path).localeCompare(formatPath(b.path)),
  );
  const files = new Set(sorted.map((p) => p.file)).size;
  const head = `Content check failed: ${sorted.length} problem${sorted.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}. ${outcome}`;
  return [head, ...sorted.map(formatProblem)].join('\n\n');
}

/** Thrown by the content loaders; the build and `check:content` print `message` and stop. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}
