/**
 * One malformed file per error kind (test/fixtures/invalid/<kind>/ overlays the valid fixture).
 * Each message must name the file, the line, the field and what was expected.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../src/site/load.ts';
import { ContentError } from '../../src/lib/problems.ts';
import { fixtureRoot, ROOT } from './helpers.ts';

const INC = 'content/incidents/mini-2022';
const STORY = 'content/stories/mini-story.md';

/** kind → the first lines of the problem block that must appear in the message. */
const CASES: Record<string, string[]> = {
  'bad-status-value': [`${INC}/events.yaml:27  [2].status  (entry "mail-down")`, 'expected: one of: down, degraded, partially-restored, restored', 'found:    "broken"'],
  'conflicting-without-conflict-id': [`${INC}/events.yaml:9  [1].conflict  (entry "talk-down")`, 'expected: a conflict id (confidence is "conflicting")'],
  'contradictory-same-instant': [`${INC}/events.yaml:83  [9].status  (entry "talk-partial-2")`, 'expected: one status for "talk" at 2022-10-16T01:31+09:00', 'found:    "down" while event "talk-partial" says "partially-restored" at the same instant'],
  'date-without-offset': [`${INC}/events.yaml:10  [1].at  (entry "talk-down")`, 'expected: a time with an explicit KST offset, e.g. "2022-10-15T15:30+09:00"', 'found:    "2022-10-15T15:30"'],
  'dependency-unknown-target': [`${INC}/dependencies.yaml:7  [1].to`, 'expected: the id of an organization, service or component', 'found:    "kakaotalk", which is not defined'],
  'duplicate-id': [`${INC}/services.yaml:6  [1].id  (entry "talk")`, 'expected: an id not used before (it is already used by content/incidents/mini-2022/services.yaml entry [0] (the 1st entry))'],
  'incident-unknown-group': [`${INC}/incident.yaml:10  groups[1].id`, 'expected: the id of an organization in organizations.yaml', 'found:    "nave", which is not defined\n  did you mean "naver"?'],
  'incident-unknown-chart-words': [`${INC}/incident.yaml:14  charts.dependencies.titel`, 'expected: words the dependencies chart takes: title, dek, fire, dual, whatif', 'found:    "titel"\n  did you mean "title"?'],
  'incident-id-mismatch': [`${INC}/incident.yaml:1  id`, 'expected: the folder name "mini-2022"', 'found:    "pangyo-2022"'],
  'long-name-without-short': [`${INC}/services.yaml:6  [1].short  (entry "mail")`, 'expected: a short name, {ko: "…", en: "…"} of at most 10 and 20 characters: the name "카카오 메일 (다음 메일 포함)" / "Kakao Mail" is too long for a chart\'s label column on a phone'],
  'missing-source': [`${INC}/events.yaml:30  [2].sources  (entry "mail-down")`, 'expected: at least one source id: every row cites a source', 'found:    an empty list'],
  'open-span-undeclared': [`${INC}/events.yaml:47  [5].open  (entry "naver-search-degraded")`, 'expected: a later event that restores "naver-search"', 'or `open: { note: { ko, en }, sources: [...] }` on this event', 'found:    "degraded" from 2022-10-15T16:00+09:00 with no later event'],
  'redundancy-bad-status': [`${INC}/redundancy.yaml:27  organizations[0].layers[1].status`, 'expected: one of: redundant, partial, not-redundant, unknown', 'found:    "no"'],
  'redundancy-unknown-main': [`${INC}/redundancy.yaml:13  organizations[0].main`, 'expected: the id of a component in components.yaml (the data center its main systems ran in)', 'found:    "dc3", which is not defined', 'did you mean "dc"?'],
  'redundancy-missing-layer': [`${INC}/redundancy.yaml:41  organizations[1].layers`, 'expected: a cell for every layer (write status: unknown when no source says)', 'found:    no cell for auth'],
  'restore-before-outage': [`${INC}/events.yaml:91  [10].status  (entry "mail-restored")`, 'expected: an outage (down or degraded) of "mail" before it is restored'],
  'services-not-a-list': [`${INC}/services.yaml:1  (whole file)`, 'expected: a YAML list of entries (each starting with "- ")'],
  'story-date-without-offset': [`${STORY}:4  published`, 'expected: a time with an explicit KST offset', 'found:    "2026-11-26 09:00"'],
  'story-missing-title': [`${STORY}:2  title`, 'expected: the required field "title"', 'found:    nothing (the field is missing)'],
  'story-raw-html': [`${STORY}:18  body`, 'expected: Markdown without raw HTML'],
  'story-refused-term': [`${STORY}:14  body`, 'expected: "텍스트 메시지", the glossary\'s term (content/glossary.yaml)', 'found:    "글 메시지"'],
  'story-script': [`${STORY}:18  body`, 'expected: Markdown without raw HTML', 'found:    "<script>"'],
  'story-image-without-alt': [`${STORY}:18  body.image`, 'expected: alt text that says what the image shows', 'found:    an image without alt text ("/images/fire.jpg")'],
  'story-javascript-link': [`${STORY}:18  body.link`, 'expected: a link to a page (starting with /, # or https://)', 'found:    "javascript:alert(1)"'],
  'story-unknown-source-link': [`${STORY}:18  body.link`, 'expected: a source id from content/incidents/mini-2022/sources.yaml (or cite it with :cite[…])', 'found:    "S99", which is not defined'],
  'story-unknown-chart': [`${STORY}:18  body.chart.name`, 'expected: a chart name: timeline, recovery, dependencies, replay, redundancy, outcomes, whatif', 'found:    "map"'],
  'story-chart-unknown-focus': [`${STORY}:18  body.chart.focus`, "expected: the id of a part of mini-2022's dependency map", 'found:    "kakao-login"'],
  'story-unknown-chart-option': [`${STORY}:18  body.chart.orgs`, 'expected: an option of the timeline chart (org, zoom, title, dek)', 'found:    an unknown option "orgs"\n  did you mean "org"?'],
  'story-placeholder': [`${STORY}:3  dek`, 'expected: your own text in place of the placeholder that npm run new:story wrote', 'found:    "한 문장으로 이 기사가 밝힌 것을 쓰세요."'],
  'story-future-correction': [`${STORY}:10  corrections[0].date`, 'expected: a time no later than now (', 'a correction is dated when it is published', 'found:    "2099-01-01T09:00+09:00"'],
  'data-future-correction': [`${INC}/corrections.yaml:1  [0].date`, 'expected: a time no later than now (', 'found:    "2099-01-01T09:00+09:00"'],
  'story-filtered-chart-without-title': [`${STORY}:20  body.chart.title`, 'expected: a title="…" of your own: the timeline chart\'s standard title names 네이버 (naver), which org="kakao" leaves out of the chart', 'found:    no title'],
  'story-chart-inside-sentence': [`${STORY}:18  body`, 'expected: ::chart{…} on a line of its own, after an empty line (inside a sentence it is printed as text)', 'found:    ::chart{name="timeline" zoom="12h"} inside a paragraph'],
  'story-published-in-future': [`${STORY}:4  published`, 'expected: a time no later than now (', 'a story is live from the first build that holds it', 'found:    "2099-11-26T09:00+09:00"'],
  'event-after-data-as-of': [`${INC}/events.yaml:91  [10].at  (entry "mail-restored")`, 'expected: a time no later than dataAsOf (2022-10-18T15:30+09:00)', 'found:    "2023-10-17T09:00+09:00"'],
  'story-misspelled-source': [`${STORY}:18  body.cite`, 'found:    "S011", which is not defined\n  did you mean "S01"?'],
  'story-misspelled-field': [`${STORY}:4  publshed`, 'found:    an unknown field "publshed"\n  did you mean "published"?'],
  'story-chart-unknown-org': [`${STORY}:18  body.chart.org`, 'expected: organization groups of mini-2022: kakao, naver', 'found:    "daum"'],
  'story-chart-bad-zoom': [`${STORY}:18  body.chart.zoom`, 'expected: one of: 12h, 48h, all', 'found:    "week"'],
  'story-unknown-directive': [`${STORY}:18  body`, 'expected: a known directive (:cite[S12 S30], ::chart{name="timeline" zoom="48h"}, ::step{t="2022-10-16T01:31+09:00" view="map" focus="kakaotalk-msg-servers"})', 'found:    "::map" on a line of its own'],
  'story-step-outside-incident': [`${STORY}:18  body.step.t`, 'expected: a time inside mini-2022, from 2022-10-15T15:19+09:00 to 2022-10-17T15:30+09:00', 'found:    "2022-10-18T09:00+09:00"'],
  'story-step-unknown-focus': [`${STORY}:18  body.step.focus`, 'expected: the id of a part of mini-2022', 'found:    "kakao-login"'],
  'story-step-bad-view': [`${STORY}:18  body.step.view`, 'expected: one of: map, timeline', 'found:    "chart"'],
  'story-step-without-text': [`${STORY}:20  body.step`, 'expected: a paragraph after the step saying what changed at that moment'],
  'story-unknown-incident': [`${STORY}:7  incident`, 'expected: the id of a folder in content/incidents (mini-2022)', 'found:    "pangyo-2021"'],
  'story-unknown-source': [`${STORY}:18  body.cite`, 'expected: a source id from content/incidents/mini-2022/sources.yaml', 'found:    "S77", which is not defined'],
  'story-updated-before-published': [`${STORY}:5  updated`, 'expected: a time on or after published (2026-11-26T09:00+09:00)'],
  'recovery-count-without-total': [`${INC}/recovery.yaml:5  series[0].points[0].total`, 'expected: the required field "total": the denominator the count was published against', 'found:    nothing (the field is missing)'],
  'recovery-count-above-total': [`${INC}/recovery.yaml:12  series[0].points[1].restored`, 'expected: a count no larger than its total (40)', 'found:    45'],
  'recovery-total-change-without-source': [`${INC}/recovery.yaml:10  series[0].points[1].revised`, 'expected: `revised: { note: { ko, en }, sources: [...] }` on this point: who changed the total from 40 to 45, and why', 'found:    total 45 after 40 (at 2022-10-16T12:00+09:00) with no source for the change'],
  'recovery-percent-without-conflict': [`${INC}/recovery.yaml:5  series[0].points[0].conflict`, 'expected: a conflict id (conflicts.yaml): the published 6.6 % (S02) is not 47 / 647 = 7.3 % (it is 47 / 709 = 6.6 %)', 'found:    no conflict'],
  'milestone-unknown-kind': [`${INC}/events.yaml:109  [12].milestone  (entry "kakao-declared")`, 'expected: a milestone kind from content/milestones.yaml (background, ignition,', 'a new kind is a new entry there', 'found:    "declared-recovry", which is not defined\n  did you mean "declared-recovery"?'],
  'source-wrong-letter': [`${INC}/sources.yaml:15  [3].id  (entry "N04")`, 'expected: a source id starting with this incident\'s letter "S" (incident.yaml sourcePrefix), e.g. S04', 'found:    "N04"'],
  'story-unknown-other-incident-source': [`${STORY}:18  body.cite`, 'expected: a source id from content/incidents/mini-2025/sources.yaml', 'found:    "M09", which is not defined\n  did you mean "M01"?'],
  'conflict-id-of-another-incident': ['content/incidents/mini-2025/conflicts.yaml  [0].id  (entry "C1")', 'expected: a conflict id no other incident uses (mini-2022 already has "C1"): put the incident\'s source letter in front, e.g. "MC1"', 'found:    "C1"'],
  'site-without-lead': ['content/site.yaml  lead', 'expected: a file content/site.yaml with `lead: <incident>`, the incident the site leads with (one of mini-2022, mini-2025)', 'found:    no such file, and more than one incident folder'],
  'unknown-field': [`${INC}/services.yaml:20  [3].soruces  (entry "papago")`, 'found:    an unknown field "soruces"'],
  'unknown-organization': [`${INC}/services.yaml:7  [1].organization  (entry "mail")`, 'expected: the id of an organization in organizations.yaml', 'found:    "daum", which is not defined'],
  'unknown-source': [`${INC}/services.yaml:15  [2].sources[0]  (entry "bank")`, 'expected: the id of a source in sources.yaml', 'found:    "S99", which is not defined'],
  'unknown-subject': [`${INC}/events.yaml:26  [2].subject  (entry "mail-down")`, 'found:    "kakao-mial", which is not defined'],
  'yaml-syntax-error': [`${INC}/dependencies.yaml:9  (whole file)`, 'expected: valid YAML'],
};

const INVALID = join(ROOT, 'test/fixtures/invalid');

describe('loadSiteContent(invalid fixture)', () => {
  it('has one test case for every fixture folder and at least 12 kinds', () => {
    expect(readdirSync(INVALID).sort()).toEqual(Object.keys(CASES).sort());
    expect(Object.keys(CASES).length).toBeGreaterThanOrEqual(12);
  });

  for (const [kind, lines] of Object.entries(CASES)) {
    it(`rejects ${kind} naming the file, line and field`, () => {
      const root = fixtureRoot(join(INVALID, kind));
      let error: unknown;
      try {
        loadSiteContent(root);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ContentError);
      const message = (error as ContentError).message;
      expect(message).toMatch(/^Content check failed: \d+ problems? in \d+ files?\. Nothing was built\./);
      const block = message.split('\n\n').find((b) => b.startsWith(lines[0]!));
      expect(block, `no problem block starting with ${lines[0]} in:\n${message}`).toBeDefined();
      for (const line of lines.slice(1)) expect(block).toContain(line);
    });
  }
});
