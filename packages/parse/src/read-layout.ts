import type { Diagnostic, LayoutDocument, SourceFormat } from '@tc/model';
import type { PdfJsOptions } from '@tc/pdf';
import type { Deadline } from './deadline.ts';
import { loadDocx, loadPdf, loadText } from './stages.ts';
import type { SniffedFormat } from './sniff-format.ts';

/** What one format reader hands on to the recogniser. */
export interface LayoutResult {
  doc: LayoutDocument;
  format: SourceFormat;
  /** Diagnostics from before the layout document existed (decoding). */
  diagnostics: Diagnostic[];
}

export interface ReadContext {
  bytes: Uint8Array;
  /** The format the caller asked for, when it overrides detection. */
  requested: SourceFormat | undefined;
  password: string | undefined;
  pdf: PdfJsOptions | undefined;
  maxPages: number;
  deadline: Deadline;
}

type Reader = (context: ReadContext) => Promise<LayoutResult>;

const readers: Record<SniffedFormat, Reader> = {
  pdf: async ({ bytes, password, pdf, maxPages, deadline }) => {
    const { parsePdf } = await loadPdf();
    const doc = await deadline.race(
      parsePdf(bytes, {
        ...(password === undefined ? {} : { password }),
        ...(pdf === undefined ? {} : { pdfjs: pdf }),
        maxPages,
        timeoutMs: deadline.remaining(),
        signal: deadline.signal,
      }),
    );
    return { doc, format: 'pdf', diagnostics: [] };
  },
  docx: async ({ bytes, deadline }) => {
    const { parseDocx } = await loadDocx();
    const doc = await deadline.race(parseDocx(bytes));
    return { doc, format: 'docx', diagnostics: [] };
  },
  // An OLE compound file is either an encrypted .docx or a legacy .doc; the Word parser says which.
  ole: async (context) => readers.docx(context),
  text: async ({ bytes, requested }) => {
    const { decodeText, detectTextFlavour, parseText } = await loadText();
    const { text, diagnostics } = decodeText(bytes);
    const format = requested === 'text' || requested === 'markdown' ? requested : detectTextFlavour(text);
    return { doc: parseText(text, { format }), format, diagnostics };
  },
};

/** Reads the bytes as `format` into a layout document. */
export function readLayout(format: SniffedFormat, context: ReadContext): Promise<LayoutResult> {
  return readers[format](context);
}
