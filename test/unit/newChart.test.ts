/**
 * A new chart is one folder, one line in the chart list and one golden test. The fixture chart in
 * test/fixtures/charts/servicecount/ is added to the same list the site uses, and with no other
 * edit it gets the directive check, the docs, an embed page, oEmbed and a picture.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHARTS, renderChart } from '../../src/charts/registry.ts';
import { contentDocs } from '../../src/lib/contentDocs.ts';
import { checkStory } from '../../src/lib/loadStories.ts';
import { embedInfo, embedNames, embedPath, embedPicture, oembed } from '../../src/embed/charts.ts';
import { PICTURE_SCALE } from '../../src/embed/image.ts';
import { loadSiteContent } from '../../src/site/load.ts';
import { servicecount } from '../fixtures/charts/servicecount/index.ts';
import { expectGolden } from '../charts/golden.ts';
import { fixtureRoot } from './helpers.ts';

const { incidents, glossary } = loadSiteContent(fixtureRoot());
const d = incidents.get('mini-2022')!;
const story = (directive: string) => `---
title: "새 차트 시험"
dek: "새 차트를 넣어 본다."
published: "2026-11-26T09:00+09:00"
authors: ["시험 기자"]
incident: mini-2022
---

카카오톡이 멈췄다.:cite[S01]

${directive}
`;
const check = (directive: string) => checkStory(story(directive), 'content/stories/new-chart.md', incidents, { charts: CHARTS, glossary }).problems;

describe('a chart added to the list', () => {
  beforeAll(() => {
    CHARTS.push(servicecount);
  });
  afterAll(() => {
    CHARTS.splice(CHARTS.indexOf(servicecount), 1);
  });

  it('is placed by a story and its options are checked, with the line', () => {
    expect(check('::chart{name="servicecount" title="조직별 서비스"}')).toEqual([]);
    expect(check('::chart{name="servicecount" titel="x"}')).toEqual([
      { file: 'content/stories/new-chart.md', line: 11, path: ['body', 'chart', 'titel'], expected: 'an option of the servicecount chart (title, dek)', found: 'an unknown option "titel"', suggestion: 'title' },
    ]);
  });

  it('is documented for editors', () => {
    expect(contentDocs(CHARTS)).toContain('### `::chart{name="servicecount" …}`');
  });

  it('gets an embed page, an oEmbed document and a picture', () => {
    expect(embedNames(d)).toContain('servicecount');
    const info = embedInfo('servicecount', 'ko', d);
    expect(info.title).toBe('조직별 서비스 수');
    expect(info.html).toContain('<h1 class="chart-title"');
    const picture = embedPicture('servicecount', 'ko', d);
    expect(picture.svg).toContain('조직별 서비스 수');
    expect(picture.svg).toMatch(/<rect x="0" y="0" width="\d+" height="18"\/>/);
    const doc = oembed(info, picture, PICTURE_SCALE);
    expect(doc.html).toContain(embedPath('servicecount'));
    expect(doc.thumbnail_url).toMatch(/\/embed\/servicecount\/chart\.png$/);
  });

  it('draws as its golden file says', () => {
    expectGolden('servicecount-mini', renderChart('servicecount', {}, d, 'sc').drawings()[0]!);
  });
});

describe('without the line in the list', () => {
  it('the chart does not exist', () => {
    expect(check('::chart{name="servicecount"}')[0]).toMatchObject({ path: ['body', 'chart', 'name'], found: '"servicecount"' });
    expect(embedNames(d)).not.toContain('servicecount');
  });
});
