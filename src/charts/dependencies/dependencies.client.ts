/**
 * <dependency-map>: enhances the prerendered map. It runs the same propagation as the build when
 * parts are failed or restored and draws the map again with the same function (draw.ts) when that
 * changes, a group opens or closes, or the phone form switches chains. It highlights what a part
 * leans on and what leans on it, and keeps a panel and a live region in words.
 */
import { formatKst, type Lang } from '../../lib/kst.ts';
import { explain, propagate, type Propagation } from '../../lib/propagate.ts';
import { withChartData } from '../chartData.client.ts';
import { esc } from '../html.ts';
import { redrawBoxes, showChain, visibleBox } from './boxes.client.ts';
import { chainOf } from './layout.ts';
import { LAYER_LABEL, nodeSummary, viewOf } from './draw.ts';
import type { MapView } from '../../lib/mapGroups.ts';
import type { MapData } from './render.ts';
import { countsSentence, type Preset, PRESETS, presetFailures, presetGraph, serviceCounts } from './presets.ts';

class DependencyMap extends HTMLElement {
  private data!: MapData;
  private language: Lang = 'ko';
  private preset: Preset = 'fire';
  private failedByHand = new Set<string>();
  private open = new Set<string>();
  /** What the drawing shows with these groups open (set by draw(), the only place `open` takes effect). */
  private view!: MapView;
  private chain: string | null = null;
  private result!: Propagation;
  private active: string | null = null;
  private boxes!: HTMLElement;
  private panel!: HTMLElement;
  private live!: HTMLElement;
  private form!: HTMLFormElement;
  private title_ = '';
  private started = false;
  private pressing = false;

  connectedCallback() {
    if (this.started) return;
    this.started = true;
    // The data comes from its own file (chartData.ts); until it arrives the prerendered chart stands.
    withChartData<MapData>(this, 'dm-data', (data) => this.start(data));
  }

  private get model() {
    return this.data.model;
  }

  private start(data: MapData) {
    this.data = data;
    this.language = (this.dataset.lang as Lang) ?? 'ko';
    this.preset = (this.dataset.preset as Preset) ?? 'fire';
    this.boxes = this.querySelector('.dm-boxes')!;
    this.panel = this.querySelector('.dm-panel')!;
    this.live = this.querySelector('.dm-live')!;
    this.form = this.querySelector('form.dm-controls')!;
    this.title_ = this.boxes.querySelector('svg')?.getAttribute('aria-label')?.replace(/:.*$/, '') ?? '';
    this.failedByHand = new Set(presetFailures(this.model.graph, this.preset));

    this.form.addEventListener('submit', (e) => e.preventDefault());
    this.form.addEventListener('click', (e) => {
      const b = (e.target as HTMLElement).closest('button');
      if (b?.dataset.preset) this.setPreset(b.dataset.preset as Preset);
    });
    this.form.querySelector('select[name=group]')!.addEventListener('change', () => this.filter());
    this.form.querySelector('input[name=q]')!.addEventListener('input', (e) => this.search((e.target as HTMLInputElement).value));
    this.boxes.addEventListener('click', (e) => {
      this.pressing = false;
      const b = (e.target as Element).closest<HTMLButtonElement>('.dm-switch button');
      if (b) return this.setChain(b.dataset.chain!, true);
      const g = (e.target as Element).closest<SVGGElement>('.dm-node');
      if (!g) return;
      if (g.classList.contains('dm-group')) this.toggleOpen(g.dataset.id!);
      else this.focusNode(g.dataset.id!, true);
    });
    this.boxes.addEventListener('pointerover', (e) => {
      const g = (e.target as Element).closest<SVGGElement>('.dm-node');
      if (g && !this.active) this.highlight(g.dataset.id!);
    });
    this.boxes.addEventListener('pointerleave', () => !this.active && this.highlight(null));
    // A press focuses the part first: the click that follows handles it (a panel shown on focus
    // would move what the pointer is over between its press and its release).
    this.boxes.addEventListener('pointerdown', () => (this.pressing = true));
    this.boxes.addEventListener('focusin', (e) => {
      if (this.pressing) return void (this.pressing = false);
      const g = (e.target as Element).closest<SVGGElement>('.dm-node');
      if (g && g.dataset.id !== this.active) this.focusNode(g.dataset.id!, false);
    });
    this.boxes.addEventListener('keydown', (e) => this.key(e));
    this.panel.addEventListener('click', (e) => {
      const b = (e.target as HTMLElement).closest('button');
      if (b?.dataset.toggle) this.toggle(b.dataset.toggle);
      if (b?.dataset.open) this.toggleOpen(b.dataset.open);
      if (b?.dataset.close !== undefined) this.closePanel();
    });
    this.addEventListener('keydown', (e) => e.key === 'Escape' && this.closePanel());

    this.result = propagate(this.graph(), this.failedByHand);
    this.applyUrl();
    const focus = this.urlParam('focus') ?? this.dataset.focus;
    const focusView = focus ? this.reveal(focus) : null;
    this.chain = chainOf(this.model, focus);
    this.draw();
    if (this.form.querySelector<HTMLSelectElement>('select[name=group]')!.value) this.filter();
    if (focusView) this.highlight(focusView);
  }

