#!/usr/bin/env node
/** `npm run docs:content`: rewrites content/README.md and the generated part of README.md from the schemas. */
import { readFileSync, writeFileSync } from 'node:fs';
import { CHARTS } from '../src/charts/registry.ts';
import { contentDocs, withReadmeDocs } from '../src/lib/contentDocs.ts';

writeFileSync('content/README.md', contentDocs(CHARTS));
writeFileSync('README.md', withReadmeDocs(readFileSync('README.md', 'utf8'), CHARTS));
console.log('Wrote content/README.md and the story fields in README.md from src/schemas and the charts\' options.');
