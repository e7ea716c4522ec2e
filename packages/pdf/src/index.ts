export { parsePdf, type ParsePdfOptions } from './parse-pdf.ts';
export type { PdfJsOptions } from './pdfjs-options.ts';
