// Text shapes common in plans copied from web pages, read as plain text: list lines with no blank
// line before them, nesting by indentation, pipe tables without a delimiter row. All text invented.
import { describe, expect, it } from 'vitest';
import { LayoutDocument, type BlockNode, type ListNode, type ParagraphNode, type TableNode } from '@tc/model';
import { parseText } from '../src/index.ts';

const parse = (text: string) => {
  const doc = parseText(text);
  expect(() => LayoutDocument.parse(doc)).not.toThrow();
  return doc;
};
const types = (doc: LayoutDocument) => doc.children.map((n) => n.type);
const lists = (nodes: readonly BlockNode[]) => nodes.filter((n): n is ListNode => n.type === 'list');
const markers = (nodes: readonly BlockNode[]) => lists(nodes).map((l) => l.children.map((i) => i.marker));
const itemTexts = (list: ListNode) => list.children.map((i) => (i.children[0] as ParagraphNode | undefined)?.text ?? '');
const table = (doc: LayoutDocument) => doc.children.find((n): n is TableNode => n.type === 'table')!;
const grid = (t: TableNode) => t.rows.map((r) => r.cells.map((c) => c.text));

describe('list lines with no blank line before them', () => {
  it('ends a heading-like line at every kind of bullet, one list per bullet glyph', () => {
    const doc = parse('Our aims\n- dash one\n- dash two\n* star\n• dot\n– en dash\n○ circle\n▪ square\n◦ white bullet\n· middle dot\no Word second level');
    expect(doc.children[0]).toMatchObject({ type: 'paragraph', text: 'Our aims', lines: ['Our aims'] });
    expect(lists(doc.children).map(itemTexts)).toEqual([['dash one', 'dash two'], ['star'], ['dot'], ['en dash'], ['circle'], ['square'], ['white bullet'], ['middle dot'], ['Word second level']]);
    expect(lists(doc.children).every((l) => !l.ordered && l.children.every((i) => i.marker === null))).toBe(true);
  });

  it('reads ordered markers without their delimiters, a new list where the style changes', () => {
    const doc = parse('Actions for 2025\n1. One\n2. Two\n3) Three\n(a) Four\n(b) Five\nc) Six\nii) Seven\n(iv) Eight\n1.1 Nine\n1.2. Ten\n2.1.3 Eleven');
    expect(types(doc)[0]).toBe('paragraph');
    expect(markers(doc.children)).toEqual([['1', '2'], ['3'], ['a', 'b'], ['c'], ['ii'], ['iv'], ['1.1', '1.2'], ['2.1.3']]);
    expect(lists(doc.children).every((l) => l.ordered)).toBe(true);
    expect(itemTexts(lists(doc.children)[6]!)).toEqual(['Nine', 'Ten']);
  });

  it('does not take words, years, decimals or a lone letter for markers', () => {
    const text = 'We meet at\nI will chair it\nA new room\no\'clock sharp\n2025. The year\n2.5 per cent more\n(2025) again\ne.g. this\nb. a lone letter\nvi is no numeral';
    const doc = parse(text);
    expect(types(doc)).toEqual(['paragraph']);
    expect((doc.children[0] as ParagraphNode).lines).toHaveLength(10);
  });

  it('reads a. items only in a run of letters, or with two spaces after the dot', () => {
    const doc = parse('Steps\na. First step\nwrapped on\nb. Second step\n\nNote\nz.  Set apart');
    expect(types(doc)).toEqual(['paragraph', 'list', 'paragraph', 'list']);
    expect(markers(doc.children)).toEqual([['a', 'b'], ['z']]);
    expect(itemTexts(lists(doc.children)[0]!)).toEqual(['First step wrapped on', 'Second step']);
  });

  it('reads a lone i. after h. as a letter, and i. ii. as numerals', () => {
    const doc = parse('g. Seventh\nh. Eighth\ni. Ninth\n\nThen\ni. One\nii. Two\niii. Three');
    expect(types(doc)).toEqual(['list', 'paragraph', 'list']);
    expect(markers(doc.children)).toEqual([['g', 'h', 'i'], ['i', 'ii', 'iii']]);
  });

  it('keeps an empty bullet before blank lines taking the next paragraph', () => {
    const list = parse('•\n\nFirst area\n•\n\nSecond area').children[0] as ListNode;
    expect(itemTexts(list)).toEqual(['First area', 'Second area']);
  });
});

