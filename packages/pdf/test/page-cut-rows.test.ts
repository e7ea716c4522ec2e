// Rows cut by a page break in ruled tables: the piece at the foot of a page has its side rulings
// but no bottom one (Chromium), the piece at the top of the next page no top one; both are closed
// and join into one row. A short word starting a cell's line is a word of its own.
import { describe, expect, it } from 'vitest';
import type { FurnitureNode, LayoutDocument, TableCellNode, TableNode, TableRowNode } from '@tc/model';
import { parsePdf } from '../src/index.ts';
import { closeOpenEnds, mergeSegments } from '../src/ruled-grid.ts';
import { continueTable } from '../src/table-continuation.ts';
import { makeLayoutPdf, type PlacedRule, type PlacedText } from './make-pdf.ts';

const tables = (doc: LayoutDocument) => doc.children.filter((n): n is TableNode => n.type === 'table');
const COLS = [50, 90, 300, 450];
const h = (y: number): PlacedRule => ({ x1: COLS[0]!, y1: y, x2: COLS[COLS.length - 1]!, y2: y });
const v = (top: number, bottom: number): PlacedRule[] => COLS.map((x) => ({ x1: x, y1: top, x2: x, y2: bottom }));
const t = (x: number, y: number, text: string, bold = false): PlacedText => ({ x, y, text, bold });

describe('a ruled row cut by a page break', () => {
  it('closes the open foot and top and joins the two pieces into one row', async () => {
    const page1 = {
      items: [
        t(55, 115, 'No.', true), t(95, 115, 'Action', true), t(305, 115, 'Target date', true),
        t(55, 140, '1'), t(95, 140, 'Publish the technician profiles'), t(305, 140, 'March 2025'),
        t(55, 175, '2'), t(95, 175, 'Hold an annual showcase of the'), t(305, 175, 'June 2025'),
        t(95, 188, 'work of technical teams across'),
      ],
      // Rulings above the header, below it, below row 1; the sides run to the foot of page 1.
      rules: [h(100), h(125), h(160), ...v(100, 800)],
    };
    const page2 = {
      items: [t(95, 75, 'every faculty and school'), t(55, 110, '3'), t(95, 110, 'Review the career pathways'), t(305, 110, 'Year 2')],
      rules: [h(95), h(130), ...v(60, 130)],
    };
    const doc = await parsePdf(makeLayoutPdf([page1, page2]));
    const [table, ...rest] = tables(doc);
    expect(rest).toHaveLength(0);
    expect(table?.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['No.', 'Action', 'Target date'],
      ['1', 'Publish the technician profiles', 'March 2025'],
      ['2', 'Hold an annual showcase of the work of technical teams across every faculty and school', 'June 2025'],
      ['3', 'Review the career pathways', 'Year 2'],
    ]);
    expect(table?.rows[2]?.continued).toBe(true);
  });

  it('adds a ruling only where two or more verticals crossing one horizontal end together', () => {
    const seg = (orientation: 'h' | 'v', at: number, from: number, to: number) => ({ orientation, at, from, to });
    const open = closeOpenEnds(mergeSegments([seg('h', 100, 50, 450), seg('v', 50, 100, 300), seg('v', 450, 100, 300)]));
    expect(open.filter((s) => s.orientation === 'h').map((s) => [s.at, s.from, s.to])).toEqual([[100, 50, 450], [300, 50, 450]]);
    // One vertical alone (a margin rule) closes nothing; nor do verticals ending at different heights.
    const lone = closeOpenEnds(mergeSegments([seg('h', 100, 50, 450), seg('v', 50, 100, 300)]));
    expect(lone.filter((s) => s.orientation === 'h')).toHaveLength(1);
    const ragged = closeOpenEnds(mergeSegments([seg('h', 100, 50, 450), seg('v', 50, 100, 300), seg('v', 450, 100, 250)]));
    expect(ragged.filter((s) => s.orientation === 'h')).toHaveLength(1);
  });

  it('reads a long word that filled its line and a short word below it as two words', async () => {
    const doc = await parsePdf(
      makeLayoutPdf([{
        items: [
          t(55, 115, 'No.', true), t(95, 115, 'Action', true), t(175, 115, 'Target date', true),
          t(55, 140, '1'), t(95, 140, 'Meetings with'), t(95, 152, 'representatives'), t(95, 164, 'from every'), t(175, 140, 'May 2025'),
          t(55, 185, '2'), t(95, 185, 'Another'), t(175, 185, 'June 2025'),
        ],
        // The action column is 78 pt wide: 'representatives' (about 70 pt) fills its line.
        rules: [h(100), h(125), h(175), h(200), ...[50, 90, 168, 450].map((x) => ({ x1: x, y1: 100, x2: x, y2: 200 }))],
      }]),
    );
    const cell = tables(doc)[0]?.rows[1]?.cells[1];
    expect(cell?.text).toBe('Meetings with representatives from every');
  });
});