  /** A view named in the URL (`?preset=dual&org=kakao&focus=kakao-auth`; prefixed by the map's id unless it is "dependencies"), as on an embed. */
  private urlParam(key: string): string | null {
    return new URLSearchParams(location.search).get(this.id === 'dependencies' ? key : `${this.id}-${key}`);
  }

  private applyUrl() {
    const preset = this.urlParam('preset');
    if (preset && (PRESETS as readonly string[]).includes(preset) && preset !== this.preset) this.setPreset(preset as Preset, false);
    const org = this.urlParam('org');
    const select = this.form.querySelector<HTMLSelectElement>('select[name=group]')!;
    if (org && [...select.options].some((o) => o.value === org)) select.value = org;
  }

  /** Opens the group a part sits in (if any) and returns the id of what draws it. */
  private reveal(part: string): string | null {
    if (this.model.grouping.groups.some((g) => g.id === part)) return part;
    if (!this.model.names[part]) return null;
    const group = this.model.grouping.groupOf[part];
    if (group) this.open.add(group);
    return part;
  }

  private nodes(): SVGGElement[] {
    return [...this.boxes.querySelectorAll<SVGGElement>('.dm-node')];
  }

  private graph() {
    return presetGraph(this.model.graph, this.preset);
  }

  /** Draws every artboard again from the current state and labels its parts for the keyboard. */
  private draw() {
    const hadFocus = (document.activeElement as Element | null)?.closest?.('.dm-node') && this.boxes.contains(document.activeElement);
    const focused = hadFocus ? (document.activeElement as SVGGElement).dataset.id : null;
    this.view = viewOf(this.model, this.open);
    const byId = new Map(this.view.nodes.map((n) => [n.id, n]));
    redrawBoxes(this.boxes, this.model, this.result, { lang: this.language, title: this.title_, open: this.open, focus: this.active, chain: this.chain });
    const firstOfBox = new Set([...this.boxes.querySelectorAll('.chart-box')].map((b) => b.querySelector('.dm-node')));
    for (const g of this.nodes()) {
      const id = g.dataset.id!;
      const n = byId.get(id);
      g.setAttribute('role', 'button');
      g.setAttribute('tabindex', (this.active ? id === this.active : firstOfBox.has(g)) ? '0' : '-1');
      if (n?.isGroup) g.setAttribute('aria-expanded', String(n.open));
      else g.setAttribute('aria-pressed', String(this.failedByHand.has(id)));
      if (n) g.setAttribute('aria-label', nodeSummary(this.model, n, this.result, this.language));
    }
    this.boxes.querySelectorAll('.dm-chain').forEach((s, i) => (s.id ||= `${this.id}-chain-${i}`));
    for (const b of this.boxes.querySelectorAll('.dm-switch button')) b.setAttribute('aria-controls', [...b.closest('.dm-chains')!.querySelectorAll('.dm-chain')].map((s) => s.id).join(' '));
    this.filter();
    if (this.active) this.highlight(this.active);
    if (focused) this.visibleNode(focused)?.focus();
  }

  private visibleNode(id: string) {
    return visibleBox(this.boxes)?.querySelector<SVGGElement>(`.dm-chain.is-shown .dm-node[data-id="${CSS.escape(id)}"], .dm-layered .dm-node[data-id="${CSS.escape(id)}"]`) ?? null;
  }

