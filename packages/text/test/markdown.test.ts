import { describe, expect, it } from 'vitest';
import { LayoutDocument, type BlockNode } from '@tc/model';
import { parseText } from '../src/index.ts';

const md = `# Action plan

Intro with a [link](https://x.org) and **bold**
on two lines.

| No. | Action | Visibility |
| --- | --- | :-: |
| 1 | Do <u>this</u> | ✔ |
| 2 | Do that |

- [x] done item
- [ ] open item

3. third
4. fourth

> quoted text
`;

describe('parseText markdown', () => {
  const doc = parseText(md, { format: 'markdown' });

  it('validates and keeps the order of blocks', () => {
    expect(() => LayoutDocument.parse(doc)).not.toThrow();
    expect(doc.format).toBe('markdown');
    expect(doc.children.map((n) => n.type)).toEqual(['heading', 'paragraph', 'table', 'list', 'list', 'paragraph']);
  });

  it('reads headings and paragraphs with cleaned text and source lines', () => {
    expect(doc.children[0]).toMatchObject({ type: 'heading', depth: 1, text: 'Action plan', raw: '# Action plan' });
    expect(doc.children[1]).toMatchObject({
      type: 'paragraph',
      text: 'Intro with a link and bold on two lines.',
      lines: ['Intro with a link and bold', 'on two lines.'],
      position: { kind: 'text', start: { line: 3, column: 1, offset: 15 } },
    });
  });

  it('reads GFM tables with one header row, padded rectangular, ticks as symbols', () => {
    const table = doc.children[2] as Extract<BlockNode, { type: 'table' }>;
    expect(table.headerRows).toBe(1);
    expect(table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['No.', 'Action', 'Visibility'],
      ['1', 'Do this', '✔'],
      ['2', 'Do that', ''],
    ]);
    expect(table.rows[1]?.cells[2]?.symbols).toEqual([expect.objectContaining({ kind: 'tick', evidence: 'glyph', checked: true })]);
  });

  it('reads task lists and ordered list numbers', () => {
    const [tasks, ordered] = doc.children.slice(3) as Array<Extract<BlockNode, { type: 'list' }>>;
    expect(tasks?.children.map((i) => [i.marker, i.checked])).toEqual([[null, true], [null, false]]);
    expect(ordered?.ordered).toBe(true);
    expect(ordered?.children.map((i) => i.marker)).toEqual(['3', '4']);
  });

  it('gives every node a text position from mdast', () => {
    expect(doc.children.every((n) => n.position?.kind === 'text')).toBe(true);
  });
  it('splits a GFM table where a later header row stands over a delimiter row, the line between a paragraph', () => {
    const doc = parseText('Action 1\n| Objective | Run a showcase |\n| --- | --- |\n| Owner | HR |\nAction 2\n| Objective | Fund fees |\n| --- | --- |\n| Owner | Finance |\n', { format: 'markdown' });
    expect(doc.children.map((n) => n.type)).toEqual(['paragraph', 'table', 'paragraph', 'table']);
    expect(doc.children.map((n) => (n.type === 'table' ? n.rows.map((r) => r.cells.map((c) => c.text).join('|')) : n.type === 'paragraph' ? n.text : ''))).toEqual([
      'Action 1', ['Objective|Run a showcase', 'Owner|HR'], 'Action 2', ['Objective|Fund fees', 'Owner|Finance'],
    ]);
  });
});
