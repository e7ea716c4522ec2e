import * as z from 'zod';

/** A place in a text source: 1-based line and column, 0-based UTF-16 offset. */
export const TextPoint = z.object({
  line: z.int().min(1),
  column: z.int().min(1),
  offset: z.int().min(0),
});
export type TextPoint = z.infer<typeof TextPoint>;

/** Where something came from in a plain-text or markdown source. */
export const TextProvenance = z.object({
  kind: z.literal('text'),
  start: TextPoint,
  end: TextPoint,
});

/** Where something came from in a PDF: 1-based page and a box in points, top-left origin. */
export const PdfProvenance = z.object({
  kind: z.literal('pdf'),
  page: z.int().min(1),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).describe('[x0, y0, x1, y1] in points, top-left origin'),
});

/** Where something came from in a .docx: the package part and the block / table row / cell path. */
export const DocxProvenance = z.object({
  kind: z.literal('docx'),
  part: z.string().describe('package part, e.g. word/document.xml'),
  block: z.int().min(0).describe('0-based index of the top-level block in the part'),
  row: z.int().min(0).optional(),
  cell: z.int().min(0).optional(),
});

/** Provenance of a node or an action; its absence (null) means the thing was generated. */
export const Provenance = z.discriminatedUnion('kind', [TextProvenance, PdfProvenance, DocxProvenance]);
export type Provenance = z.infer<typeof Provenance>;
