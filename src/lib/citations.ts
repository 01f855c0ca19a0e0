/**
 * Numbered notes for a page written in Astro rather than Markdown (the comparison): each `cite`
 * gives the page's next numbers to sources it has not cited yet, as remark-cite does for a story,
 * and `sources` lists them in that order for the page's source list (components/SourceList.astro).
 */
import type { Source } from '../schemas/source.ts';
import { esc } from './html.ts';

export class Citations {
  private readonly order: string[] = [];
  private readonly all: readonly Source[];

  constructor(all: readonly Source[]) {
    this.all = all;
  }

  /** Superscript links to the page's source list, numbered by first citation. */
  cite(ids: readonly string[], lang: 'ko' | 'en' = 'ko'): string {
    const known = [...new Set(ids)];
    const missing = known.filter((id) => !this.all.some((s) => s.id === id));
    // The content check refuses such a citation in the data; reaching here is a bug in the page.
    if (missing.length) throw new Error(`Citations: no source ${missing.join(', ')} in this incident's sources.yaml`);
    for (const id of known) if (!this.order.includes(id)) this.order.push(id);
    const links = known.map((id) => {
      const n = this.order.indexOf(id) + 1;
      return `<a href="#source-${esc(id)}" aria-label="${lang === 'ko' ? '출처' : 'Source'} ${n}">${n}</a>`;
    });
    return links.length ? `<sup class="cite" data-pagefind-ignore>${links.join(',')}</sup>` : '';
  }

  /** The cited sources in the order of their numbers. */
  sources(): Source[] {
    return this.order.map((id) => this.all.find((s) => s.id === id)!);
  }
}
