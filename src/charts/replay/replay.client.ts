/**
 * <incident-replay>: enhances the prerendered replay. At each moment the enhancer runs the same
 * state function as the build (src/lib/replay.ts), draws the map again with the dependency map's
 * own function (grouped, the focus's group opened and its chain shown, at every artboard) and
 * moves the strip's cursor. The scrubber steps from change to change with
 * the arrow keys, plays at a few hours per second, jumps to key moments, and keeps `?t=` in the URL.
 * A scrollytelling section drives it through `go()`.
 */
import { countsText, parseTimeParam, replayCaption, replayStops, shortKst, stateAt } from '../../lib/replay.ts';
import { type State } from '../../lib/states.ts';
import { kstMinute } from '../../lib/kstClock.ts';
import { mapStateOf } from '../dependencies/draw.ts';
import { chainOf, type MapModel } from '../dependencies/layout.ts';
import { redrawBoxes, showChain } from '../dependencies/boxes.client.ts';
import type { MapData } from '../dependencies/render.ts';
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
  private mapModel: MapModel | null = null;
  /** A chain the reader picked with the switcher, until the focus moves. */
  private chainChoice: string | null = null;
  /** What the map last drew (the states and the focus), so an unchanged moment is not drawn again. */
  private drawn = '';
  private range!: HTMLInputElement;
  private playing = 0;
  private live = 'polite';
  /** Off while a scrollytelling section drives the replay (it owns the URL then). */
  syncUrl = true;

  connectedCallback() {
    const json = this.querySelector<HTMLScriptElement>('script.rp-data');
    if (!json || this.data) return;
    this.data = JSON.parse(json.textContent ?? '{}') as ReplayData;
    this.language = this.dataset.lang === 'en' ? 'en' : 'ko';
    this.stops = replayStops(this.data.model);
    this.range = this.querySelector<HTMLInputElement>('input[name=t]')!;
    this.view = this.dataset.view === 'timeline' ? 'timeline' : 'map';
    this.focusId = this.dataset.focus ?? null;
    // The map's model comes from the dependency map's data file; until it arrives the prerendered map stands.
    const mapSrc = this.dataset.mapSrc;
    if (mapSrc)
      fetch(mapSrc)
        .then((r) => (r.ok ? (r.json() as Promise<MapData>) : Promise.reject(new Error(`${mapSrc}: ${r.status}`))))
        .then((d) => {
          this.mapModel = d.model;
          this.drawMap(stateAt(this.data.model, this.t));
        }, (e) => console.error('<incident-replay> map data', e));

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
      focus: focus && this.data.names[focus] ? focus : this.focusId,
    }, false);

    const form = this.querySelector<HTMLFormElement>('form.rp-scrubber')!;
    form.addEventListener('submit', (e) => e.preventDefault());
    this.range.addEventListener('input', () => this.setTime(Number(this.range.value) * MINUTE));
    this.range.addEventListener('keydown', (e) => this.key(e));
    this.addEventListener('click', (e) => {
      const b = (e.target as HTMLElement).closest('button');
      if (!b || !this.contains(b)) return;
      if (b.dataset.chain) {
        this.chainChoice = b.dataset.chain;
        showChain(this.querySelector('.rp-map')!, b.dataset.chain);
      } else if (b.dataset.step) this.step(Number(b.dataset.step));
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
    this.drawMap(states);
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
    this.fitCaption(c.text);
    this.querySelector('.rp-counts')!.textContent = countsText(states, this.data.groups, this.language);
    this.range.value = String(this.t / MINUTE);
    this.range.setAttribute('aria-valuetext', `${shortKst(this.t, this.language)} KST`);
    this.dataset.t = kstMinute(this.t);
    // The map's drawings get their moment when drawn (drawMap).
    for (const svg of this.querySelectorAll('.rp-strip svg')) {
      const label = svg.getAttribute('aria-label') ?? '';
      svg.setAttribute('aria-label', label.replace(/, [^,]*$/, `, ${c.time}`));
    }
    if (this.syncUrl) {
      // `+` is kept as typed: URLSearchParams would write %2B.
      const others = location.search.replace(/^\?/, '').split('&').filter((p) => p && !p.startsWith('t='));
      history.replaceState(history.state, '', `${location.pathname}?${[...others, `t=${kstMinute(this.t)}`].join('&')}${location.hash}`);
    }
  }

  /**
   * The caption whole: where its box is shorter than the text (the sticky graphic keeps a fixed
   * height), the changes at the end give way to a count of them, never to a cut.
   */
  private fitCaption(text: string) {
    const what = this.querySelector<HTMLElement>('.rp-what')!;
    const box = this.querySelector<HTMLElement>('.rp-caption')!;
    what.textContent = text;
    const parts = text.split(' · ');
    for (let k = parts.length - 1; k >= 1 && box.scrollHeight > box.clientHeight + 1; k--) {
      const more = parts.length - k;
      what.textContent = `${parts.slice(0, k).join(' · ')}${this.language === 'ko' ? ` 외 ${more}건` : ` and ${more} more`}`;
    }
  }

  /** Scrolls a panel that is shorter than its drawing (the sticky graphic) to the focus, or to the top. */
  private reveal(panel: HTMLElement, focus: Element | null | undefined) {
    if (panel.scrollHeight <= panel.clientHeight + 1) return;
    const top = focus ? focus.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop - panel.clientHeight / 3 : 0;
    panel.scrollTo({ top: Math.max(0, top), behavior: reducedMotion() ? 'auto' : 'smooth' });
  }

  private mapKey(states: ReturnType<typeof stateAt>): string {
    return `${this.focusId}|${Object.entries(states).map(([id, s]) => `${id}:${s.state}`).join(',')}`;
  }

  /** Draws the map at these states, unless that is what it shows already. */
  private drawMap(states: ReturnType<typeof stateAt>) {
    if (!this.mapModel) return;
    const key = this.mapKey(states);
    if (key === this.drawn) return;
    this.drawn = key;
    const group = this.focusId ? this.mapModel.grouping.groupOf[this.focusId] : undefined;
    const panel = this.querySelector<HTMLElement>('.rp-map')!;
    redrawBoxes(panel, this.mapModel, mapStateOf(states), {
      lang: this.language,
      title: `${this.language === 'ko' ? '의존 지도' : 'Dependency map'}, ${shortKst(this.t, this.language)}`,
      open: new Set(group ? [group] : []),
      focus: this.focusId,
      chain: this.chainChoice ?? chainOf(this.mapModel, this.focusId),
    });
    // In a sticky graphic the panel is shorter than the chain: it shows the part around the focus.
    this.reveal(panel, [...panel.querySelectorAll<SVGGElement>('.dm-node.is-focus')].find((g) => g.getClientRects().length > 0));
  }

  /** Marks a part on the map (opening its group, showing its chain) and its row on the strip. */
  setFocus(id: string | null, _animate: boolean) {
    const next = id && this.data.names[id] ? id : null;
    if (next !== this.focusId) this.chainChoice = null;
    this.focusId = next;
    this.drawMap(stateAt(this.data.model, this.t));
    const y = this.focusId ? this.data.strip.rowY[this.focusId] : undefined;
    for (const mark of this.querySelectorAll<SVGGElement>('.rp-focus')) {
      if (y === undefined) mark.setAttribute('visibility', 'hidden');
      else {
        mark.removeAttribute('visibility');
        mark.setAttribute('transform', `translate(0,${y})`);
        mark.querySelector('text')!.textContent = this.data.names[this.focusId!] ?? this.focusId!;
      }
    }
    // The strip too, where the sticky graphic shows only part of it.
    const strip = this.querySelector<HTMLElement>('.rp-strip')!;
    this.reveal(strip, [...strip.querySelectorAll('.rp-focus')].find((m) => m.getClientRects().length > 0 && y !== undefined));
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
