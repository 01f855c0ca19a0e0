import type { ColorSlot, Incident } from '../schemas/incident.ts';
import type { Organization } from '../schemas/organization.ts';

/** The group an organization belongs to (KakaoBank → Kakao), for per-company counts. */
export function groupOf(orgId: string, organizations: readonly Organization[]): string {
  const byId = new Map(organizations.map((o) => [o.id, o]));
  let current = byId.get(orgId);
  const seen = new Set<string>();
  while (current?.parent && !seen.has(current.id)) {
    seen.add(current.id);
    const parent = byId.get(current.parent);
    if (!parent) break;
    current = parent;
  }
  return current?.id ?? orgId;
}

/**
 * The organization groups the charts compare, in their order (`groups` in incident.yaml); without
 * it, every group (organization without a parent) in data order.
 */
export function comparedGroups(d: { incident: Incident; organizations: readonly Organization[] }): string[] {
  return d.incident.groups?.map((g) => g.id) ?? d.organizations.filter((o) => !o.parent).map((o) => o.id);
}

/** Each compared group's colour slot (`org-1`…), for class names; groups without one are absent. */
export function colorSlots(d: { incident: Incident }): Record<string, ColorSlot> {
  return Object.fromEntries((d.incident.groups ?? []).map((g) => [g.id, g.color]));
}
