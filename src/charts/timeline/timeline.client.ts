/**
 * <outage-timeline>: enhances the prerendered timeline. It re-renders the same SVG with the same
 * pure function when filters, zoom or the box width change, and adds tooltips, keyboard
 * navigation, brushing and URL state. Plot is never loaded in the browser.
 */
import { stateName } from '../../lib/states.ts';
import { formatDuration, formatKst, type Lang } from '../../lib/kst.ts';
import { kstClock } from '../../lib/kstClock.ts';
import { durationMinutes } from '../../lib/outageIntervals.ts';
import { type TimelineData, type ZoomPreset, clampDomain, visibleRows, ZOOM_PRESETS, zoomDomain } from '../../lib/timeline.ts';
import { withChartData } from '../chartData.client.ts';
import { esc } from '../html.ts';
import { PRECISION_LABEL, shownLabel } from './labels.ts';
import { spanLabel, timelineChart } from './draw.ts';

interface State {
  groups: string[];
  category: string;
  q: string;
  zoom: ZoomPreset | [number, number];
}

class OutageTimeline extends HTMLElement {
  private data!: TimelineData;
  private language: Lang = 'ko';
  private state!: State;
  private boxes!: HTMLElement;
  private tooltip!: HTMLElement;
  private live!: HTMLElement;
  private form!: HTMLFormElement;
  private active: number | null = null;
  private pinned = false;
  private paramPrefix = '';
  private initial!: State;

  private started = false;

  connectedCallback() {
    if (this.started) return;
    this.started = true;
    // The data comes from its own file (chartData.ts); until it arrives the prerendered chart stands.
    withChartData<TimelineData>(this, 'tl-data', (data) => this.start(data));
  }

