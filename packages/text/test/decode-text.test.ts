import { describe, expect, it } from 'vitest';
import { isTcError } from '@tc/model';
import { decodeText } from '../src/index.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

function utf16(s: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  const view = new DataView(out.buffer);
  for (let i = 0; i < s.length; i++) view.setUint16(2 + i * 2, s.charCodeAt(i), littleEndian);
  return out;
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return isTcError(error) ? error.code : 'not a TcError';
  }
  return undefined;
}

describe('decodeText', () => {
  it('passes valid UTF-8 through', () => {
    expect(decodeText(utf8('Café – ✔\n'))).toEqual({ text: 'Café – ✔\n', diagnostics: [] });
  });
  it('strips a UTF-8 byte-order mark', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('abc')])).text).toBe('abc');
  });
  it.each([true, false])('decodes UTF-16 with a byte-order mark (little endian: %s)', (le) => {
    expect(decodeText(utf16('Tick ✔\tY\r\nnext', le))).toEqual({ text: 'Tick ✔\tY\nnext', diagnostics: [] });
  });
  it('falls back to Windows-1252 with a warning', () => {
    const bytes = new Uint8Array([0x93, 0x51, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35, 0x20, 0xe9]);
    const { text, diagnostics } = decodeText(bytes);
    expect(text).toBe('\u201cQ\u201d \u2013 €5 é');
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'warning', code: 'decoded-as-windows-1252', at: null })]);
  });
  it('normalises CRLF and lone CR to LF', () => {
    expect(decodeText(utf8('a\r\nb\rc\n')).text).toBe('a\nb\nc\n');
  });
  it('keeps tabs and form feeds', () => {
    expect(decodeText(utf8('a\tb\fc')).text).toBe('a\tb\fc');
  });
  it('rejects bytes with NUL as binary', () => {
    expect(codeOf(() => decodeText(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01])))).toBe('TC_BINARY_INPUT');
  });
  it('rejects a NUL past the first 64 KiB as binary (UTF-8 and UTF-16)', () => {
    expect(codeOf(() => decodeText(utf8(`${'plan text\n'.repeat(10_000)}\0tail`)))).toBe('TC_BINARY_INPUT');
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from({ length: 100_000 }, (_, i) => (i % 2 === 0 ? 0x61 : 0)), 0, 0]);
    expect(codeOf(() => decodeText(utf16))).toBe('TC_BINARY_INPUT');
  });
  it('rejects text made of many control characters as binary', () => {
    const bytes = utf8('abcdefgh\x01\x02');
    expect(codeOf(() => decodeText(bytes))).toBe('TC_BINARY_INPUT');
    expect(codeOf(() => decodeText(utf8('a'.repeat(95) + '\x01'.repeat(5))))).toBeUndefined();
  });
  it('rejects UTF-16 that decodes to control characters', () => {
    expect(codeOf(() => decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x01, 0x00])))).toBe('TC_BINARY_INPUT');
  });
  it.each([[''], ['   \n\t\r\n '], ['\ufeff']])('rejects empty or blank input %j', (s) => {
    expect(codeOf(() => decodeText(utf8(s)))).toBe('TC_EMPTY_INPUT');
  });
  it('rejects zero bytes as empty', () => {
    expect(codeOf(() => decodeText(new Uint8Array()))).toBe('TC_EMPTY_INPUT');
  });
});