describe('nested lists by indentation', () => {
  const source = '1. Publish a directory\n   - Owner: Comms team\n   - Date: 2025\n2. Hold an event\n  o Owner: Chair\n- Back out\n';

  it('nests items 2 or more characters deeper in the item above', () => {
    const doc = parse(source);
    expect(types(doc)).toEqual(['list', 'list']);
    const [numbered, dashes] = lists(doc.children);
    expect(numbered!.children.map((i) => i.children.map((c) => c.type))).toEqual([['paragraph', 'list'], ['paragraph', 'list']]);
    expect(itemTexts(numbered!.children[0]!.children[1] as ListNode)).toEqual(['Owner: Comms team', 'Date: 2025']);
    expect(itemTexts(numbered!.children[1]!.children[1] as ListNode)).toEqual(['Owner: Chair']);
    // Back at the outer indentation: a new list only because the marker style changed.
    expect(itemTexts(dashes!)).toEqual(['Back out']);
  });

  it('gives nested items and the items around them exact positions', () => {
    const numbered = parse(source).children[0] as ListNode;
    const first = numbered.children[0]!;
    const nested = first.children[1] as ListNode;
    const at = (line: number, column: number) => ({ line, column, offset: source.split('\n').slice(0, line - 1).join('\n').length + (line > 1 ? 1 : 0) + column - 1 });
    expect(nested.children[0]!.position).toEqual({ kind: 'text', start: at(2, 4), end: at(2, 23) });
    expect(nested.position).toEqual({ kind: 'text', start: at(2, 4), end: at(3, 16) });
    expect(first.position).toEqual({ kind: 'text', start: at(1, 1), end: at(3, 16) });
    const owner = nested.children[0]!.children[0] as ParagraphNode;
    expect(owner).toMatchObject({ text: 'Owner: Comms team', raw: 'Owner: Comms team' });
    expect(owner.position).toEqual({ kind: 'text', start: at(2, 6), end: at(2, 23) });
    expect(source.slice(at(2, 6).offset, at(2, 23).offset)).toBe('Owner: Comms team');
  });

  it('closes a nested list at an item back at the outer indentation; one space deeper is the same level', () => {
    const doc = parse('- Outer one\n    - Inner\n- Outer two\n - Outer three');
    const outer = doc.children[0] as ListNode;
    expect(types(doc)).toEqual(['list']);
    expect(itemTexts(outer)).toEqual(['Outer one', 'Outer two', 'Outer three']);
    expect(itemTexts(outer.children[0]!.children[1] as ListNode)).toEqual(['Inner']);
  });
});

describe('pipe tables without a delimiter row', () => {
  it('reads two or more pipe lines as a table with no header row, padded rectangular', () => {
    const source = 'Plan\n| Ref | Action | Lead |\n| 1 | Publish a directory | Comms |\n| 2 | Hold an event |\n';
    const doc = parse(source);
    expect(types(doc)).toEqual(['paragraph', 'table']);
    expect(table(doc).headerRows).toBe(0);
    expect(grid(table(doc))).toEqual([['Ref', 'Action', 'Lead'], ['1', 'Publish a directory', 'Comms'], ['2', 'Hold an event', '']]);
    const cell = table(doc).rows[1]!.cells[1]!;
    expect(cell).toMatchObject({ raw: 'Publish a directory' });
    expect(cell.position).toEqual({ kind: 'text', start: { line: 3, column: 7, offset: 35 }, end: { line: 3, column: 26, offset: 54 } });
    expect(source.slice(35, 54)).toBe('Publish a directory');
  });

  it('leaves a lone pipe line as text, and ends a pipe table at a blank line', () => {
    expect(types(parse('Before\n| not | a table |\nAfter'))).toEqual(['paragraph']);
    const doc = parse('| a | b |\n| c | d |\n\n| e | f |\n| g | h |');
    expect(doc.children.filter((n) => n.type === 'table').map((t) => grid(t as TableNode))).toEqual([[['a', 'b'], ['c', 'd']], [['e', 'f'], ['g', 'h']]]);
  });

  it('joins a row wrapped onto pipe lines whose first cell is empty into the row above', () => {
    const source = '| 1 | Publish a directory of |  Lead | 2025 |\n|   | technical staff |   |   |\n|   | and their skills | team |   |\n| 2 | Hold an event | Chair | 2026 |\n';
    const t = table(parse(source));
    expect(grid(t)).toEqual([['1', 'Publish a directory of technical staff and their skills', 'Lead team', '2025'], ['2', 'Hold an event', 'Chair', '2026']]);
    const cell = t.rows[0]!.cells[1]!;
    expect(cell.raw).toBe('Publish a directory of\ntechnical staff\nand their skills');
    expect(cell.position).toMatchObject({ start: { line: 1, column: 7 }, end: { line: 3, column: 23 } });
    expect(t.rows[0]!.position).toMatchObject({ start: { line: 1, column: 1 }, end: { line: 3 } });
    expect(t.rows[0]!.continued).toBe(false);
  });

  it('keeps rows of their own under a first column merged down the rows', () => {
    const t = table(parse('| Visibility | Publish a directory | Comms | 2025 |\n|   | Run an open day | Chair | 2026 |\n|   | Share case studies | Web team | Ongoing |\n| Recognition | Fund fees | HR | 2025 |'));
    expect(grid(t).map((r) => r[1])).toEqual(['Publish a directory', 'Run an open day', 'Share case studies', 'Fund fees']);
  });

  it('does not join a line with text under an empty cell, nor one with text in its first cell', () => {
    expect(table(parse('| 1 | Publish | Comms |   |\n|   | more | | 2025 |')).rows).toHaveLength(2);
    expect(table(parse('| 1 | Publish | Comms |\n| 2 | more |   |')).rows).toHaveLength(2);
  });

  it('joins a line of text between two pipe rows to the last non-empty cell above', () => {
    const source = '| 1 | Publish a directory | Comms |   |\nteam and web office\n| 2 | Hold an event | Chair |   |\nAfter the table.';
    const doc = parse(source);
    expect(types(doc)).toEqual(['table', 'paragraph']);
    expect(grid(table(doc))).toEqual([['1', 'Publish a directory', 'Comms team and web office', ''], ['2', 'Hold an event', 'Chair', '']]);
    expect(table(doc).rows[0]!.cells[2]).toMatchObject({ raw: 'Comms\nteam and web office', position: { start: { line: 1, column: 29 }, end: { line: 2, column: 20 } } });
  });

  it('takes a delimiter row under the first row, wrapped or not, as marking a header row', () => {
    const t = table(parse('| Action | Lead |\n|---|:-:|\n| Publish | Comms |\n|   | and web |'));
    expect(t.headerRows).toBe(1);
    expect(grid(t)).toEqual([['Action', 'Lead'], ['Publish', 'Comms and web']]);
    const wrapped = table(parse('| Ref | Action | Dead |\n|     |        | line |\n|-----|--------|------|\n| 1   | Publish | 2025 |'));
    expect(wrapped.headerRows).toBe(1);
    expect(grid(wrapped)).toEqual([['Ref', 'Action', 'Dead line'], ['1', 'Publish', '2025']]);
  });
});