  private setPreset(preset: Preset, redraw = true) {
    this.preset = preset;
    this.failedByHand = new Set(presetFailures(this.model.graph, preset));
    for (const b of this.form.querySelectorAll<HTMLButtonElement>('button[data-preset]')) b.setAttribute('aria-pressed', String(b.dataset.preset === preset));
    this.querySelector<HTMLElement>('.dm-whatif')!.hidden = preset !== 'dual';
    this.simulate(redraw);
  }

  private toggle(id: string) {
    if (this.failedByHand.has(id)) this.failedByHand.delete(id);
    else this.failedByHand.add(id);
    this.simulate(true, id);
    if (this.active) this.showPanel(this.active);
  }

  private toggleOpen(id: string) {
    const opening = !this.open.has(id);
    if (opening) this.open.add(id);
    else this.open.delete(id);
    this.active = id;
    this.draw();
    this.visibleNode(id)?.focus();
    this.showPanel(id);
    const n = this.view.nodes.find((x) => x.id === id)!;
    this.live.textContent =
      this.language === 'ko'
        ? `${this.model.names[id]} 묶음을 ${opening ? '펼쳤습니다' : '접었습니다'}. ${n.members.length}개: ${n.members.map((m) => this.model.names[m]).join(', ')}.`
        : `${opening ? 'Opened' : 'Closed'} ${this.model.names[id]}: ${n.members.length} parts, ${n.members.map((m) => this.model.names[m]).join(', ')}.`;
  }

  private setChain(chain: string, announce: boolean) {
    this.chain = chain;
    showChain(this.boxes, chain);
    if (!announce) return;
    const c = this.model.chains.find((x) => x.id === chain)!;
    const org = this.model.orgNames[chain] ?? chain;
    this.live.textContent = this.language === 'ko' ? `${org} 서비스가 기댄 사슬을 보여 줍니다: ${c.parts.length}개 부분.` : `Showing the chain ${org}'s services hung on: ${c.parts.length} parts.`;
  }

  /** Runs the propagation, draws again and updates the counts. */
  private simulate(announce: boolean, changed?: string) {
    const before = this.result?.failed.size ?? 0;
    this.result = propagate(this.graph(), this.failedByHand);
    this.draw();
    const counts = countsSentence(serviceCounts(this.graph(), this.result), this.groupNames(), this.language);
    this.querySelector('.dm-counts')!.textContent = counts;
    if (announce) {
      const name = changed ? this.model.names[changed] : null;
      const lead =
        this.language === 'ko'
          ? name ? `${name}: ${this.failedByHand.has(changed!) ? '멈춤' : '되살림'}. ` : ''
          : name ? `${name} ${this.failedByHand.has(changed!) ? 'failed' : 'restored'}. ` : '';
      const diff = this.result.failed.size - before;
      this.live.textContent = `${lead}${this.language === 'ko' ? `모두 ${this.result.failed.size}개 멈춤(${diff >= 0 ? '+' : ''}${diff}). ` : `${this.result.failed.size} parts down (${diff >= 0 ? '+' : ''}${diff}). `}${counts}`;
    }
  }

  private groupNames() {
    return Object.fromEntries([...new Set(this.model.graph.nodes.map((n) => n.group))].map((g) => [g, this.model.orgNames[g] ?? g]));
  }

  private stateWord(id: string) {
    const s = this.result.failed.has(id) ? 'failed' : this.result.degraded.has(id) ? 'degraded' : 'up';
    return (this.language === 'ko' ? { failed: '멈춤', degraded: '예비로 버팀', up: '정상' } : { failed: 'down', degraded: 'running on a replica', up: 'up' })[s];
  }

  /** Members of a drawn node (a group's, or the part itself). */
  private members(id: string): string[] {
    return this.model.grouping.groups.find((g) => g.id === id)?.members ?? [id];
  }

  /** Everything the node's parts lean on (upstream) and everything that leans on them (downstream), transitively, as drawn ids. */
  private related(id: string): { up: Set<string>; down: Set<string> } {
    const start = this.members(id);
    const viewOfPart = this.view.viewOf;
    const walk = (dir: 'up' | 'down') => {
      const out = new Set<string>();
      const seen = new Set(start);
      const queue = [...start];
      while (queue.length) {
        const cur = queue.shift()!;
        for (const e of this.model.graph.edges) {
          const next = dir === 'up' ? (e.to === cur ? e.from : null) : e.from === cur ? e.to : null;
          if (next && !seen.has(next)) {
            seen.add(next);
            queue.push(next);
            if (viewOfPart[next] !== id) out.add(viewOfPart[next]!);
          }
        }
      }
      return out;
    };
    return { up: walk('up'), down: walk('down') };
  }

