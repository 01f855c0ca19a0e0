// @ts-check
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkDirective from 'remark-directive';
import { contentDir } from './src/lib/contentDir.ts';
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
 * Pretendard's CSS swaps the web font in when it arrives, which reflows text (layout shift).
 * `optional` keeps whichever font is ready within the first ~100 ms for the whole page view.
 * @returns {import('vite').Plugin}
 */
function fontDisplayOptional() {
  return {
    name: 'font-display-optional',
    transform(code, id) {
      if (!/pretendard.*\.css$/.test(id)) return null;
      return code.replaceAll('font-display: swap', 'font-display: optional');
    },
  };
}

export default defineConfig({
  vite: { plugins: [fontDisplayOptional()] },
  site: process.env.SITE_URL ?? 'https://pangyo-fire.example',
  trailingSlash: 'always',
  // OUT_DIR lets the tests build fixture sites without touching dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  integrations: [contentCheck()],
  markdown: {
    // Stories use directives (`:cite[S12]`, `::chart{…}`), so the unified/remark pipeline is configured explicitly.
    processor: unified({
      remarkPlugins: [remarkDirective, remarkCite, remarkChart],
      smartypants: false,
    }),
  },
  devToolbar: { enabled: false },
});
