export { parsePdf, type ParsePdfOptions } from './parse-pdf.ts';
