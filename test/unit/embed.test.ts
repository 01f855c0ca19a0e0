import { describe, expect, it } from 'vitest';
import { askMessage, heightMessage, isAsk, MAX_HEIGHT, pymMessage, readHeight, readPym } from '../../src/embed/protocol.ts';
import { EMBED_HEADERS, headerRules, headersText, PAGE_HEADERS } from '../../src/lib/headers.ts';
import { altText, embedNames, embedQuery } from '../../src/embed/charts.ts';
import { loadSiteContent } from '../../src/site/load.ts';
import { ROOT } from './helpers.ts';
import { browserSvgFile, shareCard, standaloneCss } from '../../src/embed/image.ts';
import { ARTBOARDS, artboards } from '../../src/charts/html.ts';
import { renderChart } from '../../src/charts/registry.ts';

describe('embed messages', () => {
  it('reads our height messages and nothing else', () => {
    expect(readHeight(heightMessage(812.4))).toBe(813);
    expect(readHeight({ ...heightMessage(10), namespace: 'other' })).toBeNull();
    expect(readHeight({ ...heightMessage(10), type: 'width' })).toBeNull();
    expect(readHeight({ namespace: 'pangyo-fire-embed', type: 'height', height: '812' })).toBeNull();
    expect(readHeight(heightMessage(Number.NaN))).toBeNull();
    expect(readHeight(heightMessage(-1))).toBeNull();
    expect(readHeight(heightMessage(MAX_HEIGHT + 1))).toBeNull();
    expect(readHeight('pymxPYMxidxPYMxheightxPYMx500')).toBeNull();
    expect(readHeight(null)).toBeNull();
  });

  it('speaks pym.js v1: parent width messages in, child height strings out', () => {
    expect(pymMessage('box', 'height', '640')).toBe('pymxPYMxboxxPYMxheightxPYMx640');
    expect(readPym('pymxPYMxboxxPYMxwidthxPYMx600', 'box')).toEqual({ type: 'width', message: '600' });
    expect(readPym('pymxPYMxotherxPYMxwidthxPYMx600', 'box')).toBeNull();
    expect(readPym('pymxPYMxboxxPYMxwidth', 'box')).toBeNull();
    expect(readPym({ type: 'width' }, 'box')).toBeNull();
  });

  it('tells the loader’s question apart from heights', () => {
    expect(isAsk(askMessage())).toBe(true);
    expect(isAsk(heightMessage(5))).toBe(false);
    expect(isAsk('ask')).toBe(false);
  });
});

describe('embed URLs', () => {
  it('keeps only the parameters a chart honours, in a fixed order, and drops the default theme', () => {
    expect(embedQuery('timeline', { zoom: '12h', org: 'naver', focus: 'x', theme: 'auto' })).toBe('?org=naver&zoom=12h');
    expect(embedQuery('dependencies', { focus: 'kakao-auth', theme: 'dark', title: 'T' })).toBe('?focus=kakao-auth&theme=dark');
    expect(embedQuery('recovery', { org: 'kakao' })).toBe('');
  });
});

describe('alt text of a chart picture', () => {
  it('is the title and description, without the live chart’s instructions', () => {
    const info = { name: 'outcomes' as const, lang: 'ko' as const, html: '', title: '제목', description: '모두 기록에서 계산했습니다. 점 위에 마우스를 올리거나 탭하면 값이 나옵니다.' };
    expect(altText(info)).toBe('제목. 모두 기록에서 계산했습니다.');
    expect(altText({ ...info, lang: 'en', description: 'Computed from the records. Hover or tap a dot for its value.' })).toBe('제목. Computed from the records.');
  });
});

describe('_headers', () => {
  const rules = headerRules(
    [
      { name: 'index.html', dir: false },
      { name: '404.html', dir: false },
      { name: 'embed', dir: true },
      { name: 'embed.js', dir: false },
      { name: 'stories', dir: true },
      { name: 'oembed', dir: true },
    ],
    ['timeline', 'recovery'],
  );
  const rule = (path: string) => rules.find(([p]) => p === path)?.[1];

  it('lets any site frame the embeds and only this site frame the rest', () => {
    expect(rule('/embed/timeline/*')).toEqual(EMBED_HEADERS);
    expect(rule('/embed/recovery/*')).toEqual(EMBED_HEADERS);
    expect(rule('/embed/')).toEqual(PAGE_HEADERS);
    expect(rule('/')).toEqual(PAGE_HEADERS);
    expect(rule('/stories/*')).toEqual(PAGE_HEADERS);
    expect(rule('/404.html')).toEqual(PAGE_HEADERS);
    expect(rule('/embed/*')).toBeUndefined();
  });

  it('never puts a frame policy on a rule that also matches an embed', () => {
    const embedPath = '/embed/timeline/index.html';
    const matches = rules.filter(([p]) => (p.endsWith('*') ? embedPath.startsWith(p.slice(0, -1)) : p === embedPath));
    const policies = matches.flatMap(([, h]) => [h['Content-Security-Policy'], h['X-Frame-Options']]).filter(Boolean);
    expect(policies).toEqual(['frame-ancestors *']);
  });

  it('writes the Netlify / Cloudflare Pages format', () => {
    expect(headersText([['/x/*', { A: '1', B: '2' }]])).toContain('/x/*\n  A: 1\n  B: 2\n');
  });
});

