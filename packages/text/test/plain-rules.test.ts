import { describe, expect, it } from 'vitest';
import { LayoutDocument, type BlockNode, type ParagraphNode } from '@tc/model';
import { parseText } from '../src/index.ts';

const parse = (text: string) => {
  const doc = parseText(text);
  expect(() => LayoutDocument.parse(doc)).not.toThrow();
  return doc;
};
const table = (doc: LayoutDocument) => doc.children.find((n): n is Extract<BlockNode, { type: 'table' }> => n.type === 'table')!;
const texts = (doc: LayoutDocument) => table(doc).rows.map((r) => r.cells.map((c) => c.text));

describe('tab tables', () => {
  it('keeps empty and trailing empty cells and pads rows to the widest', () => {
    const doc = parse('a\tb\t\n\tc\nd\te\tf\tg\n');
    expect(texts(doc)).toEqual([
      ['a', 'b', '', ''],
      ['', 'c', '', ''],
      ['d', 'e', 'f', 'g'],
    ]);
    expect(table(doc).headerRows).toBe(0);
    const padded = table(doc).rows[1]!.cells[3]!;
    expect(padded.position).toEqual({ kind: 'text', start: { line: 2, column: 3, offset: 7 }, end: { line: 2, column: 3, offset: 7 } });
  });

  it('gives cells exact positions', () => {
    const doc = parse('x\n1\tTwo words\n');
    const cell = table(doc).rows[0]!.cells[1]!;
    expect(cell).toMatchObject({ text: 'Two words', raw: 'Two words', rowSpan: 1, colSpan: 1, mergedFrom: null });
    expect(cell.position).toEqual({ kind: 'text', start: { line: 2, column: 3, offset: 4 }, end: { line: 2, column: 12, offset: 13 } });
  });

  it('continues across blank lines and ends at a paragraph', () => {
    const doc = parse('1\tA\n\n\n2\tB\nAfter the table.\n3\tC\n');
    expect(doc.children.map((n) => n.type)).toEqual(['table', 'paragraph', 'table']);
    expect(texts(doc)).toEqual([['1', 'A'], ['2', 'B']]);
  });

  it('joins a lowercase row after a gap into the row above, healing hyphenation', () => {
    const doc = parse('1\tThe develop-\tOwner\n\n\tment of staff\t\n2\tNext\tX\n');
    const rows = table(doc).rows;
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ continued: true });
    expect(rows[0]!.cells[1]).toMatchObject({ text: 'The development of staff', raw: 'The develop-\nment of staff' });
    expect(rows[0]!.cells[1]!.position).toMatchObject({ start: { line: 1, column: 3 }, end: { line: 3, column: 15 } });
    expect(rows[0]!.position).toMatchObject({ start: { line: 1 }, end: { line: 3 } });
  });

  it('does not join a lowercase row without a gap, nor an uppercase one after a gap', () => {
    expect(table(parse('1\tA text\n\tand more\n')).rows).toHaveLength(2);
    expect(table(parse('1\tA text\n\n\tAnd more\n')).rows).toHaveLength(2);
  });

  it('joins only the first row after the gap', () => {
    const rows = table(parse('1\tA text\n\n\tand more\n\tand again\n')).rows;
    expect(rows.map((r) => r.cells[1]?.text)).toEqual(['A text and more', 'and again']);
  });

  it('reads tick cells as symbols and keeps their text', () => {
    const cells = table(parse('a\tY\tYes\t✓\t✔\t☑\tX\t✗\tyesterday\n')).rows[0]!.cells;
    expect(cells.map((c) => c.symbols.map((s) => `${s.kind}/${s.evidence}`).join())).toEqual(['', 'tick/letter', 'tick/letter', 'tick/glyph', 'tick/glyph', 'checkbox/glyph', 'cross/letter', 'cross/glyph', '']);
    expect(cells[1]!.text).toBe('Y');
  });
});

