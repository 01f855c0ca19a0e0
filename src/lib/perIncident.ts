/**
 * A derived view of a loaded incident (its timeline, graph, replay model, comparison), computed
 * once per incident object and shared by every page, chart, check and data file that asks.
 */
import type { IncidentData } from './incidentData.ts';

export function perIncident<T>(compute: (d: IncidentData) => T): (d: IncidentData) => T {
  const cache = new WeakMap<IncidentData, T>();
  return (d) => {
    if (!cache.has(d)) cache.set(d, compute(d));
    return cache.get(d)!;
  };
}