describe('chart pictures', () => {
  it('take the drawing at the chart\'s own width, each one, and the page gets one box per artboard', () => {
    const drawings: string[] = [];
    const html = artboards((w) => [`<svg width="${w}"><text>가</text></svg>`, `<svg width="${w}"><text>나</text></svg>`], 720, drawings);
    expect(drawings).toEqual(['<svg width="720"><text>가</text></svg>', '<svg width="720"><text>나</text></svg>']);
    expect(html).toContain('<div class="chart-box" data-w="288"><svg width="288"><text>가</text></svg><svg width="288"><text>나</text></svg></div>');
    expect([...html.matchAll(/data-w="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([...ARTBOARDS]);
    // A width that is not an artboard is drawn once more, for the picture only.
    const extra: string[] = [];
    expect(artboards((w) => `<svg width="${w}"/>`, 600, extra)).not.toContain('data-w="600"');
    expect(extra).toEqual(['<svg width="600"/>']);
    // Fewer widths: the widest one given is marked to fill every wider figure.
    expect(artboards((w) => `<svg width="${w}"/>`, 440, [], [288, 440])).toBe('<div class="chart-box" data-w="288"><svg width="288"/></div>\n<div class="chart-box" data-w="440" data-last><svg width="440"/></div>');
  });

  it('of every chart are its drawings, from the render itself', () => {
    const { incidents } = loadSiteContent(ROOT);
    const d = incidents.get('pangyo-2022')!;
    for (const name of embedNames(d)) {
      const drawings = renderChart(name, {}, d, `${name}-t`, { width: 960 }).drawings();
      expect(drawings.length, name).toBeGreaterThan(0);
      for (const svg of drawings) expect(svg, name).toMatch(/^<svg[\s\S]*<\/svg>$/);
    }
  });

  it('resolves the chart styles to light colours with no variables, media queries or hover states left', () => {
    const css = standaloneCss();
    expect(css).not.toMatch(/var\(|@media|light-dark|:hover|:focus/);
    expect(css).toContain(".tl-down .tl-bar, rect.tl-bar.tl-down{fill: #b3261e;}");
  });
});

describe('share cards', () => {
  it('show the top of a tall drawing by cutting its viewBox, without masked shapes (resvg once aborted on those)', () => {
    const drawing = '<svg width="960" height="3000"><rect class="tl-bar" width="10" height="10"/><rect mask="url(#m)" class="tl-imprecise" width="5" height="5"/></svg>';
    const card = shareCard({ kicker: 'k', title: '제목', drawing, lang: 'ko' });
    expect([card.width, card.height]).toEqual([1200, 630]);
    expect(card.svg).not.toMatch(/mask=|slice/);
    expect(card.svg).toContain('class="tl-bar"');
    const vb = card.svg.match(/<svg x="56" y="[\d.]+" width="(\d+)" height="(\d+)" viewBox="0 0 960 (\d+)"/);
    expect(vb).not.toBeNull();
    // The visible part has the box's proportions, so the drawing keeps its scale across the card.
    expect(Number(vb![3]) / 960).toBeCloseTo(Number(vb![2]) / Number(vb![1]), 2);
  });
});

describe('SVG files for the browser (story step figures)', () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" class="dm-svg" width="10" height="10"><g class="dm-node is-unknown"><circle class="dm-dot" r="5"/></g></svg>';
  const file = browserSvgFile(svg);

  it('carries the rules the drawing uses, in light and in dark, with no variables left', () => {
    expect(file).toMatch(/^<svg [^>]*><style>/);
    expect(file).toContain('.dm-node.is-unknown .dm-dot{');
    expect(file).toContain('@media (prefers-color-scheme: dark){');
    expect(file).not.toContain('var(');
    const [light, dark] = file.split('@media (prefers-color-scheme: dark)');
    // --fg and --fg-muted: light-dark(#1b1b1b, #ececea), light-dark(#555555, #b4b4ae).
    expect(light).toContain('color: #1b1b1b');
    expect(light).toContain('stroke: #555555');
    expect(dark).toContain('color: #ececea');
    expect(dark).toContain('stroke: #b4b4ae');
  });

  it('leaves out rules for classes the drawing does not use, and keeps the site fonts', () => {
    expect(file).not.toMatch(/\.cmp-|\.tl-bar|\.rp-veil/);
    expect(file).toContain('Apple SD Gothic Neo');
    expect(file).not.toContain('Pretendard');
  });
});
