// The web-text shapes of web-text.test.ts in the markdown flavour: remark folds `•` lines, items not
// numbered from 1 and pipe rows without a delimiter row into paragraphs; they must come out as in
// plain text, with exact positions. All text invented.
import { describe, expect, it } from 'vitest';
import { LayoutDocument, type BlockNode, type ListNode, type ParagraphNode, type TableNode } from '@tc/model';
import { parseText } from '../src/index.ts';
import { leaves, lineStarts } from './walk.ts';

const md = (text: string) => {
  const doc = parseText(text, { format: 'markdown' });
  expect(() => LayoutDocument.parse(doc)).not.toThrow();
  return doc;
};
const types = (nodes: readonly BlockNode[]) => nodes.map((n) => n.type);
const lists = (nodes: readonly BlockNode[]) => nodes.filter((n): n is ListNode => n.type === 'list');
const itemTexts = (list: ListNode) => list.children.map((i) => (i.children[0] as ParagraphNode | undefined)?.text ?? '');
const grid = (t: TableNode) => t.rows.map((r) => r.cells.map((c) => c.text));

describe('markdown reads web-text lines as plain text does', () => {
  it.each([
    ['bullets after a heading-like line', 'Our aims\n• Make staff visible\n• Value skills\n– An en dash item\no A Word bullet'],
    ['items not numbered from 1, letters, numerals, sub-numbers', 'Intro text\n3. Third\n4. Fourth\n(a) Letter\n(b) Letter two\nii) Numeral\n1.1 Sub one\n1.2 Sub two'],
    ['a run of a. items', 'Steps\na. First step\nwrapped on\nb. Second step'],
    ['a lone i. after h., then numerals', 'g. Seventh\nh. Eighth\ni. Ninth\n\nThen\n\ni. One\nii. Two'],
    ['bullets apart by blank lines', '• one\n\n• two\n\n• three'],
    ['bullets on lazy lines under a numbered item', 'Actions\n1. Publish\n• Owner: Comms\n• Date: 2025\n2. Next'],
    ['a wrapped pipe table with a line of text between rows', 'Plan\n| Ref | Action | Lead |\n| 1 | Publish a directory of | Comms |\n|   | all staff |   |\nand web team\n| 2 | Hold an event | Chair |'],
    ['a pipe table under a first column merged down the rows', '| Visibility | Publish | Comms | 2025 |\n|   | Run an open day | Chair | 2026 |'],
    ['a space-aligned table', 'Our actions\nRef  Action               Lead\nV1   Publish a directory  Comms\nV2   Hold an open day     Chair\nAfter it.'],
  ])('%s', (_name, source) => {
    const plain = parseText(source, { format: 'text' }).children;
    const markdown = md(source).children;
    expect(markdown).toEqual(plain);
    expect(types(markdown)).not.toEqual(['paragraph']);
  });
});

