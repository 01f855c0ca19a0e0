/**
 * <dependency-map>: enhances the prerendered map. Positions never change; the enhancer only
 * restyles: it runs the same propagation module as the build when parts are failed or restored,
 * highlights what a part leans on and what leans on it, and keeps a panel and a live region in words.
 */
import { formatKst, type Lang } from '../../lib/kst.ts';
import { explain, propagate, type Propagation } from '../../lib/propagate.ts';
import { withChartData } from '../chartData.client.ts';
import { esc } from '../html.ts';
import { FAILED_MARK, LAYER_LABEL } from './draw.ts';
import type { MapData } from './render.ts';
import { countsSentence, type Preset, PRESETS, presetFailures, presetGraph, serviceCounts } from './presets.ts';

class DependencyMap extends HTMLElement {
  private data!: MapData;
  private language: Lang = 'ko';
  private preset: Preset = 'fire';
  private failedByHand = new Set<string>();
  private result!: Propagation;
  private active: string | null = null;
  private box!: HTMLElement;
  private svg!: SVGSVGElement;
  private panel!: HTMLElement;
  private live!: HTMLElement;
  private form!: HTMLFormElement;
  private scale = 1;

  private started = false;

  connectedCallback() {
    if (this.started) return;
    this.started = true;
    // The data comes from its own file (chartData.ts); until it arrives the prerendered chart stands.
    withChartData<MapData>(this, 'dm-data', (data) => this.start(data));
  }

  private start(data: MapData) {
    this.data = data;
    this.language = (this.dataset.lang as Lang) ?? 'ko';
    this.preset = (this.dataset.preset as Preset) ?? 'fire';
    this.box = this.querySelector('.dm-scroll')!;
    this.svg = this.box.querySelector('svg')!;
    this.panel = this.querySelector('.dm-panel')!;
    this.live = this.querySelector('.dm-live')!;
    this.form = this.querySelector('form.dm-controls')!;
    this.failedByHand = new Set(presetFailures(this.data.graph, this.preset));

    for (const g of this.nodes()) {
      g.setAttribute('tabindex', '-1');
      g.setAttribute('role', 'button');
    }
    const first = this.data.layout.columns[0]?.[0];
    if (first) this.node(first)?.setAttribute('tabindex', '0');

    this.form.addEventListener('submit', (e) => e.preventDefault());
    this.form.addEventListener('click', (e) => {
      const b = (e.target as HTMLElement).closest('button');
      if (b?.dataset.preset) this.setPreset(b.dataset.preset as Preset);
      if (b?.dataset.zoom) this.zoom(b.dataset.zoom as 'in' | 'out' | 'fit');
    });
    this.form.querySelector('select[name=group]')!.addEventListener('change', () => this.filter());
    this.form.querySelector('input[name=q]')!.addEventListener('input', (e) => this.search((e.target as HTMLInputElement).value));
    this.svg.addEventListener('click', (e) => {
      const g = (e.target as Element).closest<SVGGElement>('.dm-node');
      if (g) this.focusNode(g.dataset.id!, true);
    });
    this.svg.addEventListener('pointerover', (e) => {
      const g = (e.target as Element).closest<SVGGElement>('.dm-node');
      if (g && !this.active) this.highlight(g.dataset.id!);
    });
    this.svg.addEventListener('pointerleave', () => !this.active && this.highlight(null));
    this.svg.addEventListener('focusin', (e) => {
      const g = (e.target as Element).closest<SVGGElement>('.dm-node');
      if (g && g.dataset.id !== this.active) this.focusNode(g.dataset.id!, false);
    });
    this.svg.addEventListener('keydown', (e) => this.key(e));
    this.panel.addEventListener('click', (e) => {
      const b = (e.target as HTMLElement).closest('button');
      if (b?.dataset.toggle) this.toggle(b.dataset.toggle);
      if (b?.dataset.close !== undefined) this.closePanel();
    });
    this.addEventListener('keydown', (e) => e.key === 'Escape' && this.closePanel());

    // The build drew this very state (same preset, same propagation): compute it for later changes and
    // label the nodes for the keyboard, without restyling what is already on screen.
    this.result = propagate(this.graph(), this.failedByHand);
    this.labelNodes();
    this.applyUrl();
    if (this.form.querySelector<HTMLSelectElement>('select[name=group]')!.value) this.filter();
    const focus = this.urlParam('focus') ?? this.dataset.focus;
    if (focus && this.node(focus)) this.highlight(focus);
  }

