import type { Root } from 'mdast';
import { remark } from 'remark';
import remarkDirective from 'remark-directive';
import { describe, expect, it } from 'vitest';
import { stepSections } from '../../src/lib/steps.ts';

const parse = (md: string) => remark().use(remarkDirective).parse(md) as Root;

describe('stepSections', () => {
  const tree = parse(`Intro.

## Steps

::step{t="2022-10-15T15:19+09:00" focus="pangyo-battery-room"}

First step.

Still the first step.

::step{t="2022-10-16T01:31+09:00" view="timeline"}

Second step.

## After

Not a step.

::step{t="2022-10-19T05:00+09:00"}

A second section.
`);
  const sections = stepSections(tree);

  it('groups consecutive steps into one section and a heading ends it', () => {
    expect(sections.map((s) => s.steps.length)).toEqual([2, 1]);
  });

  it('gives each step the text up to the next step, with its time, view (map by default) and focus', () => {
    const [first, second] = sections[0]!.steps;
    expect(first).toMatchObject({ t: '2022-10-15T15:19+09:00', view: 'map', focus: 'pangyo-battery-room' });
    expect(first!.content.map((n) => n.type)).toEqual(['paragraph', 'paragraph']);
    expect(second).toMatchObject({ t: '2022-10-16T01:31+09:00', view: 'timeline' });
    expect(second!.focus).toBeUndefined();
    expect(second!.content).toHaveLength(1);
  });

  it('covers exactly the nodes it replaces, so the text outside the sections stays', () => {
    const [a, b] = sections;
    const kept = tree.children.filter((_, i) => !(i >= a!.start && i < a!.end) && !(i >= b!.start && i < b!.end));
    expect(kept.map((n) => n.type)).toEqual(['paragraph', 'heading', 'heading', 'paragraph']);
  });
});
