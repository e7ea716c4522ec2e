import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../src/sniff-format.ts';
import { zipEntryNames } from '../src/zip-directory.ts';
import { makeZip } from './make-zip.ts';

const ascii = (text: string) => new TextEncoder().encode(text);

describe('sniffFormat', () => {
  it('finds a PDF header at the start or within the first KiB', () => {
    expect(sniffFormat(ascii('%PDF-1.7\n%âãÏÓ'))).toBe('pdf');
    expect(sniffFormat(ascii(`${' '.repeat(500)}%PDF-1.4`))).toBe('pdf');
  });

  it('does not look for the PDF header past the first KiB', () => {
    expect(sniffFormat(ascii(`${'x'.repeat(2000)}%PDF-1.4`))).toBe('text');
  });

  it('reads a zip central directory to recognise a Word document', () => {
    const docx = makeZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
    expect(zipEntryNames(docx)).toEqual(['[Content_Types].xml', 'word/document.xml']);
    expect(sniffFormat(docx)).toBe('docx');
  });

  it('falls back to local headers when the central directory is missing', () => {
    const truncated = makeZip({ 'word/document.xml': '<w:document/>' }, { centralDirectory: false });
    expect(zipEntryNames(truncated)).toBeNull();
    expect(sniffFormat(truncated)).toBe('docx');
  });

  it('refuses a zip that is not a Word document', () => {
    const zip = makeZip({ 'xl/workbook.xml': '<workbook/>' });
    expect(() => sniffFormat(zip)).toThrow(expect.objectContaining({ code: 'TC_UNSUPPORTED_FORMAT' }));
  });

  it('recognises an OLE compound file', () => {
    expect(sniffFormat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toBe('ole');
  });

  it('treats anything else as text', () => {
    expect(sniffFormat(ascii('# Action plan\n\n1. Do things'))).toBe('text');
  });
});