  /** A view named in the URL (`?preset=dual&org=kakao&focus=kakao-auth`; prefixed by the map's id unless it is "dependencies"), as on an embed. */
  private urlParam(key: string): string | null {
    return new URLSearchParams(location.search).get(this.id === 'dependencies' ? key : `${this.id}-${key}`);
  }

  private applyUrl() {
    const preset = this.urlParam('preset');
    if (preset && (PRESETS as readonly string[]).includes(preset) && preset !== this.preset) this.setPreset(preset as Preset);
    const org = this.urlParam('org');
    const select = this.form.querySelector<HTMLSelectElement>('select[name=group]')!;
    if (org && [...select.options].some((o) => o.value === org)) select.value = org;
  }

  private nodes() {
    return [...this.svg.querySelectorAll<SVGGElement>('.dm-node')];
  }

  private node(id: string) {
    return this.svg.querySelector<SVGGElement>(`.dm-node[data-id="${CSS.escape(id)}"]`);
  }

  private graph() {
    return presetGraph(this.data.graph, this.preset);
  }

  private setPreset(preset: Preset) {
    this.preset = preset;
    this.failedByHand = new Set(presetFailures(this.data.graph, preset));
    for (const b of this.form.querySelectorAll<HTMLButtonElement>('button[data-preset]')) b.setAttribute('aria-pressed', String(b.dataset.preset === preset));
    this.querySelector<HTMLElement>('.dm-whatif')!.hidden = preset !== 'dual';
    this.simulate(true);
  }

  private toggle(id: string) {
    if (this.failedByHand.has(id)) this.failedByHand.delete(id);
    else this.failedByHand.add(id);
    this.simulate(true, id);
    if (this.active) this.showPanel(this.active);
  }

  /** Each node's name, state and whether it was failed by hand, for screen readers. */
  private labelNodes() {
    for (const g of this.nodes()) {
      const id = g.dataset.id!;
      g.setAttribute('aria-pressed', String(this.failedByHand.has(id)));
      g.setAttribute('aria-label', `${this.data.names[id]}: ${this.stateWord(this.stateOf(id))}`);
    }
  }

  /** Runs the propagation and restyles nodes, edges and counts. */
  private simulate(announce: boolean, changed?: string) {
    const before = this.result?.failed.size ?? 0;
    this.result = propagate(this.graph(), this.failedByHand);
    for (const g of this.nodes()) {
      const id = g.dataset.id!;
      const state = this.stateOf(id);
      g.classList.remove('is-failed', 'is-degraded', 'is-up');
      g.classList.add(`is-${state}`);
      g.querySelector('.dm-x')?.remove();
      if (state === 'failed') {
        const x = document.createElementNS('http://www.w3.org/2000/svg', 'path');
        x.setAttribute('d', FAILED_MARK);
        x.setAttribute('class', 'dm-x');
        g.querySelector('circle')!.after(x);
      }
    }
    for (const p of this.svg.querySelectorAll<SVGPathElement>('.dm-edge')) {
      p.classList.toggle('is-failed', this.result.failed.has(p.dataset.from!) && !p.classList.contains('dm-substitute'));
    }
    this.labelNodes();
    const counts = countsSentence(serviceCounts(this.graph(), this.result), this.groupNames(), this.language);
    this.querySelector('.dm-counts')!.textContent = counts;
    if (announce) {
      const name = changed ? this.data.names[changed] : null;
      const lead =
        this.language === 'ko'
          ? name ? `${name}: ${this.failedByHand.has(changed!) ? '멈춤' : '되살림'}. ` : ''
          : name ? `${name} ${this.failedByHand.has(changed!) ? 'failed' : 'restored'}. ` : '';
      const diff = this.result.failed.size - before;
      this.live.textContent = `${lead}${this.language === 'ko' ? `모두 ${this.result.failed.size}개 멈춤(${diff >= 0 ? '+' : ''}${diff}). ` : `${this.result.failed.size} parts down (${diff >= 0 ? '+' : ''}${diff}). `}${counts}`;
    }
  }

  private groupNames() {
    return Object.fromEntries([...new Set(this.data.graph.nodes.map((n) => n.group))].map((g) => [g, this.data.orgNames[g] ?? g]));
  }