  private start(data: TimelineData) {
    this.data = data;
    this.language = (this.dataset.lang as Lang) ?? 'ko';
    this.paramPrefix = this.id === 'timeline' ? '' : `${this.id}-`;
    this.boxes = this.querySelector('.tl-boxes')!;
    this.tooltip = this.querySelector('.tl-tooltip')!;
    this.live = this.querySelector('.tl-live')!;
    this.form = this.querySelector('form.tl-controls')!;
    this.initial = { groups: this.checkedGroups(), category: '', q: '', zoom: (this.dataset.zoom as ZoomPreset) ?? 'all' };
    this.state = this.readState();
    this.writeForm();

    this.form.addEventListener('submit', (e) => e.preventDefault());
    this.form.addEventListener('input', () => this.fromForm());
    this.form.addEventListener('change', () => this.fromForm());
    this.form.addEventListener('click', (e) => {
      const b = (e.target as HTMLElement).closest('button');
      if (!b) return;
      if (b.dataset.zoom) this.update({ zoom: b.dataset.zoom as ZoomPreset });
      if (b.hasAttribute('data-reset')) {
        this.update({ ...this.initial });
        this.writeForm();
      }
    });
    this.boxes.addEventListener('pointerover', (e) => this.hover(e));
    this.boxes.addEventListener('pointerleave', () => !this.pinned && this.hideTip());
    this.boxes.addEventListener('click', (e) => this.onClick(e));
    this.boxes.addEventListener('focusin', (e) => this.focusBar(e));
    this.boxes.addEventListener('keydown', (e) => this.key(e));
    this.boxes.addEventListener('pointerdown', (e) => this.brushStart(e));
    // Phones: the controls are folded behind one button.
    const toggle = this.querySelector<HTMLButtonElement>('.tl-controls-toggle');
    toggle?.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      this.form.classList.toggle('is-open', open);
      if (open) this.form.querySelector<HTMLElement>('input, select, button')?.focus();
    });
    this.tooltip.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.closeTip(true);
    });
    document.addEventListener('keydown', (e) => e.key === 'Escape' && this.pinned && this.closeTip(true));
    // The prerendered drawings (one per artboard, CSS shows the one that fits) are kept as they are
    // unless the URL asks for another view: no re-render on load, so nothing blocks the main thread or moves.
    if (this.differsFromInitial()) this.render();
    else this.makeInteractive();
  }

  private differsFromInitial() {
    const a = this.state;
    const b = this.initial;
    return !same(a.groups, b.groups) || a.category !== b.category || a.q !== b.q || JSON.stringify(a.zoom) !== JSON.stringify(b.zoom);
  }

  /** Gives the prerendered bars the roving tabindex that `render()` would give them. */
  private makeInteractive() {
    for (const box of this.boxes.querySelectorAll('.chart-box'))
      box.querySelectorAll<SVGRectElement>('rect.tl-bar[data-i]').forEach((b, k) => {
        b.setAttribute('role', 'img');
        b.setAttribute('aria-label', spanLabel(this.data, Number(b.dataset.i), this.language));
        b.setAttribute('tabindex', k === 0 ? '0' : '-1');
      });
    this.updateCount(this.rows().length);
  }

  private updateCount(n: number) {
    const count = this.form.querySelector('.tl-count');
    const text = shownLabel(n, this.language);
    // Only a real change is written, so the prerendered text never moves on load.
    if (count && count.textContent !== text) count.textContent = text;
  }

  private readState(): State {
    const p = new URLSearchParams(location.search);
    const all = this.data.groups.map((g) => g.id);
    const groups = p.get(`${this.paramPrefix}org`)?.split(',').filter((g) => all.includes(g));
    const z = p.get(`${this.paramPrefix}zoom`) ?? this.dataset.zoom ?? 'all';
    let zoom: State['zoom'] = (ZOOM_PRESETS as readonly string[]).includes(z) ? (z as ZoomPreset) : 'all';
    const range = z.match(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})~(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})$/);
    if (range) zoom = clampDomain(this.data, [kstClock(`${range[1]}+09:00`), kstClock(`${range[2]}+09:00`)]);
    return { groups: groups?.length ? groups : this.initial.groups, category: p.get(`${this.paramPrefix}cat`) ?? '', q: p.get(`${this.paramPrefix}q`) ?? '', zoom };
  }

  private checkedGroups(): string[] {
    return [...this.form.querySelectorAll<HTMLInputElement>('input[name=group]:checked')].map((i) => i.value);
  }

  private writeUrl() {
    const p = new URLSearchParams(location.search);
    const set = (k: string, v: string | null) => (v ? p.set(`${this.paramPrefix}${k}`, v) : p.delete(`${this.paramPrefix}${k}`));
    set('org', same(this.state.groups, this.initial.groups) ? null : this.state.groups.join(','));
    set('cat', this.state.category || null);
    set('q', this.state.q || null);
    const z = this.state.zoom;
    const iso = (t: number) => new Date(t).toISOString().slice(0, 16);
    set('zoom', Array.isArray(z) ? `${iso(z[0])}~${iso(z[1])}` : z === this.initial.zoom ? null : z);
    const qs = p.toString();
    history.replaceState(history.state, '', `${location.pathname}${qs ? `?${qs}` : ''}${location.hash}`);
  }

  private writeForm() {
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[name=group]')) box.checked = this.state.groups.includes(box.value);
    this.form.querySelector<HTMLSelectElement>('select[name=category]')!.value = this.state.category;
    this.form.querySelector<HTMLInputElement>('input[name=q]')!.value = this.state.q;
  }

  private fromForm() {
    const groups = this.checkedGroups();
    const category = this.form.querySelector<HTMLSelectElement>('select[name=category]')!.value;
    const q = this.form.querySelector<HTMLInputElement>('input[name=q]')!.value;
    this.update({ groups, category, q });
  }

  private update(patch: Partial<State>) {
    this.state = { ...this.state, ...patch };
    this.closeTip(false);
    this.render();
    this.writeUrl();
  }

  private rows() {
    return visibleRows(this.data, { groups: this.state.groups, categories: this.state.category ? [this.state.category] : [], query: this.state.q });
  }

  /** The drawing on screen: the artboard CSS shows for this width (the first one if none is laid out yet). */
  private get box(): HTMLElement {
    const boxes = [...this.boxes.querySelectorAll<HTMLElement>('.chart-box')];
    return boxes.find((b) => b.getClientRects().length > 0) ?? boxes[0]!;
  }

  private render() {
    const rows = this.rows();
    // Every artboard is redrawn, so a turned phone shows the same view.
    for (const box of this.boxes.querySelectorAll<HTMLElement>('.chart-box[data-w]')) {
      const width = Number(box.dataset.w);
      const svg = timelineChart(this.data, {
        document,
        width,
        lang: this.language,
        id: `${this.id}-${width}`,
        rows,
        domain: zoomDomain(this.data, this.state.zoom),
        interactive: true,
        title: this.querySelector('.chart-title')?.textContent ?? undefined,
      });
      box.querySelector('svg')?.replaceWith(svg);
    }
    const visible = new Set(rows);
    for (const tr of this.querySelectorAll<HTMLTableRowElement>('tbody tr[data-row]')) tr.hidden = !visible.has(tr.dataset.row!);
    for (const b of this.form.querySelectorAll<HTMLButtonElement>('button[data-zoom]')) b.setAttribute('aria-pressed', String(b.dataset.zoom === this.state.zoom));
    this.updateCount(rows.length);
    if (this.active !== null) this.activate(this.active, false);
  }

  private bars(): SVGRectElement[] {
    return [...this.box.querySelectorAll<SVGRectElement>('rect.tl-bar[data-i]')];
  }

  private allBars(): SVGRectElement[] {
    return [...this.boxes.querySelectorAll<SVGRectElement>('rect.tl-bar[data-i]')];
  }

  private barOf(i: number) {
    return this.box.querySelector<SVGRectElement>(`rect.tl-bar[data-i="${i}"]`);
  }

  private activate(i: number, focus: boolean) {
    this.active = i;
    for (const b of this.allBars()) b.setAttribute('tabindex', b.dataset.i === String(i) ? '0' : '-1');
    this.boxes.querySelectorAll('.tl-span.is-active').forEach((g) => g.classList.remove('is-active'));
    const bar = this.barOf(i);
    if (!bar) return;
    bar.parentElement?.classList.add('is-active');
    if (focus) bar.focus();
  }

  private hover(e: PointerEvent) {
    if (this.pinned || this.brushing) return;
    const bar = (e.target as Element).closest?.('rect.tl-bar[data-i]');
    if (bar) this.showTip(Number((bar as SVGElement).dataset.i), bar as SVGRectElement);
  }

  private onClick(e: MouseEvent) {
    if (this.suppressClick) {
      this.suppressClick = false;
      return;
    }
    const bar = (e.target as Element).closest?.('rect.tl-bar[data-i]') as SVGRectElement | null;
    if (!bar) return this.closeTip(false);
    const i = Number(bar.dataset.i);
    if (this.pinned && this.active === i) return this.closeTip(false);
    this.activate(i, false);
    this.showTip(i, bar);
    this.pinned = true;
  }

  private focusBar(e: FocusEvent) {
    const bar = (e.target as Element).closest?.('rect.tl-bar[data-i]') as SVGRectElement | null;
    if (!bar) return;
    const i = Number(bar.dataset.i);
    if (this.active !== i) this.activate(i, false);
    this.showTip(i, bar);
    this.live.textContent = spanLabel(this.data, i, this.language);
  }

  /** Arrow keys: left/right within a row (then the neighbouring rows), up/down to the nearest span of the next row. */
  private key(e: KeyboardEvent) {
    const bar = (e.target as Element).closest?.('rect.tl-bar[data-i]') as SVGRectElement | null;
    if (!bar) return;
    const order = this.bars().map((b) => Number(b.dataset.i));
    const i = Number(bar.dataset.i);
    const k = order.indexOf(i);
    let next: number | undefined;
    if (e.key === 'ArrowRight') next = order[k + 1];
    else if (e.key === 'ArrowLeft') next = order[k - 1];
    else if (e.key === 'Home') next = order[0];
    else if (e.key === 'End') next = order.at(-1);
    else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') next = this.verticalNeighbour(i, e.key === 'ArrowDown' ? 1 : -1);
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.pinned = true;
      this.showTip(i, bar);
      this.tooltip.querySelector('a')?.focus();
      return;
    } else if (e.key === 'Escape') return this.closeTip(false);
    else return;
    e.preventDefault();
    if (next !== undefined) this.activate(next, true);
  }

  private verticalNeighbour(i: number, dir: 1 | -1): number | undefined {
    const rows = this.rows().filter((r) => this.data.rows[r]!.spans.some((s) => this.barOf(s)));
    const r = rows.indexOf(this.data.spans[i]!.row);
    const target = rows[r + dir];
    if (!target) return undefined;
    const mid = (Date.parse(this.data.spans[i]!.start) + Date.parse(this.data.spans[i]!.end ?? this.data.dataAsOf)) / 2;
    const candidates = this.data.rows[target]!.spans.filter((s) => this.barOf(s));
    const dist = (s: number) => {
      const sp = this.data.spans[s]!;
      const a = Date.parse(sp.start);
      const b = Date.parse(sp.end ?? this.data.dataAsOf);
      return mid < a ? a - mid : mid > b ? mid - b : 0;
    };
    return candidates.sort((a, b) => dist(a) - dist(b))[0];
  }

  private showTip(i: number, bar: SVGRectElement) {
    const s = this.data.spans[i]!;
    const row = this.data.rows[s.row]!;
    const L = this.language;
    const minutes = s.end ? formatDuration(durationMinutes(s.start, s.end, s.end), L) : L === 'ko' ? '복구 기록 없음' : 'no restoration on record';
    const sources = s.sources
      .map((id) => {
        const src = this.data.sources[id];
        if (!src) return `<li>${esc(id)}</li>`;
        const text = `${esc(src.publisher)}: ${esc(src.title)}`;
        return `<li>${src.url ? `<a href="${esc(src.url)}" rel="noopener noreferrer">${text}</a>` : text}</li>`;
      })
      .join('');
    const precision = `${PRECISION_LABEL[s.startPrecision][L]}${s.endPrecision ? ` → ${PRECISION_LABEL[s.endPrecision][L]}` : ''}`;
    this.tooltip.innerHTML = `<h4>${esc(row.name[L])}</h4>
<p><strong>${esc(stateName(s.status, L))}</strong> · ${esc(minutes)}</p>
<p>${esc(formatKst(s.start, L))} → ${s.end ? esc(formatKst(s.end, L)) : '…'}</p>
<p class="muted">${esc(precision)}${s.conflicts.length ? ` · ${L === 'ko' ? '엇갈리는 기록' : 'conflicting reports'} ${s.conflicts.map((c) => `<a href="/sources/#conflict-${esc(c)}">${esc(c)}</a>`).join(', ')}` : ''}</p>
<ul>${sources}</ul>`;
    this.tooltip.hidden = false;
    const fig = this.querySelector('figure')!.getBoundingClientRect();
    const b = bar.getBoundingClientRect();
    const tw = this.tooltip.offsetWidth;
    const left = Math.min(Math.max(0, b.left - fig.left + Math.min(b.width, 40)), fig.width - tw);
    this.tooltip.style.left = `${Math.max(0, left)}px`;
    this.tooltip.style.top = `${b.bottom - fig.top + 6}px`;
  }

  private hideTip() {
    this.tooltip.hidden = true;
  }

  private closeTip(refocus: boolean) {
    this.pinned = false;
    this.hideTip();
    if (refocus && this.active !== null) this.barOf(this.active)?.focus();
  }

  // Brushing: drag across the plot to zoom to that stretch of time.
  private brushing = false;
  private suppressClick = false;

  private brushStart(e: PointerEvent) {
    if (e.button !== 0 || e.pointerType === 'touch') return;
    const svg = this.box.querySelector('svg')!;
    const [px0, px1] = svg.dataset.x!.split(',').map(Number) as [number, number];
    const [d0, d1] = svg.dataset.domain!.split(',').map(Number) as [number, number];
    const rect = svg.getBoundingClientRect();
    // The drawing is scaled to its box: pointer px → drawing px.
    const scale = rect.width / Number(svg.getAttribute('width'));
    const startX = (e.clientX - rect.left) / scale;
    if (startX < px0) return;
    let band: SVGRectElement | null = null;
    const move = (m: PointerEvent) => {
      const cur = Math.min(px1, Math.max(px0, (m.clientX - rect.left) / scale));
      if (!this.brushing && Math.abs(cur - startX) < 8) return;
      this.brushing = true;
      if (!band) {
        band = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
        band.setAttribute('class', 'tl-brush');
        band.setAttribute('y', '0');
        band.setAttribute('height', svg.getAttribute('height')!);
        svg.append(band);
      }
      band.setAttribute('x', String(Math.min(startX, cur)));
      band.setAttribute('width', String(Math.abs(cur - startX)));
    };
    const up = (u: PointerEvent) => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      if (!this.brushing) return;
      this.brushing = false;
      this.suppressClick = true;
      const cur = Math.min(px1, Math.max(px0, (u.clientX - rect.left) / scale));
      const t = (px: number) => d0 + ((px - px0) / (px1 - px0)) * (d1 - d0);
      this.update({ zoom: clampDomain(this.data, [t(Math.min(startX, cur)), t(Math.max(startX, cur))]) });
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  }
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

if (!customElements.get('outage-timeline')) customElements.define('outage-timeline', OutageTimeline);

