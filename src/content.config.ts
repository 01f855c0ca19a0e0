import { isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/contentDir.ts';
import { Story } from './schemas/story.ts';

const dir = join(contentDir(), 'stories');

/** Stories live in the top-level content/ folder; the file name is the slug. */
const stories = defineCollection({
  loader: glob({
    pattern: '*.md',
    base: isAbsolute(dir) ? pathToFileURL(`${dir}/`) : `./${dir}`,
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
  }),
  schema: Story,
});

export const collections = { stories };
