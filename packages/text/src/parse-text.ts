import type { LayoutDocument } from '@tc/model';
import { parseMarkdown } from './markdown/parse-markdown.ts';
import { parsePlain } from './plain/parse-plain.ts';

/** Options of `parseText`. */
export interface ParseTextOptions {
  /** How to read the text; plain text unless said otherwise (see `detectTextFlavour`). */
  format?: 'text' | 'markdown';
}

const readers = { text: parsePlain, markdown: parseMarkdown } as const;

/**
 * Reads decoded text into a LayoutDocument: plain text (tab-separated tables, page-break debris,
 * hard-wrapped paragraphs) or markdown (remark with GFM). Offsets refer to `text` as given.
 */
export function parseText(text: string, options: ParseTextOptions = {}): LayoutDocument {
  return readers[options.format ?? 'text'](text);
}
