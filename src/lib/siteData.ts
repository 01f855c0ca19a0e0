/**
 * The content that belongs to the whole site rather than one incident: the milestone kinds
 * (`content/milestones.yaml`) and the site's choices (`content/site.yaml`). Read and checked once
 * per check, before the incidents, which are checked against them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MilestoneKindDef } from '../schemas/milestoneKind.ts';
import { SiteConfig } from '../schemas/site.ts';
import { sha256 } from './buildCache.ts';
import type { Problem } from './problems.ts';
import { nearest } from './suggest.ts';
import { locate, readOptionalList, readYaml } from './yamlFile.ts';
import { zodProblems } from './zodProblems.ts';

export const MILESTONES_FILE = 'milestones.yaml';
export const SITE_FILE = 'site.yaml';

/** The milestone kinds; none when the file does not exist (then every milestone is refused, saying so). */
export function loadMilestoneKinds(root: string, contentDir = 'content'): { kinds: MilestoneKindDef[]; problems: Problem[] } {
  const file = `${contentDir}/${MILESTONES_FILE}`;
  const { entries: kinds, problems, yaml } = readOptionalList(resolve(root, file), file, MilestoneKindDef, 'milestone kinds (each starting with "- id:")');
  // By the file's own entries, so the line is right even when an earlier entry was refused.
  const seen = new Set<unknown>();
  (Array.isArray(yaml?.data) ? yaml.data : []).forEach((k: { id?: unknown } | null, i: number) => {
    const kid = k?.id;
    if (kid !== undefined && seen.has(kid)) problems.push(locate({ file, path: [i, 'id'], expected: 'a kind id not used before', found: JSON.stringify(kid) }, yaml!));
    seen.add(kid);
  });
  return { kinds, problems };
}

/** Why a milestone kind is refused, or undefined when `id` is a kind of the list. */
export function unknownKind(id: string, kinds: readonly MilestoneKindDef[], contentDir = 'content'): { expected: string; found: string; suggestion?: string } | undefined {
  if (kinds.some((k) => k.id === id)) return undefined;
  const ids = kinds.map((k) => k.id);
  const suggestion = nearest(id, ids);
  return {
    expected: ids.length
      ? `a milestone kind from ${contentDir}/${MILESTONES_FILE} (${ids.join(', ')}); a new kind is a new entry there`
      : `a milestone kind from ${contentDir}/${MILESTONES_FILE}, which does not exist: create it with the kinds the events use`,
    found: `"${id}", which is not defined`,
    ...(suggestion ? { suggestion } : {}),
  };
}

/**
 * `content/site.yaml`, checked against the incident folders. Without the file a site with one
 * incident leads with it; with several, the file is required: the lead is chosen in data, never by
 * folder order.
 */
export function loadSiteConfig(root: string, contentDir: string, folders: readonly string[]): { site?: SiteConfig; problems: Problem[] } {
  const file = `${contentDir}/${SITE_FILE}`;
  const abs = resolve(root, file);
  if (!existsSync(abs)) {
    if (folders.length <= 1) return { ...(folders[0] ? { site: { lead: folders[0] } } : {}), problems: [] };
    return { problems: [{ file, path: ['lead'], expected: `a file ${file} with \`lead: <incident>\`, the incident the site leads with (one of ${folders.join(', ')})`, found: 'no such file, and more than one incident folder' }] };
  }
  const { value, problems } = readYaml(abs, file);
  if (!value) return { problems };
  const parsed = SiteConfig.safeParse(value.data ?? {});
  if (!parsed.success) return { problems: zodProblems(parsed.error, value.data, file).map((p) => locate(p, value)) };
  if (!folders.includes(parsed.data.lead)) {
    const s = nearest(parsed.data.lead, folders);
    return { problems: [locate({ file, path: ['lead'], expected: `the name of a folder in ${contentDir}/incidents (${folders.join(', ')})`, found: `"${parsed.data.lead}", which is not one`, ...(s ? { suggestion: s } : {}) }, value)] };
  }
  return { site: parsed.data, problems };
}

/** What the site-wide files hold, for the keys of everything derived from an incident. */
export function siteDataHash(root: string, contentDir = 'content'): string {
  return sha256([MILESTONES_FILE, SITE_FILE].map((f) => {
    const abs = resolve(root, contentDir, f);
    return existsSync(abs) ? readFileSync(abs, 'utf8') : '';
  }).join('\0'));
}
