/** Reads a chart's data: from the file its host names in `data-src` (chartData.ts), or inlined in a <script type="application/json">. */
export async function readChartData<T>(host: HTMLElement, inlineClass: string): Promise<T> {
  const src = host.dataset.src;
  if (src) {
    const res = await fetch(src);
    if (!res.ok) throw new Error(`${src}: ${res.status}`);
    return (await res.json()) as T;
  }
  return JSON.parse(host.querySelector<HTMLScriptElement>(`script.${inlineClass}`)?.textContent ?? '{}') as T;
}

/** Hands the chart's data to `start` once it has arrived; a failed fetch leaves the prerendered chart, as without JavaScript. */
export function withChartData<T>(host: HTMLElement, inlineClass: string, start: (data: T) => void): void {
  readChartData<T>(host, inlineClass).then(start, (e) => console.error(`<${host.localName}> data`, e));
}
