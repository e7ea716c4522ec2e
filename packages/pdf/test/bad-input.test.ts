import { readFileSync } from 'node:fs';
import { isTcError } from '@tc/model';
import { describe, expect, test } from 'vitest';
import { parsePdf } from '../src/index.ts';
import { makeTextPdf } from './make-pdf.ts';

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url)));

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (error) {
    if (isTcError(error)) return error.code;
    throw error;
  }
  return 'no error';
}

describe('bad input', () => {
  test('an encrypted PDF asks for its password, and the password opens it', async () => {
    const bytes = fixture('bad/encrypted.pdf');
    expect(await codeOf(parsePdf(bytes))).toBe('TC_PDF_ENCRYPTED');
    expect(await codeOf(parsePdf(bytes, { password: 'not-it' }))).toBe('TC_PDF_WRONG_PASSWORD');
    const doc = await parsePdf(bytes, { password: 'technician' });
    expect(doc.children.map((c) => (c.type === 'heading' || c.type === 'paragraph' ? c.text : c.type))).toContain('Action plan');
  });

  test('bytes that are not a PDF are refused as unsupported', async () => {
    expect(await codeOf(parsePdf(new TextEncoder().encode('Just some text, not a PDF at all.')))).toBe('TC_UNSUPPORTED_FORMAT');
    expect(await codeOf(parsePdf(new Uint8Array(0)))).toBe('TC_EMPTY_INPUT');
  });

  test('a PDF header over garbage is corrupt', async () => {
    expect(await codeOf(parsePdf(new TextEncoder().encode('%PDF-1.7\n' + 'x'.repeat(400))))).toBe('TC_PDF_CORRUPT');
  });

  test('a truncated PDF whose trailer and cross-reference table are lost is corrupt', async () => {
    const whole = fixture('plans/brighton/plan.pdf');
    const error = await parsePdf(whole.subarray(0, Math.floor(whole.length * 0.6))).catch((e: unknown) => e);
    expect(isTcError(error) && error.code).toBe('TC_PDF_CORRUPT');
    expect((error as Error).cause).toBeDefined();
  });

  test('a PDF with a broken cross-reference table is rebuilt and read', async () => {
    const whole = new TextDecoder('latin1').decode(makeTextPdf(3, (p) => ['', '', '', '', '', '', `Body text for page ${p}.`]));
    const damaged = whole.replace(/startxref\n\d+/, 'startxref\n17').replace(/\d{10} 00000 n/g, '0000000009 00000 n');
    const doc = await parsePdf(Uint8Array.from(damaged, (c) => c.charCodeAt(0)));
    expect(doc.children.map((c) => (c.type === 'paragraph' ? c.text : ''))).toEqual(['Body text for page 1.', 'Body text for page 2.', 'Body text for page 3.']);
  });

  test('a scan with no text layer says OCR is needed', async () => {
    const error = await parsePdf(fixture('bad/scanned.pdf')).catch((e: unknown) => e);
    expect(isTcError(error) && error.code).toBe('TC_PDF_NO_TEXT');
    expect((error as Error).message).toMatch(/OCR/);
  });

  test('a PDF that is not a plan gives paragraphs and no tables', async () => {
    const doc = await parsePdf(fixture('bad/not-a-plan.pdf'));
    expect(doc.children.some((c) => c.type === 'table')).toBe(false);
    expect(doc.children.filter((c) => c.type === 'paragraph').length).toBeGreaterThanOrEqual(3);
    expect(doc.children[0]).toMatchObject({ type: 'heading', text: 'Minutes of the allotment society' });
  });

  test('the time limit ends a parse with TC_TIMEOUT', async () => {
    const big = makeTextPdf(200, (p) => Array.from({ length: 40 }, (_, i) => `Line ${i} of page ${p} with some words in it`));
    expect(await codeOf(parsePdf(big, { timeoutMs: 1 }))).toBe('TC_TIMEOUT');
  });

  test('an aborted signal ends a parse with TC_ABORTED', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await codeOf(parsePdf(makeTextPdf(2, () => ['x']), { signal: controller.signal }))).toBe('TC_ABORTED');
  });

  test('too many pages is refused', async () => {
    expect(await codeOf(parsePdf(makeTextPdf(3, () => ['x']), { maxPages: 2 }))).toBe('TC_PDF_TOO_MANY_PAGES');
  });

  test('a 500-page PDF is read page by page, with its running footer taken out', async () => {
    const bytes = makeTextPdf(500, (p) => [...Array(6).fill(''), `Paragraph on page ${p} about technician careers.`, ...Array(38).fill(''), `Page ${p} of 500`]);
    const doc = await parsePdf(bytes, { timeoutMs: 120_000 });
    expect(doc.pages).toBe(500);
    expect(doc.children.filter((c) => c.type === 'paragraph')).toHaveLength(500);
    expect(doc.furniture.filter((f) => f.role === 'page-number')).toHaveLength(500);
  });
});