  private stateWord(state: string) {
    const ko = { failed: '멈춤', degraded: '예비로 버팀', up: '정상' } as Record<string, string>;
    const en = { failed: 'down', degraded: 'running on a replica', up: 'up' } as Record<string, string>;
    return (this.language === 'ko' ? ko : en)[state]!;
  }

  /** Everything `id` leans on (upstream) and everything that leans on it (downstream), transitively. */
  private related(id: string): { up: Set<string>; down: Set<string> } {
    const walk = (start: string, dir: 'up' | 'down') => {
      const out = new Set<string>();
      const queue = [start];
      while (queue.length) {
        const cur = queue.shift()!;
        for (const e of this.data.graph.edges) {
          const next = dir === 'up' ? (e.to === cur ? e.from : null) : e.from === cur ? e.to : null;
          if (next && !out.has(next) && next !== start) {
            out.add(next);
            queue.push(next);
          }
        }
      }
      return out;
    };
    return { up: walk(id, 'up'), down: walk(id, 'down') };
  }

  private highlight(id: string | null) {
    this.svg.classList.toggle('is-focusing', Boolean(id));
    const rel = id ? this.related(id) : { up: new Set<string>(), down: new Set<string>() };
    for (const g of this.nodes()) {
      const n = g.dataset.id!;
      g.classList.toggle('is-focus', n === id);
      g.classList.toggle('is-upstream', rel.up.has(n));
      g.classList.toggle('is-downstream', rel.down.has(n));
    }
    for (const p of this.svg.querySelectorAll<SVGPathElement>('.dm-edge')) {
      const f = p.dataset.from!;
      const t = p.dataset.to!;
      const lit = id !== null && ((rel.up.has(f) || f === id) && (rel.up.has(t) || t === id) ? true : (rel.down.has(t) || t === id) && (rel.down.has(f) || f === id));
      p.classList.toggle('is-lit', Boolean(lit));
    }
  }

  private focusNode(id: string, moveFocus: boolean) {
    this.active = id;
    for (const g of this.nodes()) g.setAttribute('tabindex', g.dataset.id === id ? '0' : '-1');
    const g = this.node(id);
    if (moveFocus) g?.focus();
    this.highlight(id);
    this.showPanel(id);
    const rel = this.related(id);
    this.live.textContent =
      this.language === 'ko'
        ? `${this.data.names[id]}: ${this.stateWord(this.stateOf(id))}. 기대는 것 ${rel.up.size}개, 기대는 쪽 ${rel.down.size}개.`
        : `${this.data.names[id]}: ${this.stateWord(this.stateOf(id))}. Leans on ${rel.up.size}, ${rel.down.size} lean on it.`;
  }

  private stateOf(id: string) {
    return this.result.failed.has(id) ? 'failed' : this.result.degraded.has(id) ? 'degraded' : 'up';
  }

  private showPanel(id: string) {
    const L = this.language;
    const n = this.data.graph.nodes.find((x) => x.id === id)!;
    const ups = this.data.graph.edges.filter((e) => e.to === id);
    const downs = this.data.graph.edges.filter((e) => e.from === id);
    const outage = this.data.outage[id];
    const list = (ids: { id: string; redundant?: boolean }[]) =>
      ids.length ? ids.map((x) => `${esc(this.data.names[x.id])}${x.redundant ? (L === 'ko' ? ' (예비 있음)' : ' (replica)') : ''}`).join(', ') : L === 'ko' ? '없음' : 'none';
    const why = this.result.failed.has(id) && !this.failedByHand.has(id) ? explain(this.result, id).map((x) => esc(this.data.names[x])).join(' → ') : '';
    const sources = [...new Set([...n.sources, ...ups.flatMap((e) => e.sources)])]
      .map((s) => {
        const src = this.data.sources[s];
        return src?.url ? `<a href="${esc(src.url)}" rel="noopener noreferrer">${esc(s)}</a>` : esc(s);
      })
      .join(' ');
    const failed = this.failedByHand.has(id);
    this.panel.innerHTML = `<h4>${esc(n.name[L])}</h4>
<p>${esc(LAYER_LABEL[n.layer]?.[L] ?? n.layer)} · ${esc(this.data.orgNames[n.organization] ?? n.organization)} · <strong>${esc(this.stateWord(this.stateOf(id)))}</strong></p>
${why ? `<p>${L === 'ko' ? '멈춘 까닭' : 'Why'}: ${why}</p>` : ''}
${outage ? `<p>${L === 'ko' ? '실제 기록' : 'On record'}: ${esc(formatKst(outage.start, L))} → ${outage.end ? esc(formatKst(outage.end, L)) : L === 'ko' ? '복구 기록 없음' : 'no restoration on record'}</p>` : ''}
<p>${L === 'ko' ? '기대는 것' : 'Leans on'}: ${list(ups.map((e) => ({ id: e.from, redundant: e.redundant })))}</p>
<p>${L === 'ko' ? '이것에 기대는 것' : 'Leaned on by'}: ${list(downs.map((e) => ({ id: e.to })))}</p>
<p>${L === 'ko' ? '출처' : 'Sources'}: ${sources}</p>
<p class="dm-panel-actions"><button type="button" data-toggle="${esc(id)}" aria-pressed="${failed}">${failed ? (L === 'ko' ? '되살리기' : 'Restore') : L === 'ko' ? '이것을 멈추기' : 'Fail this'}</button> <button type="button" data-close>${L === 'ko' ? '닫기' : 'Close'}</button></p>`;
    this.panel.hidden = false;
  }

