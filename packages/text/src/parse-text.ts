import type { LayoutDocument } from '@tc/model';
import { parseMarkdown } from './markdown/parse-markdown.ts';
import { parsePlain } from './plain/parse-plain.ts';
import { checkTextBudget } from './shared/text-budget.ts';

/** Options of `parseText`. */
export interface ParseTextOptions {
  /** How to read the text; plain text unless said otherwise (see `detectTextFlavour`). */
  format?: 'text' | 'markdown';
}

/**
 * Reads decoded text into a LayoutDocument: plain text (tab-separated tables, page-break debris,
 * hard-wrapped paragraphs) or markdown (remark with GFM). Offsets refer to `text` as given.
 * Text past the limits of TEXT_LIMITS throws TC_TOO_LARGE; markdown that the markdown parser
 * would take superlinear time on (thousands of `[`, deep nesting) is read as plain text, with a
 * warning.
 */
export function parseText(text: string, options: ParseTextOptions = {}): LayoutDocument {
  const markdown = options.format === 'markdown';
  const budget = checkTextBudget(text, markdown);
  if (!markdown) return parsePlain(text);
  if (budget.markdownRisk === null) return parseMarkdown(text);
  const doc = parsePlain(text);
  return {
    ...doc,
    diagnostics: [
      ...doc.diagnostics,
      { severity: 'warning', code: 'markdown-read-as-text', message: `The markdown was read as plain text: ${budget.markdownRisk}.`, at: null },
    ],
  };
}
