#!/usr/bin/env node
/** `npm run docs:content`: rewrites content/README.md from the schemas. */
import { writeFileSync } from 'node:fs';
import { contentDocs } from '../src/lib/contentDocs.ts';

writeFileSync('content/README.md', contentDocs());
console.log('Wrote content/README.md from src/schemas.');
