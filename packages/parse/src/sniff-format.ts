import { TcError } from '@tc/model/lite';
import { isZip, zipEntryNames, zipLocalNames } from './zip-directory.ts';

/** What the bytes are, before text is told apart from markdown. */
export type SniffedFormat = 'pdf' | 'docx' | 'ole' | 'text';

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const PDF_HEADER_WINDOW = 1024;
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const WORD_MAIN_PART = 'word/document.xml';

/**
 * Tells the format from the bytes, never from a file name: a `%PDF-` header within the first KiB,
 * a zip holding `word/document.xml`, an OLE compound file (an encrypted .docx or a legacy .doc),
 * or else text. Throws TC_UNSUPPORTED_FORMAT for any other zip.
 */
export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  if (indexOf(bytes, PDF_MAGIC, PDF_HEADER_WINDOW) >= 0) return 'pdf';
  if (startsWith(bytes, OLE_MAGIC)) return 'ole';
  if (isZip(bytes)) {
    const names = zipEntryNames(bytes) ?? zipLocalNames(bytes);
    if (names.includes(WORD_MAIN_PART)) return 'docx';
    throw new TcError('TC_UNSUPPORTED_FORMAT', 'The input is a zip archive without word/document.xml, so it is not a Word document.');
  }
  return 'text';
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

function indexOf(bytes: Uint8Array, needle: number[], window: number): number {
  const limit = Math.min(bytes.length, window) - needle.length;
  for (let at = 0; at <= limit; at++) {
    if (needle.every((b, i) => bytes[at + i] === b)) return at;
  }
  return -1;
}
