/**
 * Size budgets: every page of each type in the built site (dist/, or OUT_DIR) fits the HTML,
 * JavaScript, CSS and request budgets of test/budgets.json, so a change that bloats a page fails
 * here. Reads the files from disk — no browser — with the measuring module `npm run bench` prints
 * from (scripts/lib/pageWeight.ts), so the two cannot disagree. It lives among the e2e specs
 * because those run after the build. Timings are never asserted.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { checkBudgets, hardLimitProblems, PAGE_TYPES, pagesOfType, pageWeight, readBudgets } from '../../scripts/lib/pageWeight.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dist = resolve(ROOT, process.env.OUT_DIR ?? 'dist');
const budgetFile = resolve(ROOT, 'test/budgets.json');

test('the budgets stay within the hard limits on JavaScript (60 KB gzip per page, 45 KB per embed)', () => {
  expect(hardLimitProblems(readBudgets(budgetFile))).toEqual([]);
});

for (const type of PAGE_TYPES) {
  test(`${type} pages fit their size budget`, () => {
    const budgets = readBudgets(budgetFile);
    expect(existsSync(dist), `no built site at ${dist}: build it first (npm run build)`).toBe(true);
    const pages = pagesOfType(dist, type);
    expect(pages.length, `no ${type} page in ${dist}`).toBeGreaterThan(0);
    const violations = checkBudgets({ [type]: pages.map((url) => pageWeight(dist, url)) }, budgets);
    expect(violations.map((v) => v.message), `${type} pages over their budget in test/budgets.json`).toEqual([]);
  });
}

test("a chart's data file counts as a request of the page that shows the chart", () => {
  const files = pageWeight(dist, '/timeline/').requestList.filter((u) => u.startsWith('/chart-data/'));
  expect(files).toHaveLength(1);
  expect(files[0]).toMatch(/^\/chart-data\/[a-z0-9-]+\/timeline\.json$/);
  expect(existsSync(resolve(dist, `.${files[0]}`))).toBe(true);
});
