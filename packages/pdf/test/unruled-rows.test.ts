// Rows of tables drawn without rulings: lines inside a cell carry on at the cell's line pitch,
// a new row starts where several cells start together or where the first column starts; a
// paragraph gap inside one cell starts nothing; a cell carrying on past a row start is merged.
import { describe, expect, it } from 'vitest';
import type { LayoutDocument, TableNode } from '@tc/model';
import { parsePdf } from '../src/index.ts';
import { makeLayoutPdf, type PlacedText } from './make-pdf.ts';

const mono = (x: number, y: number, text: string, bold = false): PlacedText => ({ x, y, text, mono: true, bold });
const tables = (doc: LayoutDocument) => doc.children.filter((n): n is TableNode => n.type === 'table');

describe('rows of a table without rulings', () => {
  it('keeps wrapped lines and a second paragraph in their cell, and starts rows at the first column', async () => {
    // Lines inside a cell are 12 pt apart; rows and the cell's second paragraph both 18 pt.
    const doc = await parsePdf(
      makeLayoutPdf([
        {
          items: [
            mono(60, 100, 'No.', true), mono(100, 100, 'Action', true), mono(300, 100, 'Lead', true), mono(400, 100, 'When', true),
            mono(60, 120, '1.'), mono(100, 120, 'Map where technical'), mono(300, 120, 'Facilities'), mono(400, 120, '2025'),
            mono(100, 132, 'staff work'), mono(300, 132, 'Office'),
            mono(100, 150, 'A survey of posts,'),
            mono(100, 162, 'kept up to date.'),
            mono(60, 180, '2.'), mono(100, 180, 'Invite staff'), mono(300, 180, 'HR'), mono(400, 180, 'Ongoing'),
            mono(60, 198, '3.'), mono(100, 198, 'Thank teams'), mono(300, 198, 'Comms'), mono(400, 198, 'Annually'),
          ],
        },
      ]),
    );
    const [table] = tables(doc);
    expect(table!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['No.', 'Action', 'Lead', 'When'],
      ['1.', 'Map where technical staff work\nA survey of posts, kept up to date.', 'Facilities Office', '2025'],
      ['2.', 'Invite staff', 'HR', 'Ongoing'],
      ['3.', 'Thank teams', 'Comms', 'Annually'],
    ]);
  });

  it('reads a theme cell carrying on beside several rows as one merged cell', async () => {
    const doc = await parsePdf(
      makeLayoutPdf([
        {
          items: [
            mono(60, 100, 'Theme', true), mono(160, 100, 'Code', true), mono(220, 100, 'Action', true), mono(420, 100, 'When', true),
            mono(60, 120, 'Visibility'), mono(160, 120, 'V1'), mono(220, 120, 'Publish a directory'), mono(420, 120, '2025'),
            mono(60, 132, 'Make technicians'), mono(220, 132, 'of staff'),
            mono(60, 144, 'known across'),
            mono(60, 156, 'the institution.'), mono(160, 156, 'V2'), mono(220, 156, 'Run a showcase'), mono(420, 156, '2026'),
            mono(160, 174, 'V3'), mono(220, 174, 'Film careers'), mono(420, 174, '2027'),
            mono(60, 192, 'Recognition'), mono(160, 192, 'R1'), mono(220, 192, 'Fund fees'), mono(420, 192, '2025'),
            mono(160, 210, 'R2'), mono(220, 210, 'Thank teams'), mono(420, 210, '2026'),
          ],
        },
      ]),
    );
    const [table] = tables(doc);
    const themes = table!.rows.map((r) => r.cells[0]!);
    expect(table!.rows.map((r) => r.cells[1]!.text)).toEqual(['Code', 'V1', 'V2', 'V3', 'R1', 'R2']);
    expect(themes[1]).toMatchObject({ text: 'Visibility Make technicians known across the institution.', rowSpan: 3, mergedFrom: null });
    expect(themes.slice(2, 4).map((c) => c.mergedFrom)).toEqual([{ row: 1, col: 0 }, { row: 1, col: 0 }]);
    expect(themes[4]).toMatchObject({ text: 'Recognition', mergedFrom: null });
    expect(table!.rows[1]!.cells[2]!.text).toBe('Publish a directory of staff');
  });

  it('does not start a row at a first-column paragraph set beside a cell still wrapping', async () => {
    // The theme's description starts on its own baseline (a paragraph gap after "Visibility")
    // while the date cell of the same row is still running on: the row goes on.
    const doc = await parsePdf(
      makeLayoutPdf([
        {
          items: [
            mono(60, 100, 'Theme', true), mono(160, 100, 'Code', true), mono(220, 100, 'Action', true), mono(420, 100, 'When', true),
            mono(60, 120, 'Visibility'), mono(160, 120, 'V1'), mono(220, 120, 'Publish a directory'), mono(420, 120, 'By'),
            mono(220, 132, 'of staff'), mono(420, 132, 'December'),
            mono(60, 136, 'Ensure that all'),
            mono(420, 144, '2025'),
            mono(60, 148, 'technicians are'),
            mono(60, 160, 'visible.'),
            mono(60, 178, 'Recognition'), mono(160, 178, 'R1'), mono(220, 178, 'Fund fees'), mono(420, 178, '2026'),
            mono(160, 196, 'R2'), mono(220, 196, 'Thank teams'), mono(420, 196, '2027'),
          ],
        },
      ]),
    );
    const [table] = tables(doc);
    expect(table!.rows.map((r) => r.cells[1]!.text)).toEqual(['Code', 'V1', 'R1', 'R2']);
    expect(table!.rows[1]!.cells[0]!.text).toBe('Visibility\nEnsure that all technicians are visible.');
    expect(table!.rows[1]!.cells[3]!.text).toBe('By December 2025');
  });

  it('rejoins a row cut by the page break and printed under the repeated bold header', async () => {
    const header = (y: number) => [mono(60, y, 'Ref', true), mono(100, y, 'Action', true), mono(300, y, 'Lead', true), mono(420, y, 'When', true)];
    const doc = await parsePdf(
      makeLayoutPdf([
        {
          items: [
            ...header(700),
            mono(60, 720, 'A1'), mono(100, 720, 'Create a web page'), mono(300, 720, 'Comms'), mono(420, 720, '2025'),
            mono(60, 738, 'A2'), mono(100, 738, 'Hold open days for'), mono(300, 738, 'Estates'), mono(420, 738, '2026'),
            mono(100, 750, 'all technical'),
          ],
        },
        {
          items: [
            ...header(80),
            mono(100, 98, 'staff each year'),
            mono(60, 116, 'A3'), mono(100, 116, 'Survey staff'), mono(300, 116, 'HR'), mono(420, 116, '2027'),
          ],
        },
      ]),
    );
    expect(tables(doc)).toHaveLength(1);
    const rows = tables(doc)[0]!.rows;
    expect(rows.map((r) => r.cells[1]!.text)).toEqual(['Action', 'Create a web page', 'Hold open days for all technical staff each year', 'Survey staff']);
    expect(rows[2]!.continued).toBe(true);
    expect(doc.furniture.map((f) => f.role)).toEqual(['repeated']);
  });

  it('joins a word too long for a narrow column, not a word wrapped before a short one', async () => {
    // The column is as wide as its longest line; "qualification" fills it, "applications" nearly.
    const doc = await parsePdf(
      makeLayoutPdf([
        {
          items: [
            mono(60, 100, 'No.', true), mono(100, 100, 'Objective', true), mono(200, 100, 'Owner', true), mono(300, 100, 'When', true),
            mono(60, 120, '1.'), mono(100, 120, 'Open'), mono(200, 120, 'Estates'), mono(300, 120, '2025'),
            mono(100, 132, 'teaching'),
            mono(100, 144, 'qualification'),
            mono(100, 156, 's to staff'),
            mono(60, 174, '2.'), mono(100, 174, 'Support'), mono(200, 174, 'HR'), mono(300, 174, '2026'),
            mono(100, 186, 'applications'),
            mono(100, 198, 'for posts'),
            mono(60, 216, '3.'), mono(100, 216, 'Thank teams'), mono(200, 216, 'Comms'), mono(300, 216, '2027'),
          ],
        },
      ]),
    );
    expect(tables(doc)[0]!.rows.map((r) => r.cells[1]!.text)).toEqual([
      'Objective',
      'Open teaching qualifications to staff',
      'Support applications for posts',
      'Thank teams',
    ]);
  });

  it('gives single-line rows one row each when all lines are equally far apart', async () => {
    const doc = await parsePdf(
      makeLayoutPdf([
        {
          items: [
            mono(60, 100, 'Ref', true), mono(100, 100, 'Action', true), mono(300, 100, 'Lead', true),
            ...['Create a web page', 'Fund registration', 'Hold open days', 'Survey staff'].flatMap((t, i) => [
              mono(60, 114 + 14 * i, `A${i + 1}`),
              mono(100, 114 + 14 * i, t),
              mono(300, 114 + 14 * i, 'HR'),
            ]),
          ],
        },
      ]),
    );
    expect(tables(doc)[0]!.rows.map((r) => r.cells[0]!.text)).toEqual(['Ref', 'A1', 'A2', 'A3', 'A4']);
  });
});

