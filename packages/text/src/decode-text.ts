import { TcError, type Diagnostic } from '@tc/model';

/** The decoded text (line breaks normalised to LF) and what was noticed while decoding. */
export interface DecodedText {
  text: string;
  diagnostics: Diagnostic[];
}

const SAMPLE = 64 * 1024;
const CONTROL_SHARE = 0.1;

// C0 controls other than tab, line feed, form feed and carriage return, plus DEL.
function isStrayControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f;
}

function looksBinary(codes: ArrayLike<number>, length: number): boolean {
  let stray = 0;
  for (let i = 0; i < length; i++) {
    const code = codes[i] ?? 0;
    if (code === 0) return true;
    if (isStrayControl(code)) stray++;
  }
  return length > 0 && stray / length > CONTROL_SHARE;
}

function stringLooksBinary(text: string): boolean {
  const length = Math.min(text.length, SAMPLE);
  const codes = new Uint16Array(length);
  for (let i = 0; i < length; i++) codes[i] = text.charCodeAt(i);
  return looksBinary(codes, length);
}

function binaryError(): TcError {
  return new TcError('TC_BINARY_INPUT', 'The input looks like binary data, not text.');
}

type Utf16 = 'utf-16le' | 'utf-16be';

function utf16Encoding(bytes: Uint8Array): Utf16 | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

// TextDecoder drops a leading byte-order mark unless told otherwise; tests on the encodings rely on it.
function decodeBytes(bytes: Uint8Array, diagnostics: Diagnostic[]): string {
  const utf16 = utf16Encoding(bytes);
  if (utf16 !== null) {
    const text = new TextDecoder(utf16).decode(bytes);
    if (stringLooksBinary(text) || text.includes('\0')) throw binaryError();
    return text;
  }
  // The share of stray controls is judged on a sample; a NUL anywhere is binary (no text holds one).
  if (looksBinary(bytes, Math.min(bytes.length, SAMPLE)) || bytes.includes(0)) throw binaryError();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    diagnostics.push({
      severity: 'warning',
      code: 'decoded-as-windows-1252',
      message: 'The text is not valid UTF-8; it was read as Windows-1252, so some characters may be wrong.',
      at: null,
    });
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const LINE_BREAK = /\r\n?/g;

/**
 * Decodes the bytes of a text file: UTF-8 (a byte-order mark is dropped), UTF-16 with a byte-order
 * mark, or else Windows-1252 with a warning. Line breaks become LF; offsets elsewhere refer to the
 * returned string. Throws `TC_BINARY_INPUT` for binary data and `TC_EMPTY_INPUT` for blank input.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const diagnostics: Diagnostic[] = [];
  const decoded = decodeBytes(bytes, diagnostics);
  const text = decoded.includes('\r') ? decoded.replace(LINE_BREAK, '\n') : decoded;
  if (text.trim().length === 0) throw new TcError('TC_EMPTY_INPUT', 'The input holds no text.');
  return { text, diagnostics };
}
