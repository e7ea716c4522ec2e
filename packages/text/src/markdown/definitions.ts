import type { Root } from 'mdast';

// `[label]` or `[^label]` in a snippet: the labels it may refer to. Bounded, no nested quantifiers.
const BRACKETED = /\[(\^?)([^[\]\n]{1,999})\]/g;

const normalise = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The link and footnote definitions of a document by label, so that a snippet read again on its
 * own (see inlineText) gets exactly the definitions it refers to, and reading stays linear.
 */
export class Definitions {
  private readonly byLabel = new Map<string, string>();

  constructor(tree: Root, source: string) {
    for (const node of tree.children) {
      if ((node.type !== 'definition' && node.type !== 'footnoteDefinition') || node.position?.start.offset === undefined || node.position.end.offset === undefined) continue;
      const key = `${node.type === 'footnoteDefinition' ? '^' : ''}${normalise(node.label ?? node.identifier)}`;
      if (!this.byLabel.has(key)) this.byLabel.set(key, source.slice(node.position.start.offset, node.position.end.offset));
    }
  }

  /** The source of the definitions `snippet` refers to, one after another. */
  for(snippet: string): string {
    if (this.byLabel.size === 0 || !snippet.includes('[')) return '';
    const found = new Set<string>();
    for (const match of snippet.matchAll(BRACKETED)) {
      const definition = this.byLabel.get(`${match[1] ?? ''}${normalise(match[2] ?? '')}`);
      if (definition !== undefined) found.add(definition);
    }
    return [...found].join('\n\n');
  }
}
