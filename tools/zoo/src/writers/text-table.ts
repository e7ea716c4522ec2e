// A table in plain text, in each of the shapes text copies of tables take.
import { inlineText, type ZooTable } from '../zoo-doc.ts';
import { slotLine, tableGrid, type TableGrid } from './table-grid.ts';
import { tickChar } from './tick-text.ts';

/** Past this width a 'pipes-broken' cell wraps onto continuation lines. */
const BROKEN_WIDTH = 30;
/** The gap between columns of a 'spaces' table. */
const GAP = '   ';

const pipeCell = (text: string): string => text.replace(/\|/g, '\\|');

function lines(grid: TableGrid): string[][] {
  return grid.slots.map((row) => row.map((slot) => slotLine(slot, tickChar)));
}

const pipeRow = (cells: readonly string[]): string => `| ${cells.map(pipeCell).join(' | ')} |`;

/**
 * Splits `text` into lines of at most `width` characters at spaces, keeping the spacing between
 * words on a line (a wide gap after a ref stays wide); a longer word is cut (`cutLong`, as a table
 * cell must) or left whole on its own line (as an editor's wrap does).
 */
export function wrapWords(text: string, width: number, cutLong = true): string[] {
  const out: string[] = [];
  let line = '';
  for (const token of text.match(/\s*\S+\s*/g) ?? []) {
    let t = line ? token : token.trimStart();
    while (cutLong && t.trim().length > width) {
      if (line.trim()) out.push(line.trimEnd());
      out.push(t.trim().slice(0, width));
      t = t.trim().slice(width) + /\s*$/.exec(t)![0];
      line = '';
    }
    if ((line + t).trimEnd().length <= width || !line.trim()) line += t;
    else {
      out.push(line.trimEnd());
      line = t.trimStart();
    }
  }
  if (line.trim() || out.length === 0) out.push(line.trimEnd());
  return out;
}

function brokenPipes(grid: TableGrid): string[] {
  const text = lines(grid);
  // A column is as wide as its longest cell up to BROKEN_WIDTH, and never narrower than its
  // longest word: text converters wrap cells at spaces, not inside words.
  const widths = Array.from({ length: grid.columns }, (_, c) => {
    const cells = text.map((row) => pipeCell(row[c]!));
    const longestWord = Math.max(...cells.flatMap((t) => t.split(/\s+/).map((w) => w.length)));
    return Math.max(3, longestWord, Math.min(BROKEN_WIDTH, Math.max(...cells.map((t) => t.length))));
  });
  const out: string[] = [];
  text.forEach((row, r) => {
    const pieces = row.map((t, c) => wrapWords(pipeCell(t), widths[c]!));
    const height = Math.max(...pieces.map((p) => p.length));
    for (let k = 0; k < height; k++) out.push(`| ${pieces.map((p, c) => (p[k] ?? '').padEnd(widths[c]!)).join(' | ')} |`);
    if (r === grid.headerRows - 1) out.push(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  });
  return out;
}

function spaced(grid: TableGrid): string[] {
  const text = lines(grid);
  const widths = Array.from({ length: grid.columns }, (_, c) => Math.max(...text.map((row) => row[c]!.length)));
  return text.map((row) => row.map((t, c) => (c === row.length - 1 ? t : t.padEnd(widths[c]!))).join(GAP).trimEnd());
}

/** Every cell its own paragraph, the column labels first, as the web text of a table reads. */
function flattened(table: ZooTable): string[][] {
  const out: string[][] = [];
  const grid = tableGrid(table);
  for (const row of grid.slots) {
    for (const slot of row) {
      if (!slot?.origin) continue;
      const { cell } = slot;
      const paragraphs = cell.paragraphs.map((p) => inlineText(p)).filter((t) => t.length > 0);
      for (const p of paragraphs) out.push([p]);
      if (cell.bullets?.length) out.push(cell.bullets.map((b) => `• ${b}`));
      if (cell.tick) out.push([tickChar(cell.tick)]);
    }
  }
  return out;
}

/** The table as blocks of lines (one block, except 'flattened', which gives one per cell paragraph). */
export function textTable(table: ZooTable): string[][] {
  const grid = tableGrid(table);
  const text = lines(grid);
  switch (table.textStyle) {
    case 'tabs':
      return [text.map((row) => row.join('\t'))];
    case 'pipes': {
      const out = text.map(pipeRow);
      const at = Math.max(1, grid.headerRows);
      out.splice(at, 0, `|${Array.from({ length: grid.columns }, () => ' --- ').join('|')}|`);
      return [out];
    }
    case 'pipes-no-delimiter':
      return [text.map(pipeRow)];
    case 'pipes-broken':
      return [brokenPipes(grid)];
    case 'spaces':
      return [spaced(grid)];
    case 'flattened':
      return flattened(table);
  }
}