describe('a merged cell cut by a page break', () => {
  // Columns: theme (50–150), ref (150–200), action (200–500). The theme cell spans every row; on
  // page 1 its bottom ruling is missing where the rows beside it are closed; Chromium prints its
  // label once, so on page 2 it is an empty cell spanning the rows there.
  const X = [50, 150, 200, 500];
  const line = (y: number, from = X[0]!): PlacedRule => ({ x1: from, y1: y, x2: X[3]!, y2: y });
  const sides = (top: number, bottom: number): PlacedRule[] => X.map((x) => ({ x1: x, y1: top, x2: x, y2: bottom }));
  const header = [t(55, 115, 'Theme', true), t(155, 115, 'Ref', true), t(205, 115, 'Action', true)];

  it('keeps its label beside the rows on both pages', async () => {
    const page1 = {
      items: [...header, t(55, 140, 'VISIBILITY: make'), t(55, 152, 'technicians seen'), t(155, 140, 'V1'), t(205, 140, 'Publish profiles'), t(155, 175, 'V2'), t(205, 175, 'Hold a showcase')],
      rules: [line(100), line(125), line(160, X[1]), line(190, X[1]), ...sides(100, 190)],
    };
    const page2 = {
      items: [...header, t(155, 140, 'V3'), t(205, 140, 'Review the pathways'), t(155, 175, 'V4'), t(205, 175, 'Share the results'), t(55, 210, 'RECOGNITION'), t(155, 210, 'R1'), t(205, 210, 'Awards scheme')],
      rules: [line(100), line(125), line(160, X[1]), line(195), line(225), ...sides(100, 225)],
    };
    const [table, ...rest] = tables(await parsePdf(makeLayoutPdf([page1, page2])));
    expect(rest).toHaveLength(0);
    const rows = table?.rows ?? [];
    expect(rows.map((r) => r.cells[1]?.text)).toEqual(['Ref', 'V1', 'V2', 'V3', 'V4', 'R1']);
    expect(rows[1]?.cells[0]?.text).toBe('VISIBILITY: make technicians seen');
    expect(rows[1]?.cells[0]?.rowSpan).toBe(4);
    expect(rows.slice(2, 5).map((r) => r.cells[0]?.mergedFrom)).toEqual([{ row: 1, col: 0 }, { row: 1, col: 0 }, { row: 1, col: 0 }]);
    expect(rows[5]?.cells[0]?.text).toBe('RECOGNITION');
  });
});

describe('rows at the top of a page under a repeated header', () => {
  // Columns: ref (50–100), action (100–300), measure (300–400), when (400–450, short codes like
  // the refs); a group label spans them all.
  const X = [50, 100, 300, 400, 450];
  const across = (y: number): PlacedRule => ({ x1: X[0]!, y1: y, x2: X[4]!, y2: y });
  const inner = (top: number, bottom: number): PlacedRule[] => X.map((x) => ({ x1: x, y1: top, x2: x, y2: bottom }));
  const header = [t(55, 115, 'Ref', true), t(105, 115, 'Action', true), t(305, 115, 'Measure', true), t(405, 115, 'When', true)];
  const page1 = (rows: PlacedText[]) => ({
    items: [...header, t(55, 140, 'Workstream: Visibility', true), t(55, 165, 'V1'), t(105, 165, 'Publish profiles'), t(305, 165, 'Profiles live'), t(405, 165, 'P1'), ...rows],
    // The group label row (125–150) has no inner rulings.
    rules: [across(100), across(125), across(150), across(175), across(210), ...inner(100, 125), { x1: X[0]!, y1: 125, x2: X[0]!, y2: 150 }, { x1: X[4]!, y1: 125, x2: X[4]!, y2: 150 }, ...inner(150, 210)],
  });
  const page2 = (rows: PlacedText[]) => ({ items: [...header, ...rows], rules: [across(100), across(125), across(150), ...inner(100, 150)] });

  it('joins the rest of a row cut by the break (its id cell empty, only its own columns filled)', async () => {
    const doc = await parsePdf(makeLayoutPdf([page1([t(55, 190, 'V2'), t(105, 190, 'Technical representation of')]), page2([t(105, 140, 'University committees')])]));
    const rows = tables(doc)[0]?.rows ?? [];
    expect(rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Ref', 'Action', 'Measure', 'When'],
      ['Workstream: Visibility', '', '', ''],
      ['V1', 'Publish profiles', 'Profiles live', 'P1'],
      ['V2', 'Technical representation of University committees', '', ''],
    ]);
  });

  it('keeps a sub-row apart when it fills a column its parent row left empty', async () => {
    const doc = await parsePdf(makeLayoutPdf([page1([t(55, 190, 'V2'), t(105, 190, 'Apprenticeships')]), page2([t(105, 140, 'Promote apprenticeships'), t(305, 140, 'More apprentices')])]));
    const rows = tables(doc)[0]?.rows ?? [];
    expect(rows.slice(3).map((r) => r.cells.map((c) => c.text))).toEqual([
      ['V2', 'Apprenticeships', '', ''],
      ['', 'Promote apprenticeships', 'More apprentices', ''],
    ]);
  });
});

