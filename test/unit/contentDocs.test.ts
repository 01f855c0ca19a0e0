import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDocs } from '../../src/lib/contentDocs.ts';
import { ROOT } from './helpers.ts';

describe('content/README.md', () => {
  it('matches the schemas (run `npm run docs:content` after changing a schema)', () => {
    expect(readFileSync(join(ROOT, 'content/README.md'), 'utf8')).toBe(contentDocs());
  });

  it('documents the required story fields with their meaning', () => {
    expect(contentDocs()).toContain('| `published` | yes | `string` | First publication, KST with `+09:00`. |');
  });
});
