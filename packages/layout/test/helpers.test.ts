import { describe, expect, it } from 'vitest';
import type { BlockNode, Provenance, TableRowNode } from '@tc/model';
import { findRepeatedLines, makeRectangular, nodeText, readTickGlyph, readTickText, repeatedLineKey, tableCell } from '../src/index.ts';

describe('findRepeatedLines', () => {
  it('finds lines repeated at least minCount times, digits masked, blanks ignored', () => {
    const lines = ['Page 1 of 3', 'body', '', 'Page 2 of 3', 'other', '', '  Page 3  of 3 ', 'body'];
    const found = findRepeatedLines(lines, 2);
    expect([...found.entries()]).toEqual([
      ['Page # of #', [0, 3, 6]],
      ['body', [1, 7]],
    ]);
    expect([...findRepeatedLines(lines, 3).keys()]).toEqual(['Page # of #']);
  });
  it('keys keep case and fold whitespace', () => {
    expect(repeatedLineKey(' FINAL  - D (18/12/20) ')).toBe('FINAL - D (#/#/#)');
  });
});

describe('ticks', () => {
  it.each([
    ['Y', 'tick', 'letter'],
    ['Yes', 'tick', 'letter'],
    ['✓', 'tick', 'glyph'],
    ['✔️', 'tick', 'glyph'],
    ['☑', 'checkbox', 'glyph'],
    ['✅', 'tick', 'glyph'],
    ['X', 'cross', 'letter'],
    ['✗', 'cross', 'glyph'],
    ['☒', 'checkbox', 'glyph'],
  ])('reads %s as a %s (%s)', (text, kind, evidence) => {
    expect(readTickText(text)).toEqual({ kind, checked: true, evidence });
  });
  it('reads an empty box as an unchecked checkbox', () => {
    expect(readTickGlyph('☐')).toEqual({ kind: 'checkbox', checked: false, evidence: 'glyph' });
  });
  it.each(['', 'Yellow', 'No', 'YY', 'a'])('does not read %j as a tick', (text) => {
    expect(readTickText(text)).toBeNull();
  });
});

describe('nodeText and builders', () => {
  const para = (text: string): BlockNode => ({ type: 'paragraph', text, raw: text, lines: [text], position: null });
  it('joins the blocks of a list and the cells of a table', () => {
    const list: BlockNode = {
      type: 'list',
      ordered: false,
      position: null,
      children: [
        { type: 'listItem', marker: null, checked: null, position: null, children: [para('one')] },
        { type: 'listItem', marker: null, checked: null, position: null, children: [para('two')] },
      ],
    };
    expect(nodeText(list)).toBe('one\ntwo');
    const rows: TableRowNode[] = [
      { type: 'tableRow', continued: false, position: null, cells: [tableCell('a', 'a', null), tableCell('b', 'b', null)] },
      { type: 'tableRow', continued: false, position: null, cells: [tableCell('c', 'c', null)] },
    ];
    makeRectangular(rows);
    expect(rows.map((r) => r.cells.length)).toEqual([2, 2]);
    expect(nodeText({ type: 'table', headerRows: 0, rows, position: null })).toBe('a\tb\nc\t');
    expect(nodeText({ type: 'symbol', kind: 'tick', checked: true, raw: '✔', evidence: 'glyph', position: null })).toBe('✔');
  });
  it('gives padding cells the position asked for', () => {
    const rows: TableRowNode[] = [
      { type: 'tableRow', continued: false, position: null, cells: [tableCell('a', 'a', null), tableCell('b', 'b', null)] },
      { type: 'tableRow', continued: false, position: null, cells: [] },
    ];
    const at: Provenance = { kind: 'pdf', page: 1, bbox: [0, 0, 1, 1] };
    makeRectangular(rows, () => at);
    expect(rows[1]?.cells.map((c) => c.position)).toEqual([at, at]);
  });
});
