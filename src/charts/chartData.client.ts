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
