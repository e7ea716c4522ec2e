// A zoo table drawn with pdfkit at fixed column widths: rulings or none, merged cells, rotated
// header labels, header rows repeated after a page break.
import { inlineText, type ZooCell, type ZooTable } from '../zoo-doc.ts';
import { BODY_SIZE, type PdfkitPage } from './pdfkit-kit.ts';
import { columnWidths } from './column-widths.ts';
import { tableGrid, type GridSlot } from './table-grid.ts';

const PAD = 3;

function cellText(cell: ZooCell): string {
  const lines = cell.paragraphs.map((p) => inlineText(p));
  for (const b of cell.bullets ?? []) lines.push(`• ${b}`);
  return lines.join('\n');
}

/** Rows that merged cells tie together, which must stay on one page: [first, last] pairs. */
function bands(slots: Array<Array<GridSlot | null>>, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let r = from;
  while (r < to) {
    let end = r;
    for (let k = r; k <= end; k++) {
      for (const slot of slots[k]!) if (slot?.origin) end = Math.max(end, Math.min(to - 1, k + (slot.cell.rowSpan ?? 1) - 1));
    }
    out.push([r, end]);
    r = end + 1;
  }
  return out;
}

/** pdfkit can draw every table whose merged cells stay inside the header or inside the body. */
export function pdfkitTableSupported(table: ZooTable): boolean {
  const grid = tableGrid(table);
  return bands(grid.slots, 0, grid.slots.length).every(([a, b]) => b < grid.headerRows || a >= grid.headerRows);
}

export function drawTable(page: PdfkitPage, table: ZooTable): void {
  const { doc } = page;
  const grid = tableGrid(table);
  const measure = (text: string, bold: boolean): number => doc.font(bold ? 'bold' : 'body').fontSize(BODY_SIZE).widthOfString(text);
  const widths = columnWidths(grid, page.right - page.left, measure, 2 * PAD + 1);
  const x0 = page.left;
  const colX = (c: number): number => x0 + widths.slice(0, c).reduce((a, b) => a + b, 0);
  const spanWidth = (c: number, n: number): number => widths.slice(c, c + n).reduce((a, b) => a + b, 0);

  // Row heights from the cells that sit in one row; a merged cell taller than its rows stretches the last.
  doc.fontSize(BODY_SIZE);
  const heights = grid.slots.map(() => BODY_SIZE * 1.2 + 2 * PAD);
  const needed = (slot: GridSlot, r: number, c: number): number => {
    const text = cellText(slot.cell);
    doc.font(r < grid.headerRows ? 'bold' : 'body');
    if (slot.cell.rotated) return doc.widthOfString(text) + 3 * PAD;
    const h = text ? doc.heightOfString(text, { width: spanWidth(c, slot.cell.colSpan ?? 1) - 2 * PAD }) : 0;
    return h + 2 * PAD + (slot.cell.tick && text ? BODY_SIZE * 1.3 : 0);
  };
  grid.slots.forEach((row, r) => row.forEach((slot, c) => {
    if (slot?.origin && (slot.cell.rowSpan ?? 1) === 1) heights[r] = Math.max(heights[r]!, needed(slot, r, c));
  }));
  grid.slots.forEach((row, r) => row.forEach((slot, c) => {
    const span = slot?.origin ? Math.min(slot.cell.rowSpan ?? 1, grid.slots.length - r) : 1;
    if (!slot || span === 1) return;
    const have = heights.slice(r, r + span).reduce((a, b) => a + b, 0);
    const want = needed(slot, r, c);
    if (want > have) heights[r + span - 1]! += want - have;
  }));

  const drawRows = (first: number, last: number, y: number): number => {
    for (let r = first; r <= last; r++) {
      const header = r < grid.headerRows;
      grid.slots[r]!.forEach((slot, c) => {
        if (!slot?.origin) return;
        const w = spanWidth(c, slot.cell.colSpan ?? 1);
        const h = heights.slice(r, r + (slot.cell.rowSpan ?? 1)).reduce((a, b) => a + b, 0);
        const x = colX(c);
        if (table.ruled) {
          if (header) doc.rect(x, y, w, h).fillAndStroke('#d9d9d9', '#000000');
          else doc.rect(x, y, w, h).lineWidth(0.6).stroke('#000000');
          doc.fillColor('#000000');
        }
        const text = cellText(slot.cell);
        doc.font(header ? 'bold' : 'body').fontSize(BODY_SIZE);
        if (text && slot.cell.rotated) {
          doc.save().rotate(-90, { origin: [x + w / 2, y + h - PAD] });
          doc.text(text, x + w / 2, y + h - PAD - BODY_SIZE * 0.6, { lineBreak: false });
          doc.restore();
        } else if (text) doc.text(text, x + PAD, y + PAD, { width: w - 2 * PAD });
        if (slot.cell.tick) page.tick(slot.cell.tick, x, text ? y + h - BODY_SIZE * 1.3 - PAD : y, w, text ? BODY_SIZE * 1.3 : h);
      });
      y += heights[r]!;
    }
    return y;
  };

  let y = doc.y;
  const headerBands = grid.headerRows > 0 ? [[0, grid.headerRows - 1] as [number, number]] : [];
  const headerHeight = heights.slice(0, grid.headerRows).reduce((a, b) => a + b, 0);
  for (const [a, b] of headerBands) y = drawRows(a, b, y);
  for (const [a, b] of bands(grid.slots, grid.headerRows, grid.slots.length)) {
    const h = heights.slice(a, b + 1).reduce((s, v) => s + v, 0);
    if (y + h > page.bottom && y > page.top + headerHeight + 1) {
      page.newPage();
      y = page.top;
      for (const [ha, hb] of headerBands) y = drawRows(ha, hb, y);
    }
    y = drawRows(a, b, y);
  }
  doc.x = page.left;
  doc.y = y + BODY_SIZE;
}
