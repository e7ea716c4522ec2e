import type { Diagnostic, LayoutDocument, SourceFormat } from '@tc/model';
import type { PdfJsOptions } from '@tc/pdf';
import type { Deadline } from './deadline.ts';
import type { ParseProgress } from './parse-plan.ts';
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
  onProgress: ((progress: ParseProgress) => void) | undefined;
}

type Reader = (context: ReadContext) => Promise<LayoutResult>;

const readers: Record<SniffedFormat, Reader> = {
  pdf: async ({ bytes, password, pdf, maxPages, deadline, onProgress }) => {
    const { parsePdf } = await loadPdf();
    const onPage = onProgress && ((page: number, pages: number) => onProgress({ stage: 'layout', format: 'pdf', page, pages }));
    const doc = await deadline.race(
      parsePdf(bytes, {
        ...(password === undefined ? {} : { password }),
        ...(pdf === undefined ? {} : { pdfjs: pdf }),
        ...(onPage ? { onPage } : {}),
        maxPages,
        timeoutMs: deadline.remaining(),
        signal: deadline.signal,
      }),
    );
    return { doc, format: 'pdf', diagnostics: [] };
  },
  docx: async ({ bytes, deadline, onProgress }) => {
    const { parseDocx } = await loadDocx();
    const onBlock = onProgress && ((block: number, blocks: number) => onProgress({ stage: 'layout', format: 'docx', block, blocks }));
    // The signal also fires when the time limit passes (deadline.race aborts it): mammoth's work stops either way.
    const doc = await deadline.race(parseDocx(bytes, { signal: deadline.signal, ...(onBlock ? { onBlock } : {}) }));
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