describe('furniture', () => {
  const header = 'ANNUAL PLAN 2024 - page 1';
  const text = ['Title', '', 'A\tB', '1\tfirst', '', header.replace('1', '2'), '', '2\tsecond', '', header.replace('1', '3'), '', '\tand the rest', 'After.', ''].join('\n');

  it('takes repeated lines that interrupt a table out of the body, with digits masked', () => {
    const doc = parse(text);
    expect(doc.furniture.map((f) => [f.role, f.text])).toEqual([
      ['repeated', 'ANNUAL PLAN 2024 - page 2'],
      ['repeated', 'ANNUAL PLAN 2024 - page 3'],
    ]);
    expect(doc.furniture[0]!.position).toMatchObject({ start: { line: 6, column: 1 } });
    expect(texts(doc)).toEqual([['A', 'B'], ['1', 'first'], ['2', 'second and the rest']]);
    expect(doc.children.map((n) => n.type)).toEqual(['paragraph', 'table', 'paragraph']);
  });

  it('also removes the occurrences outside the table', () => {
    const doc = parse(`${header}\n\n${text}`);
    expect(doc.furniture).toHaveLength(3);
    expect(doc.children.map((n) => n.type)).toEqual(['paragraph', 'table', 'paragraph']);
  });

  it('keeps repeated lines that never interrupt a table', () => {
    const doc = parse('Commitment areas:\n\nVisibility\n\nCommitment areas:\n\nVisibility\n\n1\tA\n');
    expect(doc.furniture).toEqual([]);
    expect(doc.children.filter((n) => n.type === 'paragraph')).toHaveLength(4);
  });

  it('keeps a long run of repeated text between rows (not page debris)', () => {
    const block = ['one', 'two', 'three', 'four', 'five'].join('\n');
    const doc = parse(`${block}\n1\tA\n${block}\n2\tB\n`);
    expect(doc.furniture).toEqual([]);
  });
});

