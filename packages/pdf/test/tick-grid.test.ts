// Tick grids without rulings as Chromium prints them: theme labels one em apart, each over the
// left edge of its ticks, are columns of their own; a heading below the grid is not a row; text
// beside the ticks in columns of its own is left to the alignment reader.
import { describe, expect, it } from 'vitest';
import type { LayoutDocument, TableNode } from '@tc/model';
import { parsePdf } from '../src/index.ts';
import { makeLayoutPdf, type PlacedText } from './make-pdf.ts';

const tables = (doc: LayoutDocument) => doc.children.filter((n): n is TableNode => n.type === 'table');
const t = (x: number, y: number, text: string, more: Partial<PlacedText> = {}): PlacedText => ({ x, y, text, ...more });
const tick = (x: number, y: number): PlacedText => ({ x, y, text: '4', dingbats: true });

describe('a tick grid without rulings', () => {
  // 'Visibility' is about 41 pt wide at 10 pt: it ends 9 pt before 'Recognition' starts;
  // 'Sustainability' stands further off.
  const LEFTS = [280, 330, 410];
  const header = [t(60, 100, 'Action', { bold: true }), t(280, 100, 'Visibility', { bold: true }), t(330, 100, 'Recognition', { bold: true }), t(410, 100, 'Sustainability', { bold: true })];
  const row = (y: number, text: string, cols: number[]) => [t(60, y, text), ...cols.map((c) => tick(LEFTS[c]!, y))];

  it('splits header words set a word gap apart where each stands over a column of ticks', async () => {
    const doc = await parsePdf(
      makeLayoutPdf([{
        items: [
          ...header, ...row(125, 'Hold steering group meetings', [0, 1, 2]), ...row(150, 'Refresh the external webpage', [0]),
          ...row(175, 'Create a video series', [1]), ...row(200, 'Widen learning accounts', [2]),
          t(50, 240, 'VISIBILITY', { size: 13, bold: true }), t(50, 260, 'Our aim is to make the work of technicians seen.'),
        ],
      }]),
    );
    const [table] = tables(doc);
    expect(table?.rows[0]?.cells.map((c) => c.text)).toEqual(['Action', 'Visibility', 'Recognition', 'Sustainability']);
    expect(table?.rows.slice(1).map((r) => r.cells.slice(1).map((c) => c.symbols.length))).toEqual([[1, 1, 1], [1, 0, 0], [0, 1, 0], [0, 0, 1]]);
    expect(doc.children.map((n) => n.type)).toEqual(['table', 'heading', 'paragraph']);
  });

  it('leaves text in columns of its own beside the ticks to the alignment reader', async () => {
    const cells = (y: number, no: string, action: string, date: string, cols: number[]) => [t(60, y, no), t(80, y, action), t(200, y, date), ...cols.map((c) => tick(LEFTS[c]!, y))];
    const doc = await parsePdf(
      makeLayoutPdf([{
        items: [
          t(60, 100, 'No.', { bold: true }), t(80, 100, 'Action', { bold: true }), t(200, 100, 'Date', { bold: true }), ...header.slice(1),
          ...cells(125, '1', 'Hold meetings', 'May 2025', [0, 1]), ...cells(150, '2', 'Refresh webpage', 'June 2025', [0]),
          ...cells(175, '3', 'Create videos', 'July 2025', [1, 2]), ...cells(200, '4', 'Widen accounts', 'Year 2', [2]),
        ],
      }]),
    );
    const [table] = tables(doc);
    expect(table?.rows[0]?.cells.map((c) => c.text)).toEqual(['No.', 'Action', 'Date', 'Visibility', 'Recognition', 'Sustainability']);
    expect(table?.rows.slice(1).map((r) => r.cells[2]?.text)).toEqual(['May 2025', 'June 2025', 'July 2025', 'Year 2']);
  });
});
