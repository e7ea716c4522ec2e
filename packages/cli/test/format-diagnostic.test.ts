import { expect, it } from 'vitest';
import { formatDiagnostic } from '../src/format-diagnostic.ts';

const base = { severity: 'warning' as const, code: 'table-columns' as const, message: 'A row\nis odd' };

it('places text, PDF and Word diagnostics in their own terms', () => {
  const text = { kind: 'text' as const, start: { line: 4, column: 2, offset: 40 }, end: { line: 4, column: 9, offset: 47 } };
  expect(formatDiagnostic('a.txt', { ...base, at: text })).toBe('a.txt:4:2 warning table-columns A row is odd');
  expect(formatDiagnostic('a.pdf', { ...base, at: { kind: 'pdf', page: 3, bbox: [0, 0, 1, 1] } })).toBe('a.pdf:p.3 warning table-columns A row is odd');
  expect(formatDiagnostic('a.docx', { ...base, at: { kind: 'docx', part: 'word/document.xml', block: 12 } })).toBe('a.docx:block 12 warning table-columns A row is odd');
  expect(formatDiagnostic('a.docx', { ...base, at: null })).toBe('a.docx warning table-columns A row is odd');
});
