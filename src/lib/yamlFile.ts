import { existsSync, readFileSync } from 'node:fs';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { describeFound, type PathPart, type Problem } from './problems.ts';
import { zodProblems } from './zodProblems.ts';

/** A parsed YAML file that can tell the line of any field path. */
export interface YamlFile {
  file: string;
  data: unknown;
  /** Line of the deepest existing node on `path` (1-based), or undefined. */
  lineOf(path: PathPart[]): number | undefined;
}

/** Adds the line and, for list entries, the entry's id to a problem found in `yaml`. */
export function locate(p: Problem, yaml: YamlFile): Problem {
  const [first] = p.path;
  const entry = typeof first === 'number' && Array.isArray(yaml.data) ? (yaml.data[first] as { id?: unknown } | undefined)?.id : undefined;
  return { ...p, line: p.line ?? yaml.lineOf(p.path), ...(typeof entry === 'string' ? { entry } : {}) };
}

export function readYaml(absPath: string, file: string): { value?: YamlFile; problems: Problem[] } {
  const text = readFileSync(absPath, 'utf8');
  return parseYaml(text, file);
}

/** `lineOffset` shifts every line, for YAML that sits inside another file (front matter). */
export function parseYaml(text: string, file: string, lineOffset = 0): { value?: YamlFile; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    // The first syntax error is the real one; the rest usually follow from it.
    return {
      problems: doc.errors.slice(0, 1).map((e) => ({
        file,
        line: lineCounter.linePos(e.pos[0]).line + lineOffset,
        path: [],
        expected: 'valid YAML',
        found: e.message.split('\n')[0] ?? 'a syntax error',
      })),
    };
  }
  const lineOf = (path: PathPart[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + lineOffset;
    }
    return undefined;
  };
  return { value: { file, data: doc.toJS(), lineOf }, problems: [] };
}

/**
 * A YAML file that holds a list: each entry checked against the schema `schemaOf` picks for it.
 * `entries[i]` is the parsed entry i (undefined where it failed); problems carry lines and ids.
 */
export function parseList<T>(yaml: YamlFile, schemaOf: (entry: unknown) => z.ZodType<T>, what = 'entries (each starting with "- ")'): { entries: (T | undefined)[]; problems: Problem[] } {
  if (!Array.isArray(yaml.data)) {
    return { entries: [], problems: [{ file: yaml.file, line: 1, path: [], expected: `a YAML list of ${what}`, found: describeFound(yaml.data) }] };
  }
  const problems: Problem[] = [];
  const entries = yaml.data.map((entry, i) => {
    const parsed = schemaOf(entry).safeParse(entry);
    if (parsed.success) return parsed.data;
    problems.push(...zodProblems(parsed.error, entry, yaml.file, [i]).map((q) => locate(q, yaml)));
    return undefined;
  });
  return { entries, problems };
}

/**
 * A list file that may be absent (`content/glossary.yaml`, `content/milestones.yaml`): its valid
 * entries and the problems of the others; none of either when the file does not exist.
 */
export function readOptionalList<T>(absPath: string, file: string, schema: z.ZodType<T>, what: string): { entries: T[]; problems: Problem[]; yaml?: YamlFile } {
  if (!existsSync(absPath)) return { entries: [], problems: [] };
  const { value, problems } = readYaml(absPath, file);
  if (!value) return { entries: [], problems };
  const list = parseList(value, () => schema, what);
  return { entries: list.entries.filter((e): e is T => e !== undefined), problems: [...problems, ...list.problems], yaml: value };
}
