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
