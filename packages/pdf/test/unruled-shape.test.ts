// What counts as a table without rulings: three columns or a label–value pair over several
// aligned rows. Running text in two or three columns and lists with bullets set apart are not;
// stacked field tables are one table per record, even across a page break; rotated theme labels
// standing on the first row make the header.
import { describe, expect, it } from 'vitest';
import type { LayoutDocument, TableNode } from '@tc/model';
import { parsePdf } from '../src/index.ts';
import { makeLayoutPdf, type PlacedText } from './make-pdf.ts';

const mono = (x: number, y: number, text: string, bold = false): PlacedText => ({ x, y, text, mono: true, bold });
const tables = (doc: LayoutDocument) => doc.children.filter((n): n is TableNode => n.type === 'table');
const texts = (t: TableNode) => t.rows.map((r) => r.cells.map((c) => c.text));

const PROSE = [
  'our technicians keep the labs running',
  'and the plan sets out how we will',
  'support them over the next three years',
  'with training time and a clear career',
  'path from apprentice to senior posts',
  'so that every team can plan its work',
  'and every technician is seen and heard',
  'across the whole of the university',
];

describe('not a table', () => {
  it('running text set in two or in three columns', async () => {
    for (const xs of [[60, 320], [40, 220, 400]]) {
      const width = xs.length === 2 ? 40 : 28;
      const items = xs.flatMap((x) => PROSE.map((line, i) => mono(x, 100 + 12 * i, line.slice(0, width))));
      const doc = await parsePdf(makeLayoutPdf([{ items }]));
      expect(tables(doc)).toHaveLength(0);
    }
  });

  it('a list whose bullets stand apart from their text, with sub-items further in', async () => {
    const items: PlacedText[] = [];
    ['Publish a directory', 'Run a showcase', 'Film careers'].forEach((t, i) => {
      const y = 100 + 48 * i;
      items.push(mono(60, y, '-'), mono(78, y, t));
      items.push(mono(78, y + 12, '-'), mono(96, y + 12, 'Owner: Estates'));
      items.push(mono(78, y + 24, '-'), mono(96, y + 24, 'When: 2025'));
    });
    const doc = await parsePdf(makeLayoutPdf([{ items }]));
    expect(tables(doc)).toHaveLength(0);
    expect(doc.children.map((n) => n.type)).toEqual(['list']);
  });
});

describe('field tables', () => {
  const record = (no: string, title: string, lead: string, top: number, valueX: number): PlacedText[] =>
    [['No.', no], ['Title', title], ['Lead', lead], ['When', 'Ongoing'], ['Theme', 'Visibility']].flatMap(([label, value], i) => [
      mono(60, top + 18 * i, label!, true),
      mono(valueX, top + 18 * i, value!),
    ]);

  it('are one table per record, a record cut by the page break carried on', async () => {
    const first = record('1', 'Publish a directory of staff', 'Research Office', 100, 200);
    const second = record('2', 'Run an annual showcase', 'Director of HR', 720, 206);
    const doc = await parsePdf(
      makeLayoutPdf([
        { items: [...first, ...second.slice(0, 6)] },
        // The rest of record 2 at the top of page 2, record 3 after it (records 30 pt apart).
        { items: [...second.slice(6).map((it) => ({ ...it, y: it.y - 690 })), ...record('3', 'Film technical careers', 'Estates', 132, 196)] },
      ]),
    );
    const found = tables(doc);
    expect(found.map((t) => t.rows.map((r) => r.cells[0]!.text))).toEqual([
      ['No.', 'Title', 'Lead', 'When', 'Theme'],
      ['No.', 'Title', 'Lead', 'When', 'Theme'],
      ['No.', 'Title', 'Lead', 'When', 'Theme'],
    ]);
    expect(found.map((t) => t.rows[1]!.cells[1]!.text)).toEqual(['Publish a directory of staff', 'Run an annual showcase', 'Film technical careers']);
    expect(found.every((t) => t.headerRows === 0)).toBe(true);
  });
});

describe('a table at the foot of a page', () => {
  it('of one row under a bold header carries on under the header repeated on the next page', async () => {
    const header = [mono(60, 0, 'Ref', true), mono(100, 0, 'Action', true), mono(300, 0, 'Lead', true), mono(420, 0, 'When', true)];
    const row = (y: number, ref: string, action: string) => [mono(60, y, ref), mono(100, y, action), mono(300, y, 'Estates'), mono(420, y, '2025')];
    const doc = await parsePdf(
      makeLayoutPdf([
        { items: [mono(60, 700, 'Recognition', true), ...header.map((h) => ({ ...h, y: 760 })), ...row(780, '2.1', 'Launch an award')] },
        { items: [...header.map((h) => ({ ...h, y: 80 })), ...row(100, '2.2', 'Fund fees'), ...row(118, '2.3', 'Thank teams')] },
      ]),
    );
    const found = tables(doc);
    expect(found).toHaveLength(1);
    expect(found[0]!.rows.map((r) => r.cells[0]!.text)).toEqual(['Ref', '2.1', '2.2', '2.3']);
  });
});

describe('rotated theme labels', () => {
  it('standing on the first row make the header, each over the ticks beside its foot', async () => {
    const themes = ['Visibility', 'Recognition', 'Career Development', 'Sustainability'];
    const label = (x: number, text: string): PlacedText => ({ x, y: 200, text, rotate: 90, bold: true });
    const tick = (x: number, y: number): PlacedText => ({ x, y, text: '4', dingbats: true });
    const rows = [[0, 3], [0], [1], [2, 3]];
    const doc = await parsePdf(
      makeLayoutPdf([
        {
          items: [
            { x: 60, y: 90, text: 'Objective', bold: true },
            ...themes.map((t, i) => label(300 + 50 * i, t)),
            ...rows.flatMap((ticks, r) => [
              { x: 60, y: 220 + 16 * r, text: `Action number ${r + 1} of the plan` },
              ...ticks.map((c) => tick(310 + 50 * c, 220 + 16 * r)),
            ]),
          ],
        },
      ]),
    );
    const [table] = tables(doc);
    expect(table!.headerRows).toBe(1);
    expect(texts(table!)[0]).toEqual(['Objective', ...themes]);
    expect(table!.rows.slice(1).map((r) => r.cells.slice(1).flatMap((c, i) => (c.symbols.length > 0 ? [i] : [])))).toEqual(rows);
  });
});

describe('a table cut to one row by the page', () => {
  it('stands on a bold header of five labels or more over a row of two cells, one under its label', async () => {
    // The ref is bold and the action text starts under no label (the header 'Activity' stands over
    // the ref and action columns): only 'Engaged staff' starts exactly under its label.
    const doc = await parsePdf(
      makeLayoutPdf([{
        items: [
          mono(45, 700, 'Activity', true), mono(250, 700, 'Measure', true), mono(350, 700, 'When', true), mono(400, 700, 'Owner', true), mono(450, 700, 'RAG', true), mono(490, 700, 'Notes', true),
          mono(45, 725, 'V1', true), mono(75, 725, 'Raise the profile of'), mono(250, 725, 'Engaged staff'), mono(75, 737, 'technical staff'),
        ],
      }]),
    );
    const [table] = tables(doc);
    expect(table?.rows[0]?.cells.filter((c) => c.text !== '').map((c) => c.text)).toEqual(['Activity', 'Measure', 'When', 'Owner', 'RAG', 'Notes']);
    expect(table?.rows[1]?.cells.map((c) => c.text).filter((t) => t !== '').slice(-1)).toEqual(['Engaged staff']);
  });
});
