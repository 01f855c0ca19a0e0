/**
 * <incident-replay>: enhances the prerendered replay. The drawings never move; at each moment the
 * enhancer runs the same state function as the build (src/lib/replay.ts) and only changes
 * classes, the strip's cursor and the map's viewBox. The scrubber steps from change to change with
 * the arrow keys, plays at a few hours per second, jumps to key moments, and keeps `?t=` in the URL.
 * A scrollytelling section drives it through `go()`.
 */
import { countsText, parseTimeParam, replayCaption, replayStops, shortKst, stateAt } from '../../lib/replay.ts';
import { type State } from '../../lib/states.ts';
import { kstMinute } from '../../lib/kstClock.ts';
import { NODE_CLASS, NODE_STATE_SUFFIX, type NodeState, stateMark } from '../dependencies/draw.ts';
import type { ReplayData, ReplayView } from './render.ts';
import { stripAt, stripX } from './strip.ts';

const MINUTE = 60_000;
const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

export interface Moment {
  t: number;
  view?: ReplayView;
  focus?: string | null;
}

export class IncidentReplay extends HTMLElement {
  private data!: ReplayData;
  private language: 'ko' | 'en' = 'ko';
  private stops: number[] = [];
  t = 0;
  view: ReplayView = 'map';
  focusId: string | null = null;
  private shown = new Map<string, NodeState>();
  private map!: SVGSVGElement;
  private range!: HTMLInputElement;
  private playing = 0;
  private live = 'polite';
  private box: number[] = [];
  private boxAnimation = 0;
  /** Off while a scrollytelling section drives the replay (it owns the URL then). */
  syncUrl = true;

  connectedCallback() {
    const json = this.querySelector<HTMLScriptElement>('script.rp-data');
    if (!json || this.data) return;
    this.data = JSON.parse(json.textContent ?? '{}') as ReplayData;
    this.language = this.dataset.lang === 'en' ? 'en' : 'ko';
    this.stops = replayStops(this.data.model);
    this.map = this.querySelector<SVGSVGElement>('.rp-map svg')!;
    this.range = this.querySelector<HTMLInputElement>('input[name=t]')!;
    this.view = this.dataset.view === 'timeline' ? 'timeline' : 'map';
    this.focusId = this.dataset.focus ?? null;
    this.box = (this.map.getAttribute('viewBox') ?? '').split(' ').map(Number);
    for (const g of this.map.querySelectorAll<SVGGElement>('.dm-node')) {
      const s = Object.values(NODE_CLASS).find((c) => g.classList.contains(`is-${c}`));
      if (s) this.shown.set(g.dataset.id!, s);
    }

    // An embed or a chart of its own reads its moment from the URL; a step section sets it instead.
    const q = new URLSearchParams(location.search);
    const own = this.id === 'replay' || this.closest('.scrolly') === null;
    const fromUrl = own ? parseTimeParam(q.get('t')) : null;
    const view = own ? q.get('view') : null;
    const focus = own ? q.get('focus') : null;
    this.syncUrl = own && this.id === 'replay';
    this.go({
      t: fromUrl ?? Date.parse(this.dataset.t!),
      view: view === 'map' || view === 'timeline' ? view : this.view,
      focus: focus && this.data.boxes[focus] ? focus : this.focusId,
    }, false);

    const form = this.querySelector<HTMLFormElement>('form.rp-scrubber')!;
    form.addEventListener('submit', (e) => e.preventDefault());
    this.range.addEventListener('input', () => this.setTime(Number(this.range.value) * MINUTE));
    this.range.addEventListener('keydown', (e) => this.key(e));
    this.addEventListener('click', (e) => {
      const b = (e.target as HTMLElement).closest('button');
      if (!b || !this.contains(b)) return;
      if (b.dataset.step) this.step(Number(b.dataset.step));
      else if (b.dataset.t) this.setTime(Date.parse(b.dataset.t));
      else if (b.dataset.view) this.go({ t: this.t, view: b.dataset.view as ReplayView });
      else if (b.classList.contains('rp-play')) this.togglePlay();
    });
    this.dataset.ready = '';
  }

