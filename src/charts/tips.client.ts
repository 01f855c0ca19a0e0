/**
 * Tooltips and keyboard for static Plot charts (comparison panels, recovery curves). The build
 * gives every mark a <title>; this turns the drawing into a group of labelled marks that the
 * keyboard can walk (Tab into the chart, arrow keys between marks, Escape to close) and that show
 * their title in a tooltip on hover, tap or focus. No re-render: the prerendered SVG stays as it is.
 */

function visibleSvgs(fig: HTMLElement): SVGSVGElement[] {
  return [...fig.querySelectorAll<SVGSVGElement>('svg[role]')].filter((s) => s.getClientRects().length > 0 && s.querySelector('title'));
}

function enhance(fig: HTMLElement) {
  if (fig.dataset.tipsReady) return;
  fig.dataset.tipsReady = '1';
  const tip = fig.querySelector<HTMLElement>('.cmp-tip');
  if (!tip) return;
  let marks: SVGElement[] = [];

  const setup = () => {
    for (const m of marks) m.removeAttribute('tabindex');
    marks = [];
    for (const svg of visibleSvgs(fig)) {
      svg.setAttribute('role', 'group');
      for (const t of svg.querySelectorAll('title')) {
        const mark = t.parentElement as unknown as SVGElement | null;
        if (!mark || mark === (svg as unknown as SVGElement)) continue;
        mark.setAttribute('role', 'img');
        mark.setAttribute('aria-label', t.textContent ?? '');
        mark.classList.add('cmp-mark-live');
        marks.push(mark);
      }
    }
    marks.forEach((m, i) => m.setAttribute('tabindex', i === 0 ? '0' : '-1'));
  };

  const show = (mark: SVGElement) => {
    tip.textContent = mark.getAttribute('aria-label');
    tip.hidden = false;
    const box = fig.getBoundingClientRect();
    const r = mark.getBoundingClientRect();
    const left = Math.min(Math.max(0, r.left - box.left + r.width / 2 - tip.offsetWidth / 2), box.width - tip.offsetWidth);
    tip.style.left = `${left}px`;
    tip.style.top = `${r.top - box.top - tip.offsetHeight - 8}px`;
    for (const m of marks) m.classList.toggle('is-active', m === mark);
  };
  const hide = () => {
    tip.hidden = true;
    for (const m of marks) m.classList.remove('is-active');
  };
  const markOf = (e: Event) => marks.find((m) => m === e.target || m.contains(e.target as Node));

  fig.addEventListener('pointerover', (e) => {
    const m = markOf(e);
    if (m) show(m);
  });
  fig.addEventListener('pointerleave', hide);
  fig.addEventListener('click', (e) => {
    const m = markOf(e);
    if (m) show(m);
  });
  fig.addEventListener('focusin', (e) => {
    const m = markOf(e);
    if (!m) return;
    for (const x of marks) x.setAttribute('tabindex', x === m ? '0' : '-1');
    show(m);
  });
  fig.addEventListener('focusout', (e) => {
    if (!fig.contains(e.relatedTarget as Node)) hide();
  });
  fig.addEventListener('keydown', (e) => {
    const m = markOf(e);
    if (!m) return;
    if (e.key === 'Escape') return hide();
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
    const to = step ? marks[(marks.indexOf(m) + step + marks.length) % marks.length] : e.key === 'Home' ? marks[0] : e.key === 'End' ? marks.at(-1) : undefined;
    if (!to) return;
    e.preventDefault();
    to.focus();
  });
  setup();
  // The figure shows the drawing made for its width (html.ts artboards): when another one comes
  // into view, the marks that can be reached follow.
  let shown = visibleSvgs(fig);
  new ResizeObserver(() => {
    const now = visibleSvgs(fig);
    if (now.length === shown.length && now.every((s, i) => s === shown[i])) return;
    shown = now;
    hide();
    setup();
  }).observe(fig);
}

for (const fig of document.querySelectorAll<HTMLElement>('[data-tips]')) enhance(fig);