  private closePanel() {
    if (this.panel.hidden) return;
    this.panel.hidden = true;
    const id = this.active;
    this.active = null;
    this.highlight(null);
    if (id) this.node(id)?.focus();
  }

  /** Up/down within a column; left/right to the nearest connected part in the next column. */
  private key(e: KeyboardEvent) {
    const g = (e.target as Element).closest<SVGGElement>('.dm-node');
    if (!g) return;
    const id = g.dataset.id!;
    const p = this.data.layout.positions[id]!;
    const col = this.data.layout.columns[p.column]!;
    let next: string | undefined;
    if (e.key === 'ArrowDown') next = col[p.row + 1];
    else if (e.key === 'ArrowUp') next = col[p.row - 1];
    else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      const c = p.column + (e.key === 'ArrowRight' ? 1 : -1);
      const target = this.data.layout.columns[c];
      if (target) {
        const linked = this.data.graph.edges.flatMap((x) => (x.from === id ? [x.to] : x.to === id ? [x.from] : [])).filter((x) => target.includes(x));
        const pool = linked.length ? linked : target;
        next = [...pool].sort((a, b) => Math.abs(this.data.layout.positions[a]!.y - p.y) - Math.abs(this.data.layout.positions[b]!.y - p.y))[0];
      }
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.toggle(id);
      return;
    } else return;
    e.preventDefault();
    if (next) this.focusNode(next, true);
  }

  private filter() {
    const group = this.form.querySelector<HTMLSelectElement>('select[name=group]')!.value;
    for (const g of this.nodes()) g.classList.toggle('is-filtered', Boolean(group) && !g.classList.contains(`dm-g-${group}`));
    for (const tr of this.querySelectorAll<HTMLTableRowElement>('.dm-text tbody tr')) tr.hidden = Boolean(group) && tr.dataset.group !== group;
  }

  private search(q: string) {
    const term = q.trim().toLowerCase();
    if (!term) return;
    const hit = this.data.graph.nodes.find((n) => this.data.names[n.id]!.toLowerCase() === term) ?? this.data.graph.nodes.find((n) => this.data.names[n.id]!.toLowerCase().includes(term));
    if (!hit) return;
    this.focusNode(hit.id, false);
    const p = this.data.layout.positions[hit.id]!;
    this.box.scrollTo({ left: Math.max(0, p.x * this.scale - 40), top: 0 });
    this.node(hit.id)?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }

  private zoom(how: 'in' | 'out' | 'fit') {
    const fit = this.box.clientWidth / this.data.layout.width;
    this.scale = how === 'fit' ? Math.min(1, fit) : Math.max(Math.min(1, fit), Math.min(2, this.scale * (how === 'in' ? 1.25 : 0.8)));
    this.svg.setAttribute('width', String(Math.round(this.data.layout.width * this.scale)));
    this.svg.setAttribute('height', String(Math.round(this.data.layout.height * this.scale)));
  }
}

if (!customElements.get('dependency-map')) customElements.define('dependency-map', DependencyMap);