describe('the end of a table without rulings', () => {
  it('comes before a lone line starting left of every line of the table (the text after it)', async () => {
    // Cells keep 5 pt of padding from the table edge at 55; the paragraph below starts at 50.
    const doc = await parsePdf(
      makeLayoutPdf([{
        items: [
          mono(55, 100, 'Ref', true), mono(100, 100, 'Action', true), mono(300, 100, 'When', true),
          mono(55, 120, 'V1'), mono(100, 120, 'Publish profiles'), mono(300, 120, 'Year 1'),
          mono(55, 140, 'V2'), mono(100, 140, 'Hold a showcase'), mono(300, 140, 'Year 2'),
          mono(55, 160, 'V3'), mono(100, 160, 'Review pathways'), mono(300, 160, 'Year 3'),
          mono(50, 182, 'Overarching actions:', true),
        ],
      }]),
    );
    const [table] = tables(doc);
    expect(table?.rows.map((r) => r.cells[0]?.text)).toEqual(['Ref', 'V1', 'V2', 'V3']);
    expect(doc.children.map((n) => n.type)).toEqual(['table', 'paragraph']);
  });
});

describe('labels across a table without rulings', () => {
  it('keep the ref and action columns apart and span the columns they run over', async () => {
    // Refs at 55, actions at 100: the label 'Sustainability workstream' and the header 'Activity' (over both)
    // run across the gutter between them.
    const doc = await parsePdf(
      makeLayoutPdf([{
        items: [
          mono(55, 100, 'Activity', true), mono(250, 100, 'Measure', true), mono(350, 100, 'When', true),
          mono(55, 120, 'Sustainability workstream', true),
          mono(55, 140, 'V1'), mono(100, 140, 'Raise the profile'), mono(250, 140, 'Profiles up'),
          mono(100, 160, 'V1a. Hold events'), mono(250, 160, 'More events'), mono(350, 160, 'P1'),
          mono(100, 180, 'V1b. Publish cases'), mono(250, 180, 'Cases read'), mono(350, 180, 'P2'),
          mono(55, 200, 'V2'), mono(100, 200, 'Annual conference'), mono(250, 200, 'Held yearly'), mono(350, 200, 'P1-3'),
          mono(55, 220, 'V3'), mono(100, 220, 'Communications'),
          // A ref broken in its narrow column: the column's measure is its own text, not the header over two columns.
          mono(55, 240, 'CD'), mono(55, 252, '1'), mono(100, 240, 'Career resources'), mono(100, 252, 'and pathways'),
        ],
      }]),
    );
    const [table] = tables(doc);
    expect(table?.rows.map((r) => r.cells.slice(0, 2).map((c) => (c.mergedFrom ? '^' : c.text)))).toEqual([
      ['Activity', '^'],
      ['Sustainability workstream', '^'],
      ['V1', 'Raise the profile'],
      ['', 'V1a. Hold events'],
      ['', 'V1b. Publish cases'],
      ['V2', 'Annual conference'],
      ['V3', 'Communications'],
      ['CD1', 'Career resources and pathways'],
    ]);
    expect(table?.rows[0]?.cells[0]?.colSpan).toBe(2);
  });
});
