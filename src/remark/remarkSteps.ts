/**
 * Scrollytelling in Markdown. A `::step{t=… view=… focus=…}` line starts a step; the step's text
 * runs to the next step or heading, and consecutive steps form one section. Each section becomes
 * a sticky replay graphic (the map and the timeline, driven by scrolling once JavaScript runs)
 * beside an ordered list of steps, and each step carries its own prerendered figure at its
 * moment, which is what readers without JavaScript or with reduced motion see.
 */
import { basename } from 'node:path';
import type { Root, RootContent } from 'mdast';
import { remark } from 'remark';
import remarkDirective from 'remark-directive';
import { REPLAY_VIEWS, renderReplay, stepFigure, type ReplayView } from '../charts/replay/render.ts';
import { esc } from '../charts/html.ts';
import { embedCodeHtml } from '../embed/charts.ts';
import { incident } from '../site/content.ts';
import { stepFigurePath, stepId, stepSections, type StepNode } from '../lib/steps.ts';

interface AstroFileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

const html = (value: string): RootContent => ({ type: 'html', value });

export function remarkSteps() {
  return (tree: Root, file: { data: AstroFileData; path?: string }) => {
    const fm = (file.data.astro ??= {}).frontmatter ?? (file.data.astro.frontmatter = {});
    const sections = stepSections(tree);
    fm.steps = sections.reduce((n, s) => n + s.steps.length, 0);
    if (!sections.length) return;
    const d = incident(String(fm.incident));
    const lang = fm.lang === 'en' ? 'en' : 'ko';
    const slug = basename(file.path ?? '', '.md');
    // Replace from the last section back, so earlier indices stay valid.
    sections.reverse().forEach((section, k) => {
      const index = sections.length - k;
      const first = section.steps[0]!;
      const id = `replay-${index}`;
      const options = { t: first.t, view: first.view, ...(first.focus ? { focus: first.focus } : {}) };
      const out: RootContent[] = [
        html(`<section class="scrolly" aria-label="${lang === 'ko' ? '단계별로 다시 보기' : 'Step by step'}"><div class="scrolly-graphic">${renderReplay(d, { ...options, id, lang, level: 3, table: false }).html}</div><ol class="scrolly-steps">`),
      ];
      section.steps.forEach((step, j) => {
        const li = stepId(index, j + 1);
        out.push(html(`<li class="step" id="${esc(li)}" data-t="${esc(step.t)}" data-view="${step.view}"${step.focus ? ` data-focus="${esc(step.focus)}"` : ''}><div class="step-text">`));
        out.push(...step.content);
        out.push(html(`</div>${stepFigure(d, step, stepFigurePath(slug, li), lang)}</li>`));
      });
      out.push(html(`</ol></section>${embedCodeHtml('replay', d, { id, params: {} })}`));
      tree.children.splice(section.start, section.end - section.start, ...out);
    });
    const charts = (fm.charts as string[] | undefined) ?? [];
    if (!charts.includes('replay')) fm.charts = [...charts, 'replay'];
  };
}
