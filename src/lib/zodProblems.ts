import type { z } from 'zod';
import { describeFound, type PathPart, type Problem } from './problems.ts';
import { nearest } from './suggest.ts';

function valueAt(data: unknown, path: PathPart[]): unknown {
  let v: unknown = data;
  for (const part of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PathPart, unknown>)[part];
  }
  return v;
}

function expectedOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return `one of: ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'unrecognized_keys':
      return 'only the documented fields (check the spelling; see content/README.md)';
    case 'invalid_type':
      return issue.message.startsWith('Invalid input') ? `a value of type ${issue.expected}` : issue.message;
    default:
      return issue.message;
  }
}

/** Turn a zod error into editor-facing problems for one file; `base` prefixes the path. */
export function zodProblems(error: z.ZodError, data: unknown, file: string, base: PathPart[] = []): Problem[] {
  const problems: Problem[] = [];
  const pathOf = (issue: z.core.$ZodIssue) => issue.path.filter((p): p is PathPart => typeof p !== 'symbol');
  // A misspelled field is both unknown and, when required, missing: the missing ones beside it are
  // what it most likely meant ("publshed": did you mean "published"?).
  const missingBeside = (parent: PathPart[]) =>
    error.issues.flatMap((issue) => {
      const p = pathOf(issue);
      const field = p.at(-1);
      const sameParent = p.length === parent.length + 1 && parent.every((part, i) => p[i] === part);
      return issue.code === 'invalid_type' && sameParent && typeof field === 'string' && valueAt(data, p) === undefined ? [field] : [];
    });
  for (const issue of error.issues) {
    const path = pathOf(issue);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({ file, path: [...base, ...path, key], expected: expectedOf(issue), found: `an unknown field "${key}"`, suggestion: nearest(key, missingBeside(path)) });
      }
      continue;
    }
    const value = valueAt(data, path);
    const field = path.at(-1);
    const expected =
      issue.code === 'invalid_type' && value === undefined && typeof field === 'string'
        ? `the required field "${field}"${issue.message.startsWith('Invalid input') ? '' : `: ${issue.message}`}`
        : expectedOf(issue);
    const suggestion = issue.code === 'invalid_value' && typeof value === 'string' ? nearest(value, issue.values.map(String)) : undefined;
    problems.push({ file, path: [...base, ...path], expected, found: describeFound(value), suggestion });
  }
  return problems;
}