describe('a hyphenated word that fills its line', () => {
  it('is whole: the next line starts a new word', async () => {
    const doc = await parsePdf(
      makeLayoutPdf([{
        items: [
          t(55, 115, 'No.', true), t(95, 115, 'Action', true), t(175, 115, 'Target date', true),
          t(55, 140, '1'), t(95, 140, 'An'), t(95, 152, 'externally-visible'), t(95, 164, 'webpage'), t(175, 140, 'May 2025'),
          t(55, 185, '2'), t(95, 185, 'Another'), t(175, 185, 'June 2025'),
        ],
        // The action column is 78 pt wide: 'externally-visible' (about 76 pt) fills its line.
        rules: [h(100), h(125), h(175), h(200), ...[50, 90, 168, 450].map((x) => ({ x1: x, y1: 100, x2: x, y2: 200 }))],
      }]),
    );
    expect(tables(doc)[0]?.rows[1]?.cells[1]?.text).toBe('An externally-visible webpage');
  });
});

describe('a header repeated on the next page', () => {
  it('is known again when a word broken over two lines was joined on one page only', () => {
    const cell = (text: string, x: number): TableCellNode => ({
      type: 'tableCell', text, raw: text, children: [], symbols: [], rowSpan: 1, colSpan: 1, mergedFrom: null,
      position: { kind: 'pdf', page: 1, bbox: [x, 0, x + 40, 10] },
    });
    const row = (texts: string[]): TableRowNode => ({ type: 'tableRow', cells: texts.map((t, i) => cell(t, 50 + 100 * i)), continued: false, position: null });
    const table = (rows: TableRowNode[]): TableNode => ({ type: 'table', headerRows: 1, rows, position: null });
    const prev = table([row(['Ref', 'Action', 'Actionowner']), row(['V1', 'Publish profiles', 'SG'])]);
    const next = table([row(['Ref', 'Action', 'Action owner']), row(['V2', 'Hold a showcase', 'GB'])]);
    const dropped: FurnitureNode[] = [];
    expect(continueTable(prev, next, dropped)).toBe(true);
    expect(prev.rows.map((r) => r.cells[0]?.text)).toEqual(['Ref', 'V1', 'V2']);
    expect(dropped.map((f) => f.role)).toEqual(['repeated']);
  });
});

describe('a page whose table has one column fewer', () => {
  const cell = (text: string, x: number): TableCellNode => ({
    type: 'tableCell', text, raw: text, children: [], symbols: [], rowSpan: 1, colSpan: 1, mergedFrom: null,
    position: { kind: 'pdf', page: 1, bbox: [x, 0, x + 40, 10] },
  });
  const row = (cells: Array<[string, number]>): TableRowNode => ({ type: 'tableRow', cells: cells.map(([t, x]) => cell(t, x)), continued: false, position: null });
  const table = (rows: TableRowNode[], headerRows = 0): TableNode => ({ type: 'table', headerRows, rows, position: null });

  it('joins the one before it, the missing column put back empty where the others line up', () => {
    const prev = table([row([['Ref', 50], ['Action', 90], ['When', 300]]), row([['V1', 50], ['Publish profiles', 90], ['2025', 300]])], 1);
    const next = table([row([['Hold a showcase', 90], ['2026', 300]]), row([['Fund registration fees', 90], ['2027', 300]])]);
    expect(continueTable(prev, next)).toBe(true);
    expect(prev.rows.every((r) => r.cells.length === 3)).toBe(true);
    expect(prev.rows.at(-1)?.cells.map((c) => c.text)).toEqual(['', 'Fund registration fees', '2027']);
    expect(prev.rows.at(-1)?.cells[0]?.position).toBeNull();
  });

  it('stays apart where the columns do not line up', () => {
    const prev = table([row([['Ref', 50], ['Action', 90], ['When', 300]]), row([['V1', 50], ['Publish profiles', 90], ['2025', 300]])], 1);
    const next = table([row([['Somewhere else', 120], ['Other', 380]])]);
    expect(continueTable(prev, next)).toBe(false);
  });
});
