/**
 * axe-core as every page test runs it: the default rules plus `label-content-name-mismatch`
 * (WCAG 2.5.3: a control's visible label must be part of its accessible name), which axe ships
 * as experimental and leaves off. Embed previews (iframes) are checked as pages of their own.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export function axe(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).exclude('iframe').options({ rules: { 'label-content-name-mismatch': { enabled: true } } });
}
