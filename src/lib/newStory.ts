/**
 * The text of a new story file: every required front-matter field filled with a valid value, a
 * chart, and placeholders (dek, body text, a citation) the editor must replace: the content check
 * refuses the story, line by line, until every placeholder is gone. The `npm run new:story` script
 * writes it; a unit test checks that placeholders are its only problems.
 */
import type { IncidentData } from './incidentData.ts';
import type { Problem } from './problems.ts';

export interface NewStoryOptions {
  title: string;
  slug: string;
  incident: IncidentData;
  author: string;
  /** KST time of publication, `YYYY-MM-DDTHH:MM+09:00`. */
  published: string;
}

export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;


const yamlString = (s: string) => JSON.stringify(s);

/**
 * Text the scaffold writes for the editor to replace. The content check refuses a story that still
 * holds any of it, naming the line, so a placeholder never reaches readers.
 */
export const PLACEHOLDER = {
  dek: '한 문장으로 이 기사가 밝힌 것을 쓰세요.',
  paragraph: '첫 문단을 여기에 씁니다. 사실을 쓴 문장 끝에는 출처를 답니다.',
  heading: '소제목을 쓰세요',
  chartNote: '차트는 줄 하나를 차지합니다. 이름과 선택 사항은 README.md의 "Writing a story"에 있습니다.',
  /** Stands in a citation for the id of a real source. */
  source: 'S??',
} as const;

export const PLACEHOLDER_EXPECTED = 'your own text in place of the placeholder that npm run new:story wrote';
export const PLACEHOLDER_CITATION = `the placeholder :cite[${PLACEHOLDER.source}] that npm run new:story wrote`;

/** A problem that only says a placeholder is still there (the new:story script expects those). */
export function isPlaceholderProblem(p: Problem): boolean {
  return p.expected === PLACEHOLDER_EXPECTED || p.found === PLACEHOLDER_CITATION;
}

export function newStoryText(o: NewStoryOptions): string {
  return `---
title: ${yamlString(o.title)}
dek: ${yamlString(PLACEHOLDER.dek)}
published: "${o.published}"
authors: [${yamlString(o.author)}]
tags: []
incident: ${o.incident.id}
lang: ko
lead: false
corrections: []
---

${PLACEHOLDER.paragraph}:cite[${PLACEHOLDER.source}]

## ${PLACEHOLDER.heading}

${PLACEHOLDER.chartNote}

::chart{name="timeline" zoom="12h"}
`;
}
