/**
 * Scrollytelling: while the reader scrolls a `.scrolly` section, the step whose top has passed the
 * trigger line is active and the sticky replay moves to its moment, view and focus. Runs only when
 * the page chose the scrolly layout before first paint (`html.scrolly-on`: JavaScript on and no
 * preference for reduced motion); otherwise every step keeps its own static figure.
 * `?t=` scrolls to the step at or before that moment and shows exactly that moment.
 */
import { parseTimeParam } from '../../lib/replay.ts';
import { kstMinute } from '../../lib/kstClock.ts';
import type { ReplayView } from './render.ts';
import { IncidentReplay } from './replay.client.ts';

function setup(section: HTMLElement, index: number) {
  const replay = section.querySelector<IncidentReplay>('incident-replay');
  if (!replay || !(replay instanceof IncidentReplay)) return;
  replay.syncUrl = false;
  replay.querySelector('.rp-now')?.setAttribute('aria-live', 'off');
  const steps = [...section.querySelectorAll<HTMLElement>('.step')];
  let active = -1;
  let loaded = false;

  const activate = (i: number, animate = true) => {
    if (i === active || i < 0) return;
    active = i;
    steps.forEach((s, k) => s.classList.toggle('is-active', k === i));
    const s = steps[i]!;
    replay.stopPlaying();
    // No panning while the page loads: the first step is shown as it stands.
    replay.go({ t: Date.parse(s.dataset.t!), view: s.dataset.view as ReplayView, focus: s.dataset.focus ?? null }, animate && loaded);
    if (index === 0 && loaded) history.replaceState(history.state, '', `${location.pathname}?t=${kstMinute(replay.t)}${location.hash}`);
  };

  // The trigger line sits below the sticky graphic on a phone, mid-screen beside it on a desktop.
  const line = () => innerHeight * (matchMedia('(min-width: 60rem)').matches ? 0.5 : 0.8);
  let queued = false;
  const update = () => {
    queued = false;
    const y = line();
    let i = -1;
    steps.forEach((s, k) => {
      if (s.getBoundingClientRect().top < y) i = k;
    });
    // A reader moving by Tab is reading the step that holds the focus, wherever the line falls.
    const f = document.activeElement;
    const k = f?.matches(':focus-visible') ? steps.findIndex((s) => s.contains(f)) : -1;
    if (k >= 0) {
      const r = f!.getBoundingClientRect();
      if (r.bottom > 0 && r.top < innerHeight) i = k;
    }
    activate(Math.max(0, i));
  };
  const queue = () => {
    if (!queued) requestAnimationFrame(update);
    queued = true;
  };
  addEventListener('scroll', queue, { passive: true });
  // Focus can land on a link that is already on screen: no scroll, but a new step.
  section.addEventListener('focusin', queue);

  const wanted = index === 0 ? parseTimeParam(new URLSearchParams(location.search).get('t')) : null;
  if (wanted !== null) {
    let i = 0;
    steps.forEach((s, k) => {
      if (Date.parse(s.dataset.t!) <= wanted) i = k;
    });
    steps[i]!.scrollIntoView({ block: 'center' });
    activate(i, false);
    // The step stays active while it is read, so the replay keeps the exact moment asked for.
    replay.setTime(wanted);
  } else {
    update();
  }
  loaded = true;
}

if (document.documentElement.classList.contains('scrolly-on')) {
  [...document.querySelectorAll<HTMLElement>('.scrolly')].forEach(setup);
}
