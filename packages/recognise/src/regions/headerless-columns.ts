// A table with no header row (rows pasted from a web page or converted from HTML): what each column
// holds is read from its cells — a column of refs, a column of theme names (a spanning theme cell,
// blank below its first row), a column of dates, and the column of action-like text.
import type { TableNode } from '@tc/model';
import { normaliseThemeLabel } from '@tc/themes';
import { actionLikeness } from '../action-likeness.ts';
import type { FieldRole } from '../fields/field-role.ts';
import { isRef } from '../fields/refs.ts';
import { looksLikeDate } from '../fields/value-shapes.ts';
import { ownText, type ColumnMap } from './table-columns.ts';

const share = (values: readonly string[], test: (v: string) => boolean): number =>
  values.length === 0 ? 0 : values.filter(test).length / values.length;

const isThemeName = (text: string): boolean => text.length <= 40 && normaliseThemeLabel(text)?.kind === 'theme';

/** Roles read from the cells of a table without a header, or null where the columns do not read as an action table. */
export function headerlessColumns(table: TableNode): ColumnMap | null {
  const rows = table.rows;
  if (rows.length < 3) return null;
  const width = Math.max(...rows.map((r) => r.cells.length));
  if (width < 2 || width > 8) return null;
  const columns = Array.from({ length: width }, (_, col) => rows.map((r) => ownText(r.cells[col])).filter((t) => t.length > 0));
  const roles: Array<FieldRole | null> = Array.from({ length: width }, () => null);
  // Refs and dates in (nearly) every filled cell of a column that most rows fill.
  columns.forEach((values, col) => {
    if (values.length * 2 < rows.length) return;
    if (!roles.includes('ref') && share(values, isRef) >= 0.8) roles[col] = 'ref';
    else if (!roles.includes('timeframe') && share(values, looksLikeDate) >= 0.8) roles[col] = 'timeframe';
  });
  // Theme names, each heading the rows below it that leave the cell blank.
  columns.forEach((values, col) => {
    if (roles[col] === null && values.length > 0 && share(values, isThemeName) === 1 && rows[0]!.cells[col] && ownText(rows[0]!.cells[col]) !== '') roles[col] = 'theme';
  });
  // The action: the column of longest action-like text.
  let title = -1;
  let best = 0;
  columns.forEach((values, col) => {
    if (roles[col] !== null || values.length * 2 < rows.length) return;
    const words = values.reduce((s, v) => s + v.split(/\s+/).length, 0) / values.length;
    const likeness = values.reduce((s, v) => s + actionLikeness(v), 0) / values.length;
    if (words >= 3 && likeness >= 0.5 && words > best) [title, best] = [col, words];
  });
  if (title < 0) return null;
  roles[title] = 'title';
  // A column beside the action read as nothing else would be guessed at: too little to go on, unless refs or themes anchor the rows.
  if (!roles.includes('ref') && !roles.includes('theme')) return null;
  return { headerRow: -1, headers: Array.from({ length: width }, () => ''), roles, ticks: new Map() };
}