  private highlight(id: string | null) {
    const rel = id ? this.related(id) : { up: new Set<string>(), down: new Set<string>() };
    for (const svg of this.boxes.querySelectorAll('svg.dm-svg')) svg.classList.toggle('is-focusing', Boolean(id));
    for (const g of this.nodes()) {
      const n = g.dataset.id!;
      g.classList.toggle('is-focus', n === id);
      g.classList.toggle('is-upstream', rel.up.has(n));
      g.classList.toggle('is-downstream', rel.down.has(n));
    }
    for (const p of this.boxes.querySelectorAll<SVGPathElement>('.dm-edge')) {
      const f = p.dataset.from!;
      const t = p.dataset.to!;
      const lit = id !== null && (((rel.up.has(f) || f === id) && (rel.up.has(t) || t === id)) || ((rel.down.has(t) || t === id) && (rel.down.has(f) || f === id)));
      p.classList.toggle('is-lit', lit);
    }
  }

  private focusNode(id: string, moveFocus: boolean) {
    this.active = id;
    for (const g of this.nodes()) g.setAttribute('tabindex', g.dataset.id === id ? '0' : '-1');
    if (moveFocus) this.visibleNode(id)?.focus();
    this.highlight(id);
    this.showPanel(id);
    const rel = this.related(id);
    const n = this.view.nodes.find((x) => x.id === id);
    const what = n ? nodeSummary(this.model, n, this.result, this.language) : this.model.names[id];
    this.live.textContent = this.language === 'ko' ? `${what}. 기대는 것 ${rel.up.size}개, 기대는 쪽 ${rel.down.size}개.` : `${what}. Leans on ${rel.up.size}, ${rel.down.size} lean on it.`;
  }

  private showPanel(id: string) {
    const L = this.language;
    const group = this.model.grouping.groups.find((g) => g.id === id);
    const close = `<button type="button" data-close>${L === 'ko' ? '닫기' : 'Close'}</button>`;
    if (group) {
      const open = this.open.has(id);
      const n = this.view.nodes.find((x) => x.id === id)!;
      this.panel.innerHTML = `<h4>${esc(nodeSummary(this.model, n, this.result, L))}</h4>
<p>${esc(LAYER_LABEL[group.layer]?.[L] ?? group.layer)} · ${esc(this.model.orgNames[group.org] ?? group.org)}</p>
<ul>${group.members.map((m) => `<li>${esc(this.model.names[m])}: ${esc(this.stateWord(m))}</li>`).join('')}</ul>
<p class="dm-panel-actions"><button type="button" data-open="${esc(id)}" aria-expanded="${open}">${open ? (L === 'ko' ? '묶음 접기' : 'Close the group') : L === 'ko' ? '묶음 펼치기' : 'Open the group'}</button> ${close}</p>`;
      this.panel.hidden = false;
      return;
    }
    const n = this.model.graph.nodes.find((x) => x.id === id)!;
    const ups = this.model.graph.edges.filter((e) => e.to === id);
    const downs = this.model.graph.edges.filter((e) => e.from === id);
    const outage = this.data.outage[id];
    const list = (ids: { id: string; redundant?: boolean }[]) =>
      ids.length ? ids.map((x) => `${esc(this.model.names[x.id])}${x.redundant ? (L === 'ko' ? ' (예비 있음)' : ' (replica)') : ''}`).join(', ') : L === 'ko' ? '없음' : 'none';
    const why = this.result.failed.has(id) && !this.failedByHand.has(id) ? explain(this.result, id).map((x) => esc(this.model.names[x])).join(' → ') : '';
    const sources = (this.data.refs[id] ?? [])
      .map((s) => {
        const src = this.data.sources[s];
        return src?.url ? `<a href="${esc(src.url)}" rel="noopener noreferrer">${esc(s)}</a>` : esc(s);
      })
      .join(' ');
    const failed = this.failedByHand.has(id);
    this.panel.innerHTML = `<h4>${esc(this.model.names[id])}</h4>
<p>${esc(LAYER_LABEL[n.layer]?.[L] ?? n.layer)} · ${esc(this.model.orgNames[n.organization] ?? n.organization)} · <strong>${esc(this.stateWord(id))}</strong></p>
${why ? `<p>${L === 'ko' ? '멈춘 까닭' : 'Why'}: ${why}</p>` : ''}
${outage ? `<p>${L === 'ko' ? '실제 기록' : 'On record'}: ${esc(formatKst(outage.start, L))} → ${outage.end ? esc(formatKst(outage.end, L)) : L === 'ko' ? '복구 기록 없음' : 'no restoration on record'}</p>` : ''}
<p>${L === 'ko' ? '기대는 것' : 'Leans on'}: ${list(ups.map((e) => ({ id: e.from, redundant: e.redundant })))}</p>
<p>${L === 'ko' ? '이것에 기대는 것' : 'Leaned on by'}: ${list(downs.map((e) => ({ id: e.to })))}</p>
<p>${L === 'ko' ? '출처' : 'Sources'}: ${sources}</p>
<p class="dm-panel-actions"><button type="button" data-toggle="${esc(id)}" aria-pressed="${failed}">${failed ? (L === 'ko' ? '되살리기' : 'Restore') : L === 'ko' ? '이것을 멈추기' : 'Fail this'}</button> ${close}</p>`;
    this.panel.hidden = false;
  }

