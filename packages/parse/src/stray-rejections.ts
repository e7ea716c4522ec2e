// pdf.js leaves a promise rejection unhandled in some damaged documents: it prefetches every kid of
// the page tree, and a kid that the tree's /Count leaves out is never awaited, so when its fetch
// fails nothing handles the failure. The parse itself has already dealt with that page; by default
// Node would end the worker thread with the leftover, and the document would be TC_INTERNAL.

// pdf.js's exception classes, by name (stable across versions; @tc/pdf's pdf-error.ts maps them).
const PDFJS_EXCEPTIONS = new Set([
  'AbortException',
  'FormatError',
  'InvalidPDFException',
  'MissingDataException',
  'ParserEOFException',
  'PasswordException',
  'ResponseException',
  'UnknownErrorException',
  'XRefEntryException',
  'XRefParseException',
]);

/**
 * In a worker thread that parses documents: carries on past a rejection pdf.js left unhandled.
 * Any other unhandled rejection still ends the thread, as Node would (thrown from the handler).
 */
export function tolerateStrayPdfjsRejections(): void {
  process.on('unhandledRejection', (reason) => {
    const name = (reason as { name?: unknown } | null)?.name;
    if (typeof name === 'string' && PDFJS_EXCEPTIONS.has(name)) return;
    throw reason;
  });
}
