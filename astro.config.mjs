// @ts-check
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkDirective from 'remark-directive';
import { contentDir } from './src/lib/contentDir.ts';
import { writeHeadingFont } from './src/lib/headingFont.ts';
import { loadContent } from './src/lib/loadContent.ts';
import { ContentError } from './src/lib/problems.ts';
import { remarkChart } from './src/remark/remarkChart.ts';
import { remarkCite } from './src/remark/remarkCite.ts';

/**
 * Checks every content file before Astro renders or writes anything: a bad row stops the
 * build with the file, line, field, what was expected and what was found.
 * @returns {import('astro').AstroIntegration}
 */
function contentCheck() {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        try {
          const { incidents, stories } = loadContent(fileURLToPath(config.root), contentDir());
          logger.info(`content OK: ${incidents.size} incident(s), ${stories.length} stories`);
        } catch (e) {
          if (e instanceof ContentError) {
            console.error(`\n${e.message}\n`);
            throw new Error('Content check failed (see the problems above). Nothing was built.');
          }
          throw e;
        }
      },
    },
  };
}

/**
 * Writes the headings' web font, subset to the characters the built pages' headings use.
 * @returns {import('astro').AstroIntegration}
 */
function headingFont() {
  return {
    name: 'heading-font',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { characters, bytes } = await writeHeadingFont(fileURLToPath(dir));
        logger.info(`heading font: ${characters} characters, ${(bytes / 1024).toFixed(1)} KB`);
      },
    },
  };
}

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://pangyo-fire.example',
  trailingSlash: 'always',
  // One small stylesheet per site: inlined, it costs no render-blocking request (Lighthouse measured
  // ~3 s of first paint on a throttled phone with it external).
  build: { inlineStylesheets: 'always' },
  // OUT_DIR lets the tests build fixture sites without touching dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  integrations: [contentCheck(), headingFont()],
  markdown: {
    // Stories use directives (`:cite[S12]`, `::chart{…}`), so the unified/remark pipeline is configured explicitly.
    processor: unified({
      remarkPlugins: [remarkDirective, remarkCite, remarkChart],
      smartypants: false,
    }),
  },
  devToolbar: { enabled: false },
});
