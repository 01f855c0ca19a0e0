/**
 * The directives a story may use. One list, read by the content check (which rejects anything
 * else with the file and line) and by the remark plugin that renders them.
 */
import type { Root } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';

export type AnyDirective = TextDirective | LeafDirective | ContainerDirective;

export const DIRECTIVES = {
  cite: {
    type: 'textDirective',
    usage: ':cite[S12 S30]',
    description: 'Cites one or more sources (ids from the incident\'s sources.yaml, separated by spaces or commas) after a sentence.',
  },
  chart: {
    type: 'leafDirective',
    usage: '::chart{name="timeline" zoom="48h"}',
    description: 'Places a chart on its own line: `name` is one of the charts listed below, each with its options.',
  },
  step: {
    type: 'leafDirective',
    usage: '::step{t="2022-10-16T01:31+09:00" view="map" focus="kakaotalk-msg-servers"}',
    description: 'Starts a step of a scrollytelling section: the text after it, up to the next `::step` or heading, is the step. While the reader scrolls, the replay graphic moves to `t` (a KST time inside the incident), shows `view` (`map`, the default, or `timeline`) and marks `focus` (optional, the id of a service or component: on the map its group opens and its chain shows). Each step also gets its own static figure for readers without JavaScript. Say in the text what changed at that moment.',
  },
} as const;

/** The options of `::step{…}`. */
export const STEP_OPTIONS = ['t', 'view', 'focus'] as const;

/** A directive's attributes that have string values (`name="timeline" org="kakao"`). */
export function directiveAttributes(node: AnyDirective): Record<string, string> {
  return Object.fromEntries(Object.entries(node.attributes ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

export function directiveText(node: AnyDirective): string {
  let text = '';
  visit(node, 'text', (t) => {
    text += t.value;
  });
  return text;
}

/** `:cite[S12, S30]` → `["S12", "S30"]`. */
export function citeIds(node: AnyDirective): string[] {
  return directiveText(node)
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Every directive in a tree, in document order. */
export function directivesOf(tree: Root): AnyDirective[] {
  const out: AnyDirective[] = [];
  visit(tree, (node) => {
    if (node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective') {
      out.push(node as AnyDirective);
    }
  });
  return out;
}

/** Source ids in order of first citation. */
export function citationOrder(tree: Root): string[] {
  const order: string[] = [];
  for (const d of directivesOf(tree)) {
    if (d.name !== 'cite') continue;
    for (const id of citeIds(d)) if (!order.includes(id)) order.push(id);
  }
  return order;
}
