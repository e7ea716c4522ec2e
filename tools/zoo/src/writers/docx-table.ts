// A zoo table as a Word table: header rows that repeat, merged cells, rotated header text, ruled
// or borderless, and ticks in the forms Word documents hold them.
import {
  AlignmentType,
  BorderStyle,
  CheckBox,
  HeightRule,
  Paragraph,
  type ParagraphChild,
  SymbolRun,
  Table,
  TableCell,
  TableRow,
  TextDirection,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { inlineText, type Inline, type TickStyle, type ZooCell, type ZooTable } from '../zoo-doc.ts';
import type { WordNumbering } from './docx-numbering.ts';
import { columnWidths } from './column-widths.ts';
import { tableGrid } from './table-grid.ts';

export function runs(inlines: readonly Inline[], bold = false): TextRun[] {
  return inlines.map((r) =>
    typeof r === 'string'
      ? new TextRun({ text: r, ...(bold ? { bold: true } : {}) })
      : new TextRun({ text: r.text, ...(r.bold || bold ? { bold: true } : {}), ...(r.italic ? { italics: true } : {}) }),
  );
}

export function tickRun(tick: TickStyle): ParagraphChild {
  if (tick === 'wingdings') return new SymbolRun({ char: 'F0FC', symbolfont: 'Wingdings' });
  if (tick === 'checkbox') return new CheckBox({ checked: true });
  return new TextRun(tick);
}

/** Word's width of `text` at the body size, in twips, from average Arial letter widths. */
function twips(text: string, bold: boolean): number {
  let w = 0;
  for (const ch of text) w += /[A-Z]/.test(ch) ? 145 : /[a-z0-9]/.test(ch) ? 112 : /[\s.,;:'|()-]/.test(ch) ? 60 : 125;
  return bold ? w * 1.08 : w;
}

function cellParagraphs(cell: ZooCell, header: boolean, numbering: WordNumbering): Paragraph[] {
  const out = cell.paragraphs.map((p) => new Paragraph({ children: runs(p, header) }));
  if (cell.bullets?.length) {
    const ref = numbering.forList({ kind: 'list', ordered: false, items: [] }, 0);
    for (const b of cell.bullets) out.push(new Paragraph({ numbering: ref, children: [new TextRun(b)] }));
  }
  if (cell.tick) out.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [tickRun(cell.tick)] }));
  // A Word cell always holds at least one paragraph, even when empty.
  return out.length > 0 ? out : [new Paragraph({})];
}

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

export function wordTable(table: ZooTable, pageWidth: number, numbering: WordNumbering): Table {
  const border = table.ruled ? line : none;
  const widths = columnWidths(tableGrid(table), pageWidth, twips, 260).map((w) => Math.floor(w));
  const headerCount = table.header.length;
  const rows = [...table.header, ...table.rows].map((cells, r) => {
    const header = r < headerCount;
    const rotatedLength = Math.max(0, ...cells.filter((c) => c.rotated).map((c) => inlineText(c.paragraphs.flat()).length));
    return new TableRow({
      ...(header ? { tableHeader: true } : {}),
      ...(rotatedLength > 0 ? { height: { value: 200 + rotatedLength * 120, rule: HeightRule.ATLEAST } } : {}),
      children: cells.map(
        (cell) =>
          new TableCell({
            children: cellParagraphs(cell, header, numbering),
            ...(cell.rowSpan && cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
            ...(cell.colSpan && cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
            ...(cell.rotated ? { textDirection: TextDirection.BOTTOM_TO_TOP_LEFT_TO_RIGHT } : {}),
            ...(cell.tick ? { verticalAlign: VerticalAlignTable.CENTER } : {}),
            ...(header && table.ruled ? { shading: { fill: 'D9D9D9' } } : {}),
          }),
      ),
    });
  });
  return new Table({
    width: { size: pageWidth, type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows,
  });
}