describe('markdown splitting', () => {
  it('ends the paragraph before the bullets, with exact positions', () => {
    const source = 'Our aims\n• Make **staff** visible\n• Value skills\n';
    const doc = md(source);
    expect(types(doc.children)).toEqual(['paragraph', 'list']);
    expect(doc.children[0]).toMatchObject({ text: 'Our aims', raw: 'Our aims', lines: ['Our aims'], position: { start: { offset: 0 }, end: { line: 1, column: 9, offset: 8 } } });
    const list = doc.children[1] as ListNode;
    expect(itemTexts(list)).toEqual(['Make staff visible', 'Value skills']);
    const first = list.children[0]!;
    expect(first.position).toEqual({ kind: 'text', start: { line: 2, column: 1, offset: 9 }, end: { line: 2, column: 25, offset: 33 } });
    const paragraph = first.children[0] as ParagraphNode;
    expect(paragraph.raw).toBe('Make **staff** visible');
    expect(paragraph.position).toEqual({ kind: 'text', start: { line: 2, column: 3, offset: 11 }, end: { line: 2, column: 25, offset: 33 } });
    expect(list.position).toMatchObject({ start: { offset: 9 }, end: { line: 3, column: 15, offset: 48 } });
  });

  it('reads inline markdown and references in split-off items as in place', () => {
    const doc = md('Notes\n• With *emphasis*, `code` and a [link][site]\n(a) A note[^1]\n\n[site]: https://example.org\n\n[^1]: Invented footnote.\n');
    expect(lists(doc.children).map(itemTexts)).toEqual([['With emphasis, code and a link'], ['A note¹']]);
  });

  it('keeps bullets indented into a CommonMark item nested in it, and moves lazy ones out', () => {
    const nested = md('- Publish\n  • Owner: Comms\n- Next');
    expect(types(nested.children)).toEqual(['list']);
    const outer = nested.children[0] as ListNode;
    expect(itemTexts(outer)).toEqual(['Publish', 'Next']);
    expect(itemTexts(outer.children[0]!.children[1] as ListNode)).toEqual(['Owner: Comms']);

    const lazy = md('- Publish\n• Owner: Comms\n- Next');
    expect(lists(lazy.children).map(itemTexts)).toEqual([['Publish'], ['Owner: Comms'], ['Next']]);
    expect(lazy.children[0]!.position).toMatchObject({ start: { line: 1, column: 1 }, end: { line: 1, column: 10 } });
  });

  it('leaves CommonMark lists and block quotes as remark reads them', () => {
    const doc = md('1. One\n1. Two\n\n> Quoted\n> • not split\n');
    expect(lists(doc.children).map((l) => l.children.map((i) => i.marker))).toEqual([['1', '2']]);
    expect(doc.children[1]).toMatchObject({ type: 'paragraph', text: 'Quoted • not split' });
  });

  it('reads pipe rows without a delimiter row as a table, with inline markdown and ticks in cells', () => {
    const source = 'Plan\n| 1 | Publish a **directory** of | ✓ |\n|   | technical staff |   |\n| 2 | Hold an [event](https://example.org) |   |\n';
    const doc = md(source);
    const table = doc.children[1] as TableNode;
    expect(table).toMatchObject({ type: 'table', headerRows: 0 });
    expect(grid(table)).toEqual([['1', 'Publish a directory of technical staff', '✓'], ['2', 'Hold an event', '']]);
    expect(table.rows[0]!.cells[2]!.symbols).toEqual([expect.objectContaining({ kind: 'tick', evidence: 'glyph' })]);
    expect(table.rows[0]!.cells[1]).toMatchObject({ raw: 'Publish a **directory** of\ntechnical staff', position: { start: { line: 2, column: 7 }, end: { line: 3, column: 22 } } });
  });

  it('joins rows of a GFM table wrapped over lines, and a header wrapped above its delimiter row', () => {
    const source = 'Plan\n\n| Ref | Action | Dead |\n|     |        | line |\n|-----|--------|------|\n| 1   | Publish a | 2025 |\n|     | *staff* list |  |\n| 2   | Hold an event | 2026 |\n';
    const doc = md(source);
    expect(types(doc.children)).toEqual(['paragraph', 'table']);
    const table = doc.children[1] as TableNode;
    expect(table.headerRows).toBe(1);
    expect(grid(table)).toEqual([['Ref', 'Action', 'Dead line'], ['1', 'Publish a staff list', '2025'], ['2', 'Hold an event', '2026']]);
    expect(table.rows[1]!.cells[1]).toMatchObject({ raw: 'Publish a\n*staff* list', position: { start: { line: 6, column: 9 }, end: { line: 7, column: 21 } } });
    // A GFM table with no wrapped row keeps remark's reading.
    const plain = md('| A | B |\n|---|---|\n| 1 | Two |\n').children[0] as TableNode;
    expect(plain.rows[1]!.cells[1]!.raw).toBe('| Two |');
  });

  it('gives every node raw text equal to the source at its position', () => {
    const source = 'Technician plan\n• Make staff visible\n– Value skills\n1. Publish\n   - Owner: Comms\n3) Hold an event\n(a) Letter item\n| Theme | Action |\n| Visibility | Publish a |\n|   | directory |\n';
    for (const format of ['text', 'markdown'] as const) {
      const doc = parseText(source, { format });
      const starts = lineStarts(source);
      const { leaves: all, items } = leaves(doc);
      expect(all.length).toBeGreaterThan(8);
      for (const at of [...all.map((l) => l.node.position), ...items]) {
        expect(at?.kind).toBe('text');
        if (at?.kind !== 'text') continue;
        for (const point of [at.start, at.end]) expect(starts[point.line - 1]! + point.column - 1).toBe(point.offset);
      }
      for (const { node, joined } of all) {
        const at = node.position!;
        if (at.kind !== 'text') continue;
        const slice = source.slice(at.start.offset, at.end.offset);
        if (joined) for (const piece of node.raw.split('\n')) expect(slice).toContain(piece);
        else expect(slice).toBe(node.raw);
      }
    }
  });
});
