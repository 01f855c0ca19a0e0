/** Loads a chart's enhancer only when one of its elements comes within `margin` of the viewport. */
export function whenNear(selector: string, load: () => Promise<unknown>, margin = '600px'): void {
  const elements = document.querySelectorAll(selector);
  if (!elements.length) return;
  const io = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      io.disconnect();
      void load();
    },
    { rootMargin: margin },
  );
  elements.forEach((el) => io.observe(el));
}
