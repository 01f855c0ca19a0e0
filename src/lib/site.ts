/**
 * The pages' single entry to the content: loaded and checked once per build process.
 * Pages never read YAML themselves.
 */
import { contentDir } from './contentDir.ts';
import { loadContent, type Content } from './loadContent.ts';

let cached: Content | undefined;

export function content(): Content {
  cached ??= loadContent(process.cwd(), contentDir());
  return cached;
}

export function incident(id: string) {
  const data = content().incidents.get(id);
  if (!data) throw new Error(`Unknown incident "${id}"`);
  return data;
}