  /** Moves to a moment (and a view and focus); `animate` pans the map unless motion is reduced. */
  go(m: Moment, animate = true) {
    if (m.view && m.view !== this.view) {
      this.view = m.view;
      const fig = this.querySelector('.rp-figure')!;
      fig.classList.toggle('rp-view-map', m.view === 'map');
      fig.classList.toggle('rp-view-timeline', m.view === 'timeline');
      for (const b of this.querySelectorAll<HTMLButtonElement>('button[data-view]')) b.setAttribute('aria-pressed', String(b.dataset.view === m.view));
    }
    if (m.focus !== undefined) this.setFocus(m.focus, animate);
    this.setTime(m.t);
  }

  setTime(t: number) {
    const [lo, hi] = this.data.model.domain;
    this.t = Math.min(hi, Math.max(lo, Math.round(t / MINUTE) * MINUTE));
    const states = stateAt(this.data.model, this.t);
    const suffix = (s: NodeState) => NODE_STATE_SUFFIX[s][this.language];
    for (const g of this.map.querySelectorAll<SVGGElement>('.dm-node')) {
      const id = g.dataset.id!;
      const s = NODE_CLASS[states[id]?.state ?? 'up'];
      if (this.shown.get(id) === s) continue;
      g.classList.remove(`is-${this.shown.get(id)}`);
      g.classList.add(`is-${s}`);
      this.shown.set(id, s);
      g.querySelector('.dm-x, .dm-half')?.remove();
      const mark = stateMark(document, s);
      if (mark) g.querySelector('circle')!.after(mark);
      g.querySelector('title')!.textContent = `${this.data.names[id] ?? id}${suffix(s)}`;
    }
    for (const p of this.map.querySelectorAll<SVGPathElement>('.dm-edge')) {
      p.classList.toggle('is-failed', states[p.dataset.from!]?.state === 'down' && !p.classList.contains('dm-substitute'));
    }
    // One strip per artboard (html.ts), each with its own width.
    for (const strip of this.querySelectorAll('.rp-strip-svg')) {
      const g = stripAt(this.data.strip, Number(strip.getAttribute('width')));
      const x = stripX(g, this.t);
      strip.querySelector('.rp-cursor')?.setAttribute('transform', `translate(${x.toFixed(2)},0)`);
      const veil = strip.querySelector('.rp-veil');
      veil?.setAttribute('x', x.toFixed(2));
      veil?.setAttribute('width', Math.max(0, g.x1 - x).toFixed(2));
    }

    const c = replayCaption(this.data.model, this.t, this.data.names, this.language);
    const time = this.querySelector('.rp-caption time')!;
    time.textContent = c.time;
    time.setAttribute('datetime', kstMinute(this.t));
    this.querySelector('.rp-what')!.textContent = c.text;
    this.querySelector('.rp-counts')!.textContent = countsText(states, this.data.groups, this.language);
    this.range.value = String(this.t / MINUTE);
    this.range.setAttribute('aria-valuetext', `${shortKst(this.t, this.language)} KST`);
    this.dataset.t = kstMinute(this.t);
    for (const svg of this.querySelectorAll('.rp-panel svg')) {
      const label = svg.getAttribute('aria-label') ?? '';
      svg.setAttribute('aria-label', label.replace(/, [^,]*$/, `, ${c.time}`));
    }
    if (this.syncUrl) {
      // `+` is kept as typed: URLSearchParams would write %2B.
      const others = location.search.replace(/^\?/, '').split('&').filter((p) => p && !p.startsWith('t='));
      history.replaceState(history.state, '', `${location.pathname}?${[...others, `t=${kstMinute(this.t)}`].join('&')}${location.hash}`);
    }
  }

