// Text built to exhaust the readers (issue 12, part 2): past a limit the reader either refuses with
// TC_TOO_LARGE or, for markdown the markdown parser would take superlinear time on, reads the
// document as plain text with a warning. Every case must end quickly (no timing is asserted).
import { describe, expect, test } from 'vitest';
import { isTcError, LayoutDocument } from '@tc/model';
import { parseText } from '../src/index.ts';

function codeOf(run: () => unknown): string {
  try {
    run();
    return 'no error';
  } catch (error) {
    if (isTcError(error)) return error.code;
    throw error;
  }
}

const markdown = (text: string) => LayoutDocument.parse(parseText(text, { format: 'markdown' }));
const warnings = (doc: LayoutDocument) => doc.diagnostics.map((d) => d.code);

describe('tables past their budgets are refused', () => {
  test('"V1" and 9 million tabs (4.2 GB before)', () => {
    expect(codeOf(() => parseText(`V1${'\t'.repeat(9_000_000)}`))).toBe('TC_TOO_LARGE');
  });

  test('200 rows of 20 000 tab-separated cells (2.2 GB before)', () => {
    expect(codeOf(() => parseText(Array.from({ length: 200 }, () => `x${'\tc'.repeat(20_000)}`).join('\n')))).toBe('TC_TOO_LARGE');
  });

  test('a markdown table of 2 000 rows of 2 000 pipes (a V8 abort before)', () => {
    const table = Array.from({ length: 2000 }, (_, r) => (r === 1 ? `|${'-|'.repeat(2000)}` : `|${'a|'.repeat(2000)}`)).join('\n');
    expect(codeOf(() => parseText(`# Plan\n\n${table}`, { format: 'markdown' }))).toBe('TC_TOO_LARGE');
  });

  test('more than 200 000 cells over many tables', () => {
    const rows = Array.from({ length: 1000 }, () => Array.from({ length: 250 }, () => 'c').join('\t')).join('\n');
    expect(codeOf(() => parseText(rows))).toBe('TC_TOO_LARGE');
  });

  test('a line over 1 MiB', () => {
    expect(codeOf(() => parseText('word '.repeat(300_000)))).toBe('TC_TOO_LARGE');
  });

  test('a table inside the budgets is still a table', () => {
    const rows = ['Ref\tAction\tOwner', ...Array.from({ length: 100 }, (_, i) => `${i + 1}\tPublish the map\tHR`)].join('\n');
    const doc = LayoutDocument.parse(parseText(rows));
    expect(doc.children.some((b) => b.type === 'table')).toBe(true);
  });
});

describe('markdown micromark would be superlinear on is read as plain text', () => {
  test.each([
    ['[a]( x 20 000 (13 s before)', '[a]('.repeat(20_000)],
    ['[a]( x 200 000 (past 300 s before)', '[a]('.repeat(200_000)],
    ['*a x 20 000 (unmatched emphasis)', '*a'.repeat(20_000)],
    ['_a x 20 000', '_a'.repeat(20_000)],
    ['**a x 10 000 then a** x 10 000', `${'**a '.repeat(10_000)}${' a**'.repeat(10_000)}`],
    ['> x 10 000 (nested quotes)', `${'>'.repeat(10_000)} x`],
    ['- x 100 nested list markers', `${'- '.repeat(100)}x`],
    ['a markdown table of 60 000 cells', Array.from({ length: 300 }, (_, r) => (r === 1 ? `|${'-|'.repeat(200)}` : `|${'a|'.repeat(200)}`)).join('\n')],
  ])('%s', (_name, body) => {
    const doc = markdown(`# Plan\n\n${body}\n`);
    expect(warnings(doc)).toContain('markdown-read-as-text');
  });

  test('a paragraph of 900 links is still markdown', () => {
    const doc = markdown(`# Plan\n\n${'[a](https://example.org) '.repeat(900)}\n\n${'[b](x) '.repeat(900)}\n`);
    expect(warnings(doc)).not.toContain('markdown-read-as-text');
    expect(doc.children[0]).toMatchObject({ type: 'heading', text: 'Plan' });
  });
});