describe('paragraphs, headings, lists and ticks', () => {
  it('joins consecutive lines into a paragraph with its lines, healing hyphenation', () => {
    const doc = parse('The develop-\nment of staff\nis key.\n\nNext one.');
    const [p, q] = doc.children as ParagraphNode[];
    expect(p).toMatchObject({ text: 'The development of staff is key.', lines: ['The develop-', 'ment of staff', 'is key.'], raw: 'The develop-\nment of staff\nis key.' });
    expect(p!.position).toEqual({ kind: 'text', start: { line: 1, column: 1, offset: 0 }, end: { line: 3, column: 8, offset: 34 } });
    expect(q!.text).toBe('Next one.');
  });

  it('starts a new paragraph at an indented line after unindented ones', () => {
    const doc = parse(' First para\nwraps here\n Second');
    expect(doc.children.map((n) => (n as ParagraphNode).text)).toEqual(['First para wraps here', 'Second']);
  });

  it('does not guess headings from short lines, but reads ATX headings', () => {
    const doc = parse('OVERVIEW\n\n## Action Plan: ##\n#hashtag');
    expect(doc.children.map((n) => n.type)).toEqual(['paragraph', 'heading', 'paragraph']);
    expect(doc.children[1]).toMatchObject({ depth: 2, text: 'Action Plan:', raw: '## Action Plan: ##' });
  });

  it('reads bullet and ordered lists with markers as printed, a new list where the style changes', () => {
    const doc = parse('- one\n- two\n  wrapped\n\n- three\n\n1. first\n2) second\na) third\n\nEnd');
    expect(doc.children.map((n) => n.type)).toEqual(['list', 'list', 'list', 'list', 'paragraph']);
    const [bullets, ...ordered] = doc.children.slice(0, 4) as Array<Extract<BlockNode, { type: 'list' }>>;
    expect(bullets!.ordered).toBe(false);
    expect(bullets!.children.map((i) => [i.marker, (i.children[0] as ParagraphNode).text])).toEqual([[null, 'one'], [null, 'two wrapped'], [null, 'three']]);
    expect(ordered.map((l) => l.ordered)).toEqual([true, true, true]);
    expect(ordered.map((l) => l.children.map((i) => i.marker))).toEqual([['1'], ['2'], ['a']]);
  });

  it('gives an empty bullet the paragraph after the blank lines', () => {
    const doc = parse('Areas:\n\n- \n\nVisibility\nBe seen.\n- \n\nRecognition\nBe valued.\n\nAfter.');
    const list = doc.children[1] as Extract<BlockNode, { type: 'list' }>;
    expect(list.children.map((i) => (i.children[0] as ParagraphNode).lines)).toEqual([['Visibility', 'Be seen.'], ['Recognition', 'Be valued.']]);
    expect(list.children[0]!.position).toMatchObject({ start: { line: 3, column: 1 }, end: { line: 6, column: 9 } });
    expect((doc.children[2] as ParagraphNode).text).toBe('After.');
  });

  it('keeps an empty bullet with nothing after it as an empty item', () => {
    const list = parse('- \n- b').children[0] as Extract<BlockNode, { type: 'list' }>;
    expect(list.children.map((i) => i.children.length)).toEqual([0, 1]);
  });

  it('reads a line of tick glyphs as one symbol per glyph, in order', () => {
    const doc = parse('Action\n\n✔\n ✔  ✗\n✔️\n');
    const symbols = doc.children.filter((n) => n.type === 'symbol');
    expect(symbols.map((s) => [s.kind, s.raw, s.position?.kind === 'text' ? s.position.start.column : 0])).toEqual([
      ['tick', '✔', 1],
      ['tick', '✔', 2],
      ['cross', '✗', 5],
      ['tick', '✔', 1],
    ]);
    const last = symbols[3]!.position;
    expect(last?.kind === 'text' && last.end.offset - last.start.offset).toBe(2);
  });

  it('reads CRLF text given directly without leaving CRs in raw', () => {
    const doc = parse('a\tb\r\nc\td\r\n\r\nText\r\n');
    expect(texts(doc)).toEqual([['a', 'b'], ['c', 'd']]);
    expect((doc.children[1] as ParagraphNode).raw).toBe('Text');
  });

  it('returns an empty body for blank text', () => {
    expect(parse('\n\n  \n').children).toEqual([]);
  });
});

describe('HTML in cells', () => {
  it('splits <li> and inline bullets into list items and keeps offsets', () => {
    const source = '1\t<p>Intro:</p><ul><li>one</li><li>two &amp; more</li></ul>\n2\tTerms: <ul style="x"> • a • b\n';
    const doc = parse(source);
    const [first, second] = table(doc).rows.map((r) => r.cells[1]!);
    expect(first!.text).toBe('Intro:\none\ntwo & more');
    expect(first!.children.map((b) => b.type)).toEqual(['paragraph', 'list']);
    expect(second!.text).toBe('Terms:\na\nb');
    const list = second!.children[1] as Extract<BlockNode, { type: 'list' }>;
    const b = list.children[1]!.children[0] as ParagraphNode;
    expect(b.position?.kind === 'text' && source.slice(b.position.start.offset, b.position.end.offset).trim()).toBe('b');
  });

  it('leaves a single HTML paragraph as plain cell text', () => {
    const cell = table(parse('1\t<p>Only <b>one</b></p>\n')).rows[0]!.cells[1]!;
    expect(cell).toMatchObject({ text: 'Only one', children: [] });
  });
});

describe('html line breaks in text', () => {
  it('breaks a paragraph line where a <br> stands, keeping the raw text', () => {
    const doc = parse('<p>Lead<br>Head of HR<br/>Deadline<BR />2025</p>\n');
    const paragraph = doc.children[0] as ParagraphNode;
    expect(paragraph.lines).toEqual(['Lead', 'Head of HR', 'Deadline', '2025']);
    expect(paragraph.text).toBe('Lead Head of HR Deadline 2025');
    expect(paragraph.raw).toBe('<p>Lead<br>Head of HR<br/>Deadline<BR />2025</p>');
  });

  it('leaves a line without a <br> whole', () => {
    const paragraph = parse('<p>Run an annual showcase</p>\n').children[0] as ParagraphNode;
    expect(paragraph.lines).toEqual(['Run an annual showcase']);
  });
});

