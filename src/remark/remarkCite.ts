/**
 * Renders `:cite[S12 S30]` as superscript links to the story's numbered source list
 * (`#source-S12`) and hands the citation order to the page as `remarkPluginFrontmatter.citations`.
 */
import type { Root } from 'mdast';
// Brings in the `data.hName` / `hProperties` fields that remark-rehype reads.
import type {} from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { citationOrder, citeIds, type AnyDirective } from '../lib/directives.ts';

interface AstroFileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

export function remarkCite() {
  return (tree: Root, file: { data: AstroFileData }) => {
    const order = citationOrder(tree);
    visit(tree, 'textDirective', (node: AnyDirective, index, parent) => {
      if (node.name !== 'cite') return;
      // Editors often type a space before the citation; the number belongs against the sentence.
      const before = parent && index !== undefined ? parent.children[index - 1] : undefined;
      if (before?.type === 'text') before.value = before.value.trimEnd();
      const ids = citeIds(node);
      node.data = { hName: 'sup', hProperties: { className: ['cite'], dataPagefindIgnore: '' } };
      node.children = ids.flatMap((id, k) => {
        const n = order.indexOf(id) + 1;
        const link = {
          type: 'link' as const,
          url: `#source-${id}`,
          data: { hProperties: { 'aria-label': `출처 ${n}`, id: undefined } },
          children: [{ type: 'text' as const, value: `${n}` }],
        };
        return k === 0 ? [link] : [{ type: 'text' as const, value: ',' }, link];
      });
    });
    const fm = (file.data.astro ??= {}).frontmatter ?? (file.data.astro.frontmatter = {});
    fm.citations = order;
  };
}
