/**
 * Computed figures and the one way they reach a page. A figure has an id, a value, a unit and the
 * source ids of the rows it was computed from; `figureHtml` prints it as
 * `<data value="…" data-figure="…" data-sources="…">`, so a test can check that every number on a
 * page came from the data, and `/data/<incident>/comparison.json` lists them all.
 */
import { esc } from './html.ts';
import { formatDuration, type Lang } from './kst.ts';

export type FigureUnit = 'minutes' | 'count' | 'services' | 'servers' | 'service-minutes' | 'layers';

export interface ComputedFigure {
  id: string;
  label: { ko: string; en: string };
  value: number;
  unit: FigureUnit;
  /** The source said "about". */
  approx?: boolean;
  /** The value is an upper bound (built from "restored by …" or "as of …" reports). */
  upperBound?: boolean;
  sources: string[];
}

/** The figure as readers see it: `10시간 1분`, `40개`, `약 32,000대`, `3,202 서비스·시간`. */
export function formatFigure(f: Pick<ComputedFigure, 'value' | 'unit' | 'approx'>, lang: Lang = 'ko'): string {
  const n = (v: number) => v.toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-GB');
  const about = f.approx ? (lang === 'ko' ? '약 ' : 'about ') : '';
  switch (f.unit) {
    case 'minutes':
      return about + formatDuration(f.value, lang);
    case 'service-minutes':
      return about + (lang === 'ko' ? `${n(Math.round(f.value / 60))} 서비스·시간` : `${n(Math.round(f.value / 60))} service-hours`);
    case 'servers':
      return about + (lang === 'ko' ? `${n(f.value)}대` : `${n(f.value)} servers`);
    case 'services':
      return about + (lang === 'ko' ? `${n(f.value)}개` : `${n(f.value)} ${f.value === 1 ? 'service' : 'services'}`);
    case 'layers':
      return about + (lang === 'ko' ? `${n(f.value)}개 층` : `${n(f.value)} ${f.value === 1 ? 'layer' : 'layers'}`);
    default:
      return about + n(f.value);
  }
}

/** The only way a computed number is written into comparison HTML. */
export function figureHtml(f: ComputedFigure, lang: Lang = 'ko', display = formatFigure(f, lang)): string {
  return `<data value="${f.value}" data-figure="${esc(f.id)}" data-sources="${esc(f.sources.join(' '))}">${esc(display)}</data>`;
}

/** Looks figures up by id; an unknown id is a programming error, caught at build time. */
export class FigureBook {
  readonly all: ComputedFigure[];
  private byId: Map<string, ComputedFigure>;
  constructor(figures: ComputedFigure[]) {
    this.all = figures;
    this.byId = new Map();
    for (const f of figures) {
      if (this.byId.has(f.id)) throw new Error(`Figure id used twice: ${f.id}`);
      if (!f.sources.length) throw new Error(`Figure ${f.id} has no sources`);
      this.byId.set(f.id, f);
    }
  }
  get(id: string): ComputedFigure {
    const f = this.byId.get(id);
    if (!f) throw new Error(`No computed figure "${id}"; known: ${[...this.byId.keys()].join(', ')}`);
    return f;
  }
  has(id: string): boolean {
    return this.byId.has(id);
  }
  html(id: string, lang: Lang = 'ko'): string {
    return figureHtml(this.get(id), lang);
  }
}
