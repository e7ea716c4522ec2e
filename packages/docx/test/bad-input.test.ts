import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { LayoutDocument, isTcError } from '@tc/model';
import { parseDocx } from '../src/index.ts';
import { craftZip, deflatedZeros, oleFile } from './zip-craft.ts';

const fixture = (path: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url)));

async function errorCode(bytes: Uint8Array, options?: Parameters<typeof parseDocx>[1]): Promise<string> {
  try {
    await parseDocx(bytes, options);
  } catch (error) {
    if (isTcError(error)) return error.code;
    throw error;
  }
  return 'no error';
}

describe('bad input is refused with a typed error', () => {
  test('a corrupt zip (a zip signature, then garbage)', async () => {
    const bytes = new Uint8Array(4096).map((_v, i) => (i * 7919) % 251);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    expect(await errorCode(bytes)).toBe('TC_DOCX_CORRUPT');
  });

  test('a zip whose compressed document is damaged', async () => {
    const good = fixture('plans/brighton/plan.docx');
    const bytes = good.slice();
    for (let i = 2000; i < 2400; i++) bytes[i] = 0xff;
    expect(await errorCode(bytes)).toBe('TC_DOCX_CORRUPT');
  });

  test('a truncated file', async () => {
    const good = fixture('plans/chester/plan.docx');
    expect(await errorCode(good.subarray(0, Math.floor(good.length * 0.6)))).toBe('TC_DOCX_CORRUPT');
  });

  test('a zip that is not a Word document', async () => {
    const bytes = zipSync({ 'hello.txt': strToU8('hello') });
    expect(await errorCode(bytes)).toBe('TC_DOCX_CORRUPT');
  });

  test('a password-protected .docx (OLE with EncryptionInfo)', async () => {
    expect(await errorCode(oleFile(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']))).toBe('TC_DOCX_ENCRYPTED');
  });

  test('a legacy binary .doc, saved by LibreOffice, says how to convert it', async () => {
    const bytes = fixture('bad/legacy.doc');
    await expect(parseDocx(bytes)).rejects.toMatchObject({ code: 'TC_DOC_LEGACY', message: expect.stringContaining('--convert-to docx') });
  });

  test('a synthetic .doc (OLE with a WordDocument stream)', async () => {
    expect(await errorCode(oleFile(['WordDocument', '1Table']))).toBe('TC_DOC_LEGACY');
  });

  test('an empty file', async () => {
    expect(await errorCode(new Uint8Array(0))).toBe('TC_EMPTY_INPUT');
  });

  // 300 MiB of zeros deflate to about 300 KB; the default limit is 256 MiB.
  const bombSize = 300 * 1024 * 1024;
  let bombData: Uint8Array | null = null;
  const bombBytes = (): Uint8Array => (bombData ??= deflatedZeros(bombSize));

  test('a zip bomb that declares its size is refused from the directory', async () => {
    const data = bombBytes();
    const bomb = craftZip([{ name: 'word/document.xml', data, declaredSize: 300 * 1024 * 1024 }]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await errorCode(bomb)).toBe('TC_DOCX_TOO_LARGE');
  });

  test('a zip bomb that lies about its size is refused while inflating, memory bounded', async () => {
    const data = bombBytes();
    const bomb = craftZip([{ name: 'word/document.xml', data, declaredSize: 1000 }]);
    expect(await errorCode(bomb)).toBe('TC_DOCX_TOO_LARGE');
    expect(process.memoryUsage().rss).toBeLessThan(1024 * 1024 * 1024);
  });

  test('many small entries past the entry limit', async () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 50; i++) files[`word/media/${i}.bin`] = strToU8('x');
    expect(await errorCode(zipSync(files), { maxEntries: 20 })).toBe('TC_DOCX_TOO_LARGE');
  });

  test('the limit is an option', async () => {
    expect(await errorCode(fixture('plans/leicester/plan.docx'), { maxUncompressedBytes: 10_000 })).toBe('TC_DOCX_TOO_LARGE');
  });
});

test('a .docx with no plan in it parses to a valid LayoutDocument', async () => {
  const doc = LayoutDocument.parse(await parseDocx(fixture('bad/no-plan.docx')));
  expect(doc.children.map((b) => b.type)).toEqual(['heading', 'paragraph', 'paragraph']);
  expect(doc.children.some((b) => b.type === 'table' || b.type === 'list')).toBe(false);
});
