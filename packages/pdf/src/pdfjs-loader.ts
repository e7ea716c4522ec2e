import { TcError } from '@tc/model';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loaded: Promise<PdfJs> | null = null;

/** The legacy build of pdf.js (the one meant for Node), imported once. */
export function loadPdfJs(): Promise<PdfJs> {
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return loaded;
}

/**
 * Where the standard font data and CMaps shipped inside the installed pdfjs-dist are, or null where
 * the package cannot be located (a browser bundle that did not copy them: text from standard fonts
 * then warns). `import.meta.resolve` keeps this module free of Node built-ins.
 */
export function pdfjsDataUrls(): { standardFontDataUrl: string; cMapUrl: string } | null {
  let pkg: URL;
  try {
    pkg = new URL(import.meta.resolve('pdfjs-dist/package.json'));
  } catch {
    return null;
  }
  return { standardFontDataUrl: location(new URL('standard_fonts/', pkg)), cMapUrl: location(new URL('cmaps/', pkg)) };
}

// pdf.js in Node reads these with fs when given plain paths ending in a slash, not file: URLs.
function location(url: URL): string {
  if (url.protocol !== 'file:') return url.href;
  const path = decodeURIComponent(url.pathname);
  return /^\/[A-Za-z]:\//.test(path) ? path.slice(1) : path;
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
