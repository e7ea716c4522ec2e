import { TcError } from '@tc/model';

const WORKER_FAILURE = /\bworker\b/i;

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
      return new TcError('TC_PDF_CORRUPT', `The PDF cannot be read: ${e.message ?? String(error)}`, { cause: error });
    default:
      // pdf.js's own failures to start or reach its worker (a missing or mismatched worker script)
      // say "worker"; they are about the set-up, not the document.
      if (WORKER_FAILURE.test(e?.message ?? '')) {
        return new TcError('TC_PDF_WORKER', `pdf.js could not run its worker: ${e?.message}`, { cause: error });
      }
      return new TcError('TC_PDF_CORRUPT', `The PDF cannot be read: ${e?.message ?? String(error)}`, { cause: error });
  }
}
