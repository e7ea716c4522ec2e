import * as z from 'zod';
import { SourceFormat } from '@tc/model';

/** What normalise remembers about one input, in DIR/.tc/inputs/<name>.json; read back by --resume. */
export const InputRecord = z.object({
  name: z.string(),
  path: z.string(),
  sha256: z.string().nullable(),
  settings: z.string().describe('tool version and the options that change the output'),
  status: z.enum(['ok', 'warning', 'error']),
  code: z.string(),
  message: z.string(),
  format: SourceFormat.nullable(),
  pages: z.int().nullable(),
  actions: z.int().min(0),
  confidence: z.number().min(0).max(1).nullable().describe("the plan's recognition confidence"),
  warnings: z.int().min(0),
  ms: z.int().min(0),
});
export type InputRecord = z.infer<typeof InputRecord>;