  private closePanel() {
    if (this.panel.hidden) return;
    this.panel.hidden = true;
    const id = this.active;
    this.active = null;
    this.highlight(null);
    if (id) this.visibleNode(id)?.focus();
  }

  /**
   * Arrow keys move to the nearest part in that direction as drawn (a column in the layered form,
   * the next row in a chain); Enter opens or closes a group, or fails or restores a part.
   */
  private key(e: KeyboardEvent) {
    const g = (e.target as Element).closest<SVGGElement>('.dm-node');
    if (!g) return;
    const id = g.dataset.id!;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (g.classList.contains('dm-group')) this.toggleOpen(id);
      else this.toggle(id);
      return;
    }
    const dir = { ArrowDown: [0, 1], ArrowUp: [0, -1], ArrowRight: [1, 0], ArrowLeft: [-1, 0] }[e.key];
    if (!dir) return;
    e.preventDefault();
    const here = g.getBoundingClientRect();
    const candidates = [...(g.closest('svg')?.querySelectorAll<SVGGElement>('.dm-node') ?? [])].filter((x) => x !== g);
    let best: SVGGElement | null = null;
    let score = Infinity;
    for (const c of candidates) {
      const r = c.getBoundingClientRect();
      const dx = r.left - here.left;
      const dy = r.top + r.height / 2 - (here.top + here.height / 2);
      const along = dir[0] ? dx * dir[0] : dy * dir[1]!;
      const across = dir[0] ? Math.abs(dy) : Math.abs(dx);
      if (along <= 2) continue;
      const s = along + across * 3;
      if (s < score) (score = s), (best = c);
    }
    if (best) this.focusNode(best.dataset.id!, true);
  }

  private filter() {
    const group = this.form.querySelector<HTMLSelectElement>('select[name=group]')!.value;
    for (const g of this.nodes()) g.classList.toggle('is-filtered', Boolean(group) && !g.classList.contains(`dm-g-${group}`));
    for (const tr of this.querySelectorAll<HTMLTableRowElement>('.dm-text tbody tr')) tr.hidden = Boolean(group) && (tr.dataset.group ?? tr.parentElement?.dataset.group) !== group;
  }

  private search(q: string) {
    const term = q.trim().toLowerCase();
    if (!term) return;
    const names = Object.entries(this.model.names);
    const hit = names.find(([, n]) => n.toLowerCase() === term) ?? names.find(([, n]) => n.toLowerCase().includes(term));
    if (!hit) return;
    const id = this.reveal(hit[0])!;
    this.chain = chainOf(this.model, hit[0]);
    this.active = id;
    this.draw();
    this.focusNode(id, false);
    this.visibleNode(id)?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }
}

if (!customElements.get('dependency-map')) customElements.define('dependency-map', DependencyMap);
