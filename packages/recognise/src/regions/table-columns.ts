import type { TableCellNode, TableNode, ThemeId } from '@tc/model';
import { normaliseThemeLabel } from '@tc/themes';
import { fieldRole, type FieldRole } from '../fields/field-role.ts';
import { isRef } from '../fields/refs.ts';
import { headerlessColumns } from './headerless-columns.ts';

/** What each column of an action table holds. */
export interface ColumnMap {
  /** the header row, or -1 for a table without one (roles read from the cells) */
  headerRow: number;
  headers: string[];
  roles: Array<FieldRole | null>;
  /** column index → the theme whose ticks it holds */
  ticks: Map<number, ThemeId>;
}

/** A cell's own text; the grid copies of a merged cell read as empty. */
export function ownText(cell: TableCellNode | undefined): string {
  if (!cell || cell.mergedFrom) return '';
  return cell.text.trim();
}

/** A cell's text, reading a merged cell's copies as the origin's text. */
export function spannedText(table: TableNode, cell: TableCellNode | undefined): string {
  if (!cell) return '';
  if (!cell.mergedFrom) return cell.text.trim();
  return table.rows[cell.mergedFrom.row]?.cells[cell.mergedFrom.col]?.text.trim() ?? '';
}

function readHeader(cells: readonly string[]): { roles: Array<FieldRole | null>; ticks: Map<number, ThemeId>; score: number } {
  const themeOf = (text: string): ThemeId | null => {
    const label = text.length <= 40 ? normaliseThemeLabel(text) : null;
    return label?.kind === 'theme' ? label.theme : null;
  };
  // Theme names head tick columns; abbreviations (V, R, CD, S) only where a row uses them for at
  // least three different themes, since a lone "S" or "C" could head anything.
  // A header that names the theme field ("Theme(s)", "TC theme") heads a theme column, not ticks.
  const field = cells.map((text) => fieldRole(text) === 'theme');
  const named = cells.map((text, col) => (text.trim().length > 2 && !field[col] ? themeOf(text) : null));
  const abbreviated = cells.map((text, col) => (field[col] ? null : themeOf(text)));
  const useAbbreviations = new Set(abbreviated.filter((t) => t !== null)).size >= 3;
  const ticks = new Map<number, ThemeId>();
  const roles = cells.map((text, col) => {
    const theme = useAbbreviations ? abbreviated[col] : named[col];
    if (theme) {
      ticks.set(col, theme);
      return null;
    }
    return fieldRole(text);
  });
  const known = roles.filter((r) => r !== null).length + ticks.size;
  const usable = roles.includes('title') || ticks.size >= 2;
  return { roles, ticks, score: usable ? known : 0 };
}

/** Header text per column: a blank header cell takes the text above it (a header on two rows). */
function headerTexts(table: TableNode, row: number): string[] {
  return table.rows[row]!.cells.map((cell, col) => {
    const own = cell.mergedFrom && cell.mergedFrom.row === row ? '' : spannedText(table, cell);
    if (own) return own;
    for (let above = row - 1; above >= 0; above--) {
      const text = spannedText(table, table.rows[above]!.cells[col]);
      if (text) return text;
    }
    return '';
  });
}

/**
 * Finds the header row among the first rows of a table by fuzzy header matching, and fixes the two
 * ways plans leave a column unlabelled: a blank header over a column of refs, and a header row
 * printed one cell short, shifted left over the ref column.
 */
export function mapColumns(table: TableNode): ColumnMap | null {
  let best: { row: number; roles: Array<FieldRole | null>; ticks: Map<number, ThemeId>; score: number } | null = null;
  const scan = Math.min(table.rows.length, 6);
  for (let row = 0; row < scan; row++) {
    // One cell merged across the row (a group heading) is not a header, however it reads.
    const origins = table.rows[row]!.cells.filter((c) => c.mergedFrom === null && c.text.trim().length > 0);
    if (origins.length < 2) continue;
    const header = readHeader(headerTexts(table, row));
    if (header.score >= 2 && (!best || header.score > best.score)) best = { row, ...header };
  }
  if (!best) return headerlessColumns(table);
  const width = Math.max(...table.rows.map((r) => r.cells.length));
  const headers = headerTexts(table, best.row).map((text, col) => text || spannedText(table, table.rows[best!.row]!.cells[col]));
  while (headers.length < width) headers.push('');
  let roles = [...best.roles];
  while (roles.length < width) roles.push(null);
  let ticks = best.ticks;

  const data = table.rows.slice(best.row + 1);
  const refShare = (col: number): number => {
    const values = data.map((r) => ownText(r.cells[col])).filter((t) => t.length > 0);
    return values.length === 0 ? 0 : values.filter((v) => isRef(v)).length / values.length;
  };

  // A header merged over several columns ("Objective" over the code and the text): a column of refs
  // under it is the ref column, and the header's meaning goes to the others.
  table.rows[best.row]!.cells.forEach((cell, col) => {
    const origin = cell.mergedFrom;
    if (origin === null || origin.row !== best!.row || roles.includes('ref')) return;
    const span = [origin.col, col];
    const refCol = span.find((c) => refShare(c) >= 0.5);
    if (refCol === undefined) return;
    const meaning = roles[origin.col] ?? null;
    for (const c of span) roles[c] = c === refCol ? 'ref' : meaning;
  });

  if (!roles.includes('ref')) {
    const trailingEmpty = headers.length > 0 && headers[headers.length - 1] === '' && headers[0] !== '';
    if (trailingEmpty && refShare(0) >= 0.5) {
      roles = [
        'ref',
        ...roles.slice(0, -1),
      ];
      ticks = new Map([...ticks].map(([col, theme]) => [col + 1, theme]));
      headers.splice(headers.length - 1, 1);
      headers.unshift('');
    } else {
      const unlabelled = headers.findIndex((h, col) => h === '' && refShare(col) >= 0.5);
      if (unlabelled >= 0) roles[unlabelled] = 'ref';
    }
  }
  // A tick grid whose action column has no header: the unlabelled column with the most text.
  if (!roles.includes('title') && ticks.size >= 2) {
    let longest = -1;
    let length = 0;
    roles.forEach((role, col) => {
      if (role !== null || ticks.has(col) || headers[col] !== '') return;
      const total = data.reduce((sum, r) => sum + ownText(r.cells[col]).length, 0);
      if (total > length) [longest, length] = [col, total];
    });
    if (longest >= 0) roles[longest] = 'title';
  }
  // Two columns read as the action: the second one is its detail.
  const titles = roles.flatMap((r, col) => (r === 'title' ? [col] : []));
  for (const col of titles.slice(1)) roles[col] = 'description';
  return { headerRow: best.row, headers, roles, ticks };
}

const TICK_TEXT = /^(?:y|yes|✓|✔|☑|✅|x|✗|✘|√|•|●|■)$/i;

/** True when a cell carries a tick: a checked symbol, or tick-like text. */
export function isTicked(cell: TableCellNode | undefined): boolean {
  if (!cell) return false;
  if (cell.symbols.some((s) => s.checked)) return true;
  return TICK_TEXT.test(cell.text.trim());
}
