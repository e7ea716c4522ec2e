// Rows cut by a page break in ruled tables: the piece at the foot of a page has its side rulings
// but no bottom one (Chromium), the piece at the top of the next page no top one; both are closed
// and join into one row. A short word starting a cell's line is a word of its own.
import { describe, expect, it } from 'vitest';
import type { LayoutDocument, TableNode } from '@tc/model';
import { parsePdf } from '../src/index.ts';
import { closeOpenEnds, mergeSegments } from '../src/ruled-grid.ts';
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
