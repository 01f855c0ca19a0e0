/**
 * The text of a new story file: every required front-matter field filled with a valid value, a
 * first paragraph citing one of the incident's sources and a chart, so it builds as it is. The
 * `npm run new:story` script writes it; a unit test checks it against the content check.
 */
import type { IncidentData } from './loadIncident.ts';

export interface NewStoryOptions {
  title: string;
  slug: string;
  incident: IncidentData;
  author: string;
  /** KST time of publication, `YYYY-MM-DDTHH:MM+09:00`. */
  published: string;
}

export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The current time in KST as the content files write it. */
export function kstNow(date = new Date()): string {
  const k = new Date(date.getTime() + 9 * 3600_000).toISOString();
  return `${k.slice(0, 16)}+09:00`;
}

const yamlString = (s: string) => JSON.stringify(s);

export function newStoryText(o: NewStoryOptions): string {
  const source = o.incident.sources[0];
  if (!source) throw new Error(`content/incidents/${o.incident.id}/sources.yaml has no source to cite`);
  return `---
title: ${yamlString(o.title)}
dek: ${yamlString('한 문장으로 이 기사가 밝힌 것을 쓰세요.')}
published: "${o.published}"
authors: [${yamlString(o.author)}]
tags: []
incident: ${o.incident.id}
lang: ko
lead: false
corrections: []
---

첫 문단을 여기에 씁니다. 사실을 쓴 문장 끝에는 출처를 답니다.:cite[${source.id}]

## 소제목

차트는 줄 하나를 차지합니다. 이름과 선택 사항은 content/README.md에 있습니다.

::chart{name="timeline" zoom="12h"}
`;
}
