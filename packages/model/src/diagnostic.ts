import * as z from 'zod';
import { Provenance } from './provenance.ts';

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/** A message about the input, collected on the result rather than printed. */
export const Diagnostic = z.object({
  severity: Severity,
  code: z.string().describe('stable kebab-case code, e.g. no-actions-found'),
  message: z.string(),
  at: Provenance.nullable(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;
