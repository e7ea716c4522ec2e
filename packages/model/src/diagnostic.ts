import * as z from 'zod';
import { Provenance } from './provenance.ts';

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/**
 * Every code a diagnostic can carry. A closed list, so a consumer can switch on it and a typo in a
 * parser fails the type check; a new code is added here (and to docs/model.md) first.
 */
export const DiagnosticCode = z
  .enum([
    // recogniser
    'no-actions-found',
    'ticks-unresolved',
    'overview-mismatch',
    'table-columns',
    'section-labels',
    'page-furniture',
    'theme-disagreement',
    'theme-wording-hedged',
    // text
    'decoded-as-windows-1252',
    'markdown-read-as-text',
    // Word
    'docx-converter-message',
    'docx-list-numbering-unmatched',
    'docx-headers-footers',
    'docx-tracked-insertions',
    'docx-tracked-deletions',
    'docx-images-skipped',
    // PDF
    'pdf-text-unplaceable',
    'pdf-page-unreadable',
    'pdf-pages-missing',
  ])
  .describe('stable kebab-case code, e.g. no-actions-found');
export type DiagnosticCode = z.infer<typeof DiagnosticCode>;

/** A message about the input, collected on the result rather than printed. */
export const Diagnostic = z.object({
  severity: Severity,
  code: DiagnosticCode,
  message: z.string(),
  at: Provenance.nullable(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;
