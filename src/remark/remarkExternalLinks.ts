/**
 * Links in a story that leave the site get `rel="noopener noreferrer"`: the page they open cannot
 * reach back into ours (window.opener), whatever browser the reader has.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { SITE_URL } from '../lib/siteUrl.ts';

export function remarkExternalLinks() {
  return (tree: Root) => {
    visit(tree, 'link', (node) => {
      if (!/^https?:\/\//i.test(node.url) || node.url.startsWith(`${SITE_URL}/`)) return;
      node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), rel: ['noopener', 'noreferrer'] } };
    });
  };
}
