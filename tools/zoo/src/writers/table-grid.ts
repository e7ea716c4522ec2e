// A table's cells placed on its column grid, with row and column spans resolved. Covered positions
// are left out of the rows that follow a rowSpan cell, as in HTML (and the docx package).
import { inlineText, type ZooCell, type ZooTable, type TickStyle } from '../zoo-doc.ts';

export interface GridSlot {
  cell: ZooCell;
  /** True at the top-left position of the cell; false where a span covers the position. */
  origin: boolean;
}

export interface TableGrid {
  /** Header rows first, then body rows; null where no cell is. */
  slots: Array<Array<GridSlot | null>>;
  headerRows: number;
  columns: number;
}

export function tableGrid(table: ZooTable): TableGrid {
  const all = [...table.header, ...table.rows];
  const slots: Array<Array<GridSlot | null>> = all.map(() => []);
  all.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (slots[r]![c]) c++;
      const rs = Math.max(1, cell.rowSpan ?? 1);
      const cs = Math.max(1, cell.colSpan ?? 1);
      for (let dr = 0; dr < rs && r + dr < all.length; dr++) {
        for (let dc = 0; dc < cs; dc++) slots[r + dr]![c + dc] = { cell, origin: dr === 0 && dc === 0 };
      }
      c += cs;
    }
  });
  const columns = Math.max(0, ...slots.map((row) => row.length));
  for (const row of slots) for (let c = 0; c < columns; c++) row[c] ??= null;
  return { slots, headerRows: table.header.length, columns };
}

/** The cell's text on one line: paragraphs, then bullets as "• x", then the tick. */
export function cellLine(cell: ZooCell, tick: (t: TickStyle) => string, bullet = '• '): string {
  const parts = cell.paragraphs.map((p) => inlineText(p)).filter((t) => t.length > 0);
  for (const b of cell.bullets ?? []) parts.push(`${bullet}${b}`);
  if (cell.tick) parts.push(tick(cell.tick));
  return parts.join(' ');
}

/** The text a row position prints: the cell's text at its origin, nothing where a span covers it. */
export function slotLine(slot: GridSlot | null, tick: (t: TickStyle) => string): string {
  return slot?.origin ? cellLine(slot.cell, tick) : '';
}
