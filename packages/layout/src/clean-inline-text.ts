import { hasHtmlMarkup, htmlToText } from './html-text.ts';
import { resolveSuperscriptNotation } from './superscript.ts';
import { foldWhitespace, healHyphenation } from './whitespace.ts';

// `[text](target)` with no brackets or parentheses nested inside; the target may be empty.
const MARKDOWN_LINK = /\[([^[\]\n]*)\]\([^()\s]*\)/g;
// `**strong**` and `__strong__`, not spanning lines.
const STRONG_STARS = /\*\*([^*\n]+)\*\*/g;
const STRONG_UNDERSCORES = /__([^_\n]+)__/g;

function resolveMarkdownInline(text: string): string {
  let out = text;
  if (out.includes('](')) out = out.replace(MARKDOWN_LINK, '$1');
  if (out.includes('**')) out = out.replace(STRONG_STARS, '$1');
  if (out.includes('__')) out = out.replace(STRONG_UNDERSCORES, '$1');
  return out;
}

/**
 * Cleans a piece of source text for a node's `text`: heals words hyphenated across line breaks,
 * resolves HTML tags and entities, reduces markdown links and strong emphasis to their text, writes
 * `^{1 2}` as Unicode superscripts (`¹ ²`), and folds whitespace to single spaces, trimmed.
 */
export function cleanInlineText(raw: string): string {
  let text = healHyphenation(raw);
  if (hasHtmlMarkup(text)) text = htmlToText(text);
  text = resolveMarkdownInline(text);
  text = resolveSuperscriptNotation(text);
  return foldWhitespace(text);
}