describe('list items in text with single line breaks', () => {
  const kinds = (doc: LayoutDocument) => doc.children.map((n) => n.type);

  it('ends an item at an unindented line when the text is not hard-wrapped', () => {
    const doc = parse('• Review workloads of technical teams: compare staffing with demand and agree where posts are needed across the estate.\n• Share equipment across departments\nWhat technicians told us they need:\n• Cover for colleagues attending courses\n');
    expect(kinds(doc)).toEqual(['list', 'paragraph', 'list']);
    expect((doc.children[1] as ParagraphNode).text).toBe('What technicians told us they need:');
  });

  it('keeps an unindented line with the item above it when the text is wrapped and the line above runs to the margin', () => {
    const lines = [
      'Our plan was written by a working group of technicians and managers after',
      'a survey of all technical staff in the spring, and agreed by the board.',
      '- Publish a directory of technical staff, with the skills and facilities of',
      'every team, on one searchable page of the intranet kept up to date.',
      '- Run an annual showcase.',
    ];
    const doc = parse(`${lines.join('\n')}\n`);
    expect(kinds(doc)).toEqual(['paragraph', 'list']);
    const list = doc.children[1] as Extract<BlockNode, { type: 'list' }>;
    expect(list.children).toHaveLength(2);
    expect((list.children[0]!.children[0] as ParagraphNode).text).toContain('kept up to date');
  });

  it('reads a question mark left by a legacy encoding in place of a bullet as a bullet', () => {
    const doc = parse('1. Run an annual showcase\n   ? Owner: Head of HR\n   ? Target date: 2026\n');
    const list = doc.children[0] as Extract<BlockNode, { type: 'list' }>;
    const nested = list.children[0]!.children.find((c) => c.type === 'list') as Extract<BlockNode, { type: 'list' }> | undefined;
    expect(nested?.children.map((i) => (i.children[0] as ParagraphNode).text)).toEqual(['Owner: Head of HR', 'Target date: 2026']);
  });
});

describe('page furniture among tab rows', () => {
  it('keeps "Label: value" lines that repeat under tab rows as text, not furniture', () => {
    const rows = ['1.1\tRecord short films', '1.2\tRun a showcase', '1.3\tCreate a web page'];
    const doc = parse(`${rows.map((r) => `${r}\n\nOwner: Communications Team\n`).join('\n')}`);
    expect(doc.furniture).toEqual([]);
    expect(doc.children.filter((n) => n.type === 'paragraph').map((n) => (n as ParagraphNode).text)).toEqual(
      ['Owner: Communications Team', 'Owner: Communications Team', 'Owner: Communications Team'],
    );
  });

  it('still takes a running header that breaks into a table at every page as furniture', () => {
    const doc = parse('1\tRun a showcase\nOur plan 2025\n2\tCreate a web page\nOur plan 2025\n3\tFund fees\n');
    expect(doc.furniture.map((f) => f.text)).toEqual(['Our plan 2025', 'Our plan 2025']);
  });
});

describe('pipe rows without a leading pipe', () => {
  it('reads "a | b |" lines as rows, and moves rows that leave out a spanned cell under it', () => {
    const doc = parse('THEME A | 1. | Run a showcase |\n2. | Hold an open day | |\n3. | Make a web page | |\nTHEME B | 1. | Fund fees |\n');
    expect(texts(doc)).toEqual([
      ['THEME A', '1.', 'Run a showcase'], ['', '2.', 'Hold an open day'], ['', '3.', 'Make a web page'], ['THEME B', '1.', 'Fund fees'],
    ]);
  });

  it('leaves a line with one pipe as text', () => {
    const doc = parse('Costs | benefits\nAnother line\n');
    expect(doc.children.map((n) => n.type)).toEqual(['paragraph']);
  });
});