  /** Zooms the map to a part and what it touches, and marks its row on the strip. */
  setFocus(id: string | null, animate: boolean) {
    this.focusId = id && this.data.boxes[id] ? id : null;
    this.map.querySelector('.dm-node.is-focus')?.classList.remove('is-focus');
    if (this.focusId) this.map.querySelector(`.dm-node[data-id="${CSS.escape(this.focusId)}"]`)?.classList.add('is-focus');
    const target = this.data.boxes[this.focusId ?? '']!;
    cancelAnimationFrame(this.boxAnimation);
    const from = this.box.length === 4 ? this.box : target;
    const start = performance.now();
    const frame = (now: number) => {
      const k = !animate || reducedMotion() ? 1 : Math.min(1, (now - start) / 600);
      const e = k < 0.5 ? 2 * k * k : 1 - (-2 * k + 2) ** 2 / 2;
      this.box = target.map((v, i) => from[i]! + (v - from[i]!) * e);
      this.map.setAttribute('viewBox', this.box.map((v) => v.toFixed(1)).join(' '));
      if (k < 1) this.boxAnimation = requestAnimationFrame(frame);
    };
    frame(start);
    const y = this.focusId ? this.data.strip.rowY[this.focusId] : undefined;
    for (const mark of this.querySelectorAll<SVGGElement>('.rp-focus')) {
      if (y === undefined) mark.setAttribute('visibility', 'hidden');
      else {
        mark.removeAttribute('visibility');
        mark.setAttribute('transform', `translate(0,${y})`);
        mark.querySelector('text')!.textContent = this.data.names[this.focusId!] ?? this.focusId!;
      }
    }
  }

  /** To the previous (-1) or next (+1) change. */
  step(dir: -1 | 1 | number) {
    const next = dir > 0 ? this.stops.find((s) => s > this.t) : [...this.stops].reverse().find((s) => s < this.t);
    if (next !== undefined) this.setTime(next);
  }

  private key(e: KeyboardEvent) {
    const [lo, hi] = this.data.model.domain;
    const moves: Record<string, () => void> = {
      ArrowRight: () => this.step(1), ArrowUp: () => this.step(1), ArrowLeft: () => this.step(-1), ArrowDown: () => this.step(-1),
      Home: () => this.setTime(lo), End: () => this.setTime(hi),
      PageUp: () => this.setTime(this.t + 6 * 60 * MINUTE), PageDown: () => this.setTime(this.t - 6 * 60 * MINUTE),
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    this.stopPlaying();
    move();
  }

  private togglePlay() {
    if (this.playing) return this.stopPlaying();
    const button = this.querySelector<HTMLButtonElement>('.rp-play')!;
    const [lo, hi] = this.data.model.domain;
    if (this.t >= hi) this.setTime(lo);
    button.setAttribute('aria-pressed', 'true');
    button.textContent = this.language === 'ko' ? '멈춤' : 'Pause';
    // A screen reader hears where play stopped, not every minute on the way.
    this.live = this.querySelector('.rp-now')?.getAttribute('aria-live') ?? 'off';
    this.querySelector('.rp-now')?.setAttribute('aria-live', 'off');
    const hoursPerSecond = Number(this.querySelector<HTMLSelectElement>('select[name=speed]')?.value ?? 6);
    let last = performance.now();
    const tick = (now: number) => {
      if (!this.playing) return;
      // With reduced motion the replay moves from change to change once a second instead of gliding.
      if (reducedMotion()) {
        if (now - last < 1000) return void (this.playing = requestAnimationFrame(tick));
        last = now;
        this.step(1);
      } else {
        this.setTime(this.t + ((now - last) / 1000) * hoursPerSecond * 60 * MINUTE);
        last = now;
      }
      if (this.t >= hi) return this.stopPlaying();
      this.playing = requestAnimationFrame(tick);
    };
    this.playing = requestAnimationFrame(tick);
  }

  stopPlaying() {
    if (!this.playing) return;
    cancelAnimationFrame(this.playing);
    this.playing = 0;
    const button = this.querySelector<HTMLButtonElement>('.rp-play')!;
    button.setAttribute('aria-pressed', 'false');
    button.textContent = this.language === 'ko' ? '재생' : 'Play';
    this.querySelector('.rp-now')?.setAttribute('aria-live', this.live);
  }
}

if (!customElements.get('incident-replay')) customElements.define('incident-replay', IncidentReplay);