describe('space-aligned tables', () => {
  const source = 'Our actions\nRef  Action                Lead        When\n1.   Publish a directory   Comms team  2025\n2.   Hold an open day                  2026\n3.   Share case studies    Web team    Ongoing\nAfter the table.\n';

  it('reads a header of labels and the rows aligned under it as a table, one row per line', () => {
    const doc = parse(source);
    expect(types(doc)).toEqual(['paragraph', 'table', 'paragraph']);
    const t = table(doc);
    expect(t.headerRows).toBe(0);
    expect(grid(t)).toEqual([
      ['Ref', 'Action', 'Lead', 'When'],
      ['1.', 'Publish a directory', 'Comms team', '2025'],
      ['2.', 'Hold an open day', '', '2026'],
      ['3.', 'Share case studies', 'Web team', 'Ongoing'],
    ]);
    const cell = t.rows[1]!.cells[1]!;
    expect(cell).toMatchObject({ raw: 'Publish a directory', position: { start: { line: 3, column: 6 }, end: { line: 3, column: 25 } } });
    expect(cell.position?.kind === 'text' && source.slice(cell.position.start.offset, cell.position.end.offset)).toBe('Publish a directory');
  });

  it('joins a line of fewer segments, in columns but the first, into the cells above', () => {
    const t = table(parse('Ref  Action            Career       When\n                       Development\n1    Publish a         Yes          2025\n     directory\n2    Hold an event     Yes          2026\n'));
    expect(grid(t)).toEqual([['Ref', 'Action', 'Career Development', 'When'], ['1', 'Publish a directory', 'Yes', '2025'], ['2', 'Hold an event', 'Yes', '2026']]);
    expect(t.rows[0]!.cells[2]).toMatchObject({ raw: 'Career\nDevelopment', position: { start: { line: 1, column: 24 }, end: { line: 2, column: 35 } } });
  });

  it('does not read justified or indented prose, two columns or a single row as a table', () => {
    // Three segments on every line, but the gaps fall in different places.
    const justified = 'Our  plan  sets out how we will support\nthe  technical  staff of the whole institution\nover  the next  three years and beyond.';
    const indented = '    Indented prose here\n    goes on the same\n    way for three lines\n';
    const twoColumns = 'Lead        When\nComms team  2025\nWeb team    2026';
    const oneRow = 'Ref  Action     Lead\n1    Publish    Comms\n\nText';
    for (const text of [justified, indented, twoColumns, oneRow]) expect(parse(text).children.some((n) => n.type === 'table')).toBe(false);
    expect(types(parse(justified))).toEqual(['paragraph']);
  });
});

describe('pipe rows in left-over HTML', () => {
  it('reads pipe rows wrapped in <p> and <br> tags as a table', () => {
    const doc = parse('<p>| Ref | Action |<br>\n| 1 | Open the workshops to schools |<br>\n| 2 | Run a skills fair |</p>\n');
    expect(grid(table(doc))).toEqual([['Ref', 'Action'], ['1', 'Open the workshops to schools'], ['2', 'Run a skills fair']]);
  });
});

describe('list items in left-over HTML', () => {
  it('reads <li> lines as bullet items, their text after the tag', () => {
    const doc = parse('<p>Our actions:</p>\n<ul>\n<li>Open the workshops to schools</li>\n<li>Run a skills fair</li>\n</ul>\n');
    expect(lists(doc.children).map(itemTexts)).toEqual([['Open the workshops to schools', 'Run a skills fair']]);
  });
});
