import { readFileSync } from 'node:fs';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { PathPart, Problem } from './problems.ts';

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
