/**
 * The code knows no incident: which organizations to compare, their order and colours, where the
 * incident started live in the incident's data. No incident or organization id of the data is a
 * string literal anywhere in src/ (tests and fixtures may name them).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

const IDS = ['pangyo-2022', 'pangyo-dc', 'kakao', 'naver', 'skcc', 'upbit'];
/** `'kakao'`, `"naver"` or `` `skcc` `` as a whole literal, or a class built from one (`rc-kakao`). */
const literal = (id: string) => new RegExp(`(['"\`])${id}\\1|[\\w-]-${id}\\b(?!-)`);

export function incidentLiterals(files: { path: string; text: string }[]): string[] {
  return files.flatMap(({ path, text }) =>
    text.split('\n').flatMap((line, i) => IDS.filter((id) => literal(id).test(line) && !/^\s*(\/\/|\*|\/\*)/.test(line)).map((id) => `${path}:${i + 1}: ${id}`)),
  );
}

describe('src/', () => {
  const src = join(ROOT, 'src');
  const files = readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && /\.(ts|astro|css|mjs)$/.test(f.name))
    .map((f) => ({ path: relative(ROOT, join(f.parentPath, f.name)), text: readFileSync(join(f.parentPath, f.name), 'utf8') }));

  it('names no incident or organization of the data as a string', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(incidentLiterals(files)).toEqual([]);
  });

  it('would name the file and line of one', () => {
    expect(incidentLiterals([{ path: 'src/x.ts', text: "const a = 1;\nif (g === 'kakao') go();" }])).toEqual(['src/x.ts:2: kakao']);
    expect(incidentLiterals([{ path: 'src/x.css', text: '.rc-naver path { stroke: red; }' }])).toEqual(['src/x.css:1: naver']);
  });
});

describe('an incident\'s own words', () => {
  it('come from incident.yaml charts, and without them the charts word themselves from the data', async () => {
    const { loadSiteContent } = await import('../../src/site/load.ts');
    const { renderDependencies } = await import('../../src/charts/dependencies/render.ts');
    const { renderChart } = await import('../../src/charts/registry.ts');
    const { fixtureRoot } = await import('./helpers.ts');
    const real = loadSiteContent(ROOT).incidents.get('pangyo-2022')!;
    expect(renderChart('timeline', {}, real, 't').title).toBe(real.incident.charts!.timeline!.title!.ko);
    const mini = loadSiteContent(fixtureRoot()).incidents.get('mini-2022')!;
    expect(mini.incident.charts).toBeUndefined();
    const html = renderDependencies(mini, { id: 'd' }).html;
    expect(html).toContain('가정: 카카오도 데이터센터를 이원화했다면');
    expect(html).toContain('<h2 class="chart-title" id="d-title">무엇이 무엇에 기대고 있었나</h2>');
    expect(renderChart('timeline', {}, mini, 't').title).toBe('서비스별 장애와 복구');
  });
});
