// Columns of tables drawn without rulings: text edges shared by several rows, a cell running into
// the next column cut at the edge, header words split where the columns under them split.
// Courier is used so that text ends exactly where a test wants it (6 pt a character at 10 pt).
import { describe, expect, it } from 'vitest';
import type { LayoutDocument, TableNode } from '@tc/model';
import { parsePdf } from '../src/index.ts';
import { makeLayoutPdf, type PlacedText } from './make-pdf.ts';

const mono = (x: number, y: number, text: string, bold = false): PlacedText => ({ x, y, text, mono: true, bold });
const tables = (doc: LayoutDocument) => doc.children.filter((n): n is TableNode => n.type === 'table');
const texts = (t: TableNode) => t.rows.map((r) => r.cells.map((c) => c.text));

describe('columns from text edges', () => {
  it('cuts a cell that runs into the next column at the edge the other rows share', async () => {
    const long = 'Hold open days for all technician';
    expect(long.length * 6).toBe(198); // ends at x = 298, 2 pt before the owner column
    const doc = await parsePdf(
      makeLayoutPdf([
        {
          items: [
            mono(60, 100, 'Ref', true), mono(100, 100, 'Action', true), mono(300, 100, 'Owner', true), mono(420, 100, 'Target date', true),
            mono(60, 120, '1'), mono(100, 120, 'Create a web page'), mono(300, 120, 'Comms'), mono(420, 120, 'Dec 2024'),
            mono(60, 138, '2'), mono(100, 138, 'Fund registration'), mono(300, 138, 'HR'), mono(420, 138, 'Ongoing'),
            mono(60, 156, '3'), mono(100, 156, long), mono(300, 156, 'Estates'), mono(420, 156, 'Q1 2025'),
            mono(60, 174, '4'), mono(100, 174, 'Survey staff'), mono(300, 174, 'Research Office'), mono(420, 174, '2025'),
          ],
        },
      ]),
    );
    const [table] = tables(doc);
    expect(texts(table!)).toEqual([
      ['Ref', 'Action', 'Owner', 'Target date'],
      ['1', 'Create a web page', 'Comms', 'Dec 2024'],
      ['2', 'Fund registration', 'HR', 'Ongoing'],
      ['3', long, 'Estates', 'Q1 2025'],
      ['4', 'Survey staff', 'Research Office', '2025'],
    ]);
    expect(table!.headerRows).toBe(1);
  });

  it('splits header words set as one run where the columns under them split, and keeps "Target date" whole', async () => {
    // "Visibility Recognition" is one run: its space falls in the gutter between two tick columns.
    // Row 2 wraps its action over two lines with the tick letter centred between them (pdfkit).
    const tick = (x: number, y: number): PlacedText => ({ x, y, text: '4', dingbats: true });
    const doc = await parsePdf(
      makeLayoutPdf([
        {
          items: [
            mono(60, 100, 'Action', true), mono(200, 100, 'Visibility Recognition', true), mono(360, 100, 'Target date', true),
            mono(60, 120, 'Publish a directory'), tick(226, 120), mono(360, 120, 'May 2025'),
            mono(60, 140, 'Feature technicians'), mono(295, 146, 'x'), mono(360, 140, 'Annually'),
            mono(60, 152, 'in the newsletter'),
            mono(60, 172, 'Film careers'), tick(226, 172), tick(295, 172), mono(360, 172, 'Q2 2026'),
          ],
        },
      ]),
    );
    const [table] = tables(doc);
    expect(texts(table!)[0]).toEqual(['Action', 'Visibility', 'Recognition', 'Target date']);
    expect(table!.rows.map((r) => r.cells[0]!.text)).toEqual(['Action', 'Publish a directory', 'Feature technicians in the newsletter', 'Film careers']);
    const marked = table!.rows.slice(1).map((r) => r.cells.map((c) => c.symbols.length > 0));
    expect(marked).toEqual([
      [false, true, false, false],
      [false, false, true, false],
      [false, true, true, false],
    ]);
    expect(table!.rows[3]!.cells[3]!.text).toBe('Q2 2026');
  });
});
