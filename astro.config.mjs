// @ts-check
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkDirective from 'remark-directive';
import { contentDir } from './src/lib/contentDir.ts';
import { writeHeadingFont } from './src/lib/headingFont.ts';
import { writeHeaders } from './src/lib/headers.ts';
import { loadContent } from './src/lib/loadContent.ts';
import { ContentError } from './src/lib/problems.ts';
import { remarkChart } from './src/remark/remarkChart.ts';
import { remarkCite } from './src/remark/remarkCite.ts';
import { SITE_URL } from './src/lib/siteUrl.ts';

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

/**
 * Writes dist/_headers (framing policy and security headers for static hosts), after every page exists.
 * @returns {import('astro').AstroIntegration}
 */
function hostHeaders() {
  return {
    name: 'host-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        logger.info(`_headers: ${writeHeaders(fileURLToPath(dir))} rules`);
      },
    },
  };
}

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  // One small stylesheet per site: inlined, it costs no render-blocking request (Lighthouse measured
  // ~3 s of first paint on a throttled phone with it external).
  build: { inlineStylesheets: 'always' },
  // OUT_DIR lets the tests build fixture sites without touching dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  integrations: [contentCheck(), headingFont(), hostHeaders()],
  markdown: {
    // Stories use directives (`:cite[S12]`, `::chart{…}`), so the unified/remark pipeline is configured explicitly.
    processor: unified({
      remarkPlugins: [remarkDirective, remarkCite, remarkChart],
      smartypants: false,
    }),
  },
  devToolbar: { enabled: false },
});
