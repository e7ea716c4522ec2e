import type { Root } from 'mdast';
import { cleanInlineText } from '@tc/layout';
import type { Definitions } from './definitions.ts';
import { phrasingText } from './phrasing.ts';

/** Parses markdown (the shared remark + GFM processor). */
export type MarkdownParser = (text: string) => Root;

// A letter and a space in front keep the snippet a paragraph: a snippet that starts `1. ` or `# `
// was paragraph text where it stood, and must not become a list or a heading on its own.
const LEAD = 'x ';
// Characters that start inline markdown (emphasis, code, links, HTML, entities, escapes, footnote
// marks, strikethrough). A snippet with none of them reads as its own text: no parse needed.
const INLINE_SYNTAX = /[*_`[\]<>&\\!~^]/;

/**
 * The cleaned text of a snippet of paragraph source (part of a paragraph split after remark, or a
 * cell of a pipe table that remark left as text), read with the inline rules of the document:
 * emphasis, code, links and escapes resolved; references resolve against the document's
 * definitions as they did in place.
 */
export function inlineText(parse: MarkdownParser, snippet: string, definitions: Definitions): string {
  if (snippet.trim().length === 0) return '';
  if (!INLINE_SYNTAX.test(snippet)) return cleanInlineText(snippet);
  const needed = definitions.for(snippet);
  const tree = parse(`${LEAD}${snippet}${needed.length > 0 ? `\n\n${needed}` : ''}`);
  const first = tree.children[0];
  let text = first !== undefined && 'children' in first ? phrasingText(first.children) : snippet;
  if (text.startsWith(LEAD[0] as string)) text = text.slice(1);
  return cleanInlineText(text);
}
