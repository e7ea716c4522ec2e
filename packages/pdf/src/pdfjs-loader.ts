import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { TcError } from '@tc/model';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loaded: Promise<PdfJs> | null = null;

/** The legacy build of pdf.js (the one meant for Node), imported once. */
export function loadPdfJs(): Promise<PdfJs> {
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return loaded;
}

/** Directory URLs of the standard font data and CMaps shipped inside the installed pdfjs-dist. */
export function pdfjsDataUrls(): { standardFontDataUrl: string; cMapUrl: string } {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('pdfjs-dist/package.json'));
  // pdf.js in Node reads these with fs when given plain paths ending in a slash.
  return { standardFontDataUrl: join(root, 'standard_fonts') + '/', cMapUrl: join(root, 'cmaps') + '/' };
}

/** Maps pdf.js's errors (matched by name, which is stable across versions) to TcError codes. */
export function pdfError(error: unknown, passwordGiven: boolean): TcError {
  const e = error as { name?: string; code?: number; message?: string } | null;
  switch (e?.name) {
    case 'PasswordException':
      return e.code === 2 || passwordGiven
        ? new TcError('TC_PDF_WRONG_PASSWORD', 'The password does not open this PDF.', { cause: error })
        : new TcError('TC_PDF_ENCRYPTED', 'The PDF is encrypted; pass its password to open it.', { cause: error });
    case 'InvalidPDFException':
    case 'FormatError':
    case 'UnknownErrorException':
    default:
      return new TcError('TC_PDF_CORRUPT', `The PDF cannot be read: ${e?.message ?? String(error)}`, { cause: error });
  }
}
