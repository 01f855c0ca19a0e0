// @ts-check
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkDirective from 'remark-directive';
import { ASTRO_MARKDOWN_MARKER, cacheDir } from './src/lib/buildCache.ts';
import { contentDir } from './src/lib/contentDir.ts';
import { writeHeadingFont } from './src/lib/headingFont.ts';
import { writeHeaders } from './src/lib/headers.ts';
import { writeSearchIndex } from './src/lib/searchIndex.ts';
import { writePolicies } from './src/lib/csp.ts';
import { leadIncidentId } from './src/lib/loadContent.ts';
import { loadSiteContent } from './src/site/load.ts';
import { ContentError, formatProblems } from './src/lib/problems.ts';
import { bumpContentGeneration, DEV_OUTCOME, setDevProblems } from './src/lib/devProblems.ts';
import { remarkChart } from './src/remark/remarkChart.ts';
import { remarkSteps } from './src/remark/remarkSteps.ts';
import { remarkCite } from './src/remark/remarkCite.ts';
import { remarkExternalLinks } from './src/remark/remarkExternalLinks.ts';
import { SITE_URL } from './src/lib/siteUrl.ts';

/**
 * Checks every content file before Astro renders or writes anything: a bad row stops the
 * build with the file, line, field, what was expected and what was found. Under `astro dev` the
 * same messages are printed in the terminal and shown in a banner on every page, at start and
 * whenever a content file changes, and the server keeps running so the editor can fix the file
 * and look again; the banner goes when the check passes.
 * @returns {import('astro').AstroIntegration}
 */
function contentCheck() {
  /** @param {string} root @param {import('astro').AstroIntegrationLogger} logger @param {string} command */
  const check = (root, logger, command) => {
    try {
      const { incidents, stories } = loadSiteContent(root, contentDir());
      logger.info(`content OK: ${incidents.size} incident(s), ${stories.length} stories`);
      if (command === 'dev') setDevProblems(undefined);
      return true;
    } catch (e) {
      if (e instanceof ContentError) {
        const message = command === 'dev' ? formatProblems(e.problems, DEV_OUTCOME) : e.message;
        if (command === 'dev') setDevProblems(message);
        console.error(`\n${message}\n`);
        return false;
      }
      throw e;
    }
  };
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const ok = check(fileURLToPath(config.root), logger, command);
        // The editor's message is the whole story: exit without a stack trace of our own hook.
        if (!ok && command !== 'dev') process.exit(1);
        if (!ok) logger.error('Content check failed (see the problems above). Fix the file; the check runs again when you save.');
      },
      'astro:server:setup': ({ server, logger }) => {
        const root = process.cwd();
        // The dev server writes Astro's Markdown cache from content that may fail the check: the next
        // build must not trust it (scripts/build.ts keeps that cache only beside this marker).
        const ours = cacheDir(root);
        if (ours) rmSync(resolve(ours, ASTRO_MARKDOWN_MARKER), { force: true });
        const dir = resolve(root, contentDir());
        server.watcher.add(dir);
        // A save can reach us as more than one event, the first while the file is still being
        // written (seen: a check that read it empty, and no event after): check once the saves settle.
        /** @type {ReturnType<typeof setTimeout> | undefined} */
        let timer;
        let dataChanged = false;
        server.watcher.on('all', (_event, file) => {
          if (!file.startsWith(dir) || !/\.(md|ya?ml)$/.test(file)) return;
          dataChanged ||= !file.endsWith('.md');
          clearTimeout(timer);
          timer = setTimeout(() => {
            // Pages read the content through a module-level cache (src/site/content.ts), renewed below
            // (under dev, what passed; the banner shows the rest). The open page reloads itself.
            check(root, logger, 'dev');
            // Stories only: Astro's content layer re-renders them, and the pages' content module reads
            // the content again (only what changed is checked again). An incident's data: every module
            // may hold something drawn from it, so all are dropped.
            if (dataChanged) server.moduleGraph.invalidateAll();
            else bumpContentGeneration();
            dataChanged = false;
            server.ws.send({ type: 'full-reload' });
          }, 150);
        });
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
 * Puts a Content-Security-Policy <meta> (with the hashes of each page's inline scripts) into every page.
 * @returns {import('astro').AstroIntegration}
 */
function contentSecurityPolicy() {
  return {
    name: 'content-security-policy',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        logger.info(`content security policy: ${writePolicies(fileURLToPath(dir))} pages`);
      },
    },
  };
}

/**
 * Builds the Pagefind search index over the finished pages (and one record per service).
 * @returns {import('astro').AstroIntegration}
 */
function searchIndex() {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const content = loadSiteContent(process.cwd(), contentDir());
        const leadId = leadIncidentId(content);
        const lead = leadId ? content.incidents.get(leadId) : undefined;
        if (!lead) return;
        const { pages, records } = await writeSearchIndex(fileURLToPath(dir), lead);
        logger.info(`search index: ${pages} pages, ${records} service records`);
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
  // With PNG_WORKERS set, several pages at once: a story's share card is drawn on another core
  // (src/embed/pngPool.ts) while the next pages render.
  build: { inlineStylesheets: 'always', concurrency: Number(process.env.PNG_WORKERS) > 0 ? 4 : 1 },
  // OUT_DIR lets the tests build fixture sites without touching dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  integrations: [
    contentCheck(),
    // Every indexable page; the embeds (noindex, their canonical is the chart page) and 404 are left out.
    sitemap({ filter: (page) => !/\/embed\/[^/]+\//.test(new URL(page).pathname) && !page.endsWith('/404/') }),
    headingFont(),
    contentSecurityPolicy(),
    searchIndex(),
    hostHeaders(),
  ],
  markdown: {
    // Stories use directives (`:cite[S12]`, `::chart{…}`), so the unified/remark pipeline is configured explicitly.
    processor: unified({
      remarkPlugins: [remarkDirective, remarkCite, remarkChart, remarkSteps, remarkExternalLinks],
      smartypants: false,
    }),
  },
  devToolbar: { enabled: false },
});
