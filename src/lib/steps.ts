/**
 * The scrollytelling steps of a story's Markdown: which `::step{…}` lines form which section, and
 * the ids and addresses of their figures. Pure; the content check, the remark plugin that renders
 * the steps and the step-figure route all read stories through it.
 */
import type { Root, RootContent } from 'mdast';
import { remark } from 'remark';
import remarkDirective from 'remark-directive';
import { REPLAY_VIEWS, type ReplayView } from '../schemas/vocabulary.ts';
import type { AnyDirective } from './directives.ts';

export interface StepNode {
  directive: AnyDirective;
  t: string;
  view: ReplayView;
  focus?: string;
  content: RootContent[];
}

export interface StepSection {
  /** Index in the root's children of the first step and one past the last node of the section. */
  start: number;
  end: number;
  steps: StepNode[];
}

const isStep = (n: RootContent): n is RootContent & AnyDirective => n.type === 'leafDirective' && (n as AnyDirective).name === 'step';

/** The scrollytelling sections of a story, in order. */
export function stepSections(tree: Root): StepSection[] {
  const sections: StepSection[] = [];
  let current: StepSection | undefined;
  tree.children.forEach((node, i) => {
    if (isStep(node)) {
      const a = (node.attributes ?? {}) as Record<string, string | undefined>;
      const view = REPLAY_VIEWS.includes(a.view as ReplayView) ? (a.view as ReplayView) : 'map';
      if (!current) sections.push((current = { start: i, end: i + 1, steps: [] }));
      current.steps.push({ directive: node, t: a.t ?? '', view, ...(a.focus ? { focus: a.focus } : {}), content: [] });
      current.end = i + 1;
    } else if (current && node.type !== 'heading') {
      current.steps.at(-1)!.content.push(node);
      current.end = i + 1;
    } else {
      current = undefined;
    }
  });
  return sections;
}

/** `replay-<section>-step-<n>`: the id of a step's list item, and the name of its figure's file. */
export const stepId = (section: number, step: number) => `replay-${section}-step-${step}`;

/** Every step of a story's Markdown body, with its id: what the step-figure route renders. */
export function storySteps(body: string): { id: string; step: StepNode }[] {
  const tree = remark().use(remarkDirective).parse(body) as Root;
  return stepSections(tree).flatMap((section, i) => section.steps.map((step, j) => ({ id: stepId(i + 1, j + 1), step })));
}

/** Address of a step's figure file. */
export const stepFigurePath = (slug: string, id: string) => `/stories/${slug}/${id}.svg`;

