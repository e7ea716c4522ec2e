import type { Element, ElementContent, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

const parser = unified().use(rehypeParse, { fragment: true });

/** Parses an HTML fragment (as found inside text) into a hast tree with positions. */
export function parseHtmlFragment(html: string): Root {
  return parser.parse(html);
}

// A tag (`<p>`, `</u>`, `<ul style="…">`, `<br/>`) or a character reference (`&amp;`, `&#8211;`).
// Scanning stops at the next `<` or `>`, so the search stays linear on any input.
const MARKUP = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>|&(?:#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;

/** True when the text holds HTML tags or character references worth resolving. */
export function hasHtmlMarkup(text: string): boolean {
  return (text.includes('<') || text.includes('&')) && MARKUP.test(text);
}

// Elements that break the flow of text: their content is kept apart by a space.
const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'table', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'section', 'article', 'header', 'footer', 'dl', 'dt', 'dd', 'hr', 'pre',
]);
const DROPPED = new Set(['script', 'style', 'template']);

/** True for elements that break the flow of text (paragraphs, list items, line breaks…). */
export function isBlockElement(node: Element): boolean {
  return BLOCK.has(node.tagName);
}

/** The text content of hast nodes; block elements are separated by a line break. */
export function hastText(nodes: ReadonlyArray<RootContent | ElementContent>): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += node.value;
    else if (node.type === 'element' && !DROPPED.has(node.tagName)) {
      const block = BLOCK.has(node.tagName);
      if (block) out += '\n';
      out += hastText(node.children);
      if (block) out += '\n';
    }
  }
  return out;
}

/** Resolves the tags and character references of an HTML fragment to plain text (not folded). */
export function htmlToText(html: string): string {
  return hastText(parseHtmlFragment(html).children);
}
