// Prints numbered actions into the columns of an action table and records, per row, exactly what
// was printed as gold: a field is gold only when its column exists and the cell is not left blank.
import type { GoldAction } from '../gold.ts';
import type { Inline, ZooCell } from '../zoo-doc.ts';
import type { NumberedAction } from './table-numbering.ts';
import { goldThemes, wordThemes, type ThemeWording } from './table-theme-wording.ts';

export type ColumnKey = 'ref' | 'action' | 'description' | 'lead' | 'timescale' | 'measure' | 'status' | 'themes';

export interface Column {
  key: ColumnKey;
  label: string;
}

export interface PrintOptions {
  themeWording: ThemeWording;
  /** Between several owners in one cell; '\n' puts each owner in its own paragraph. */
  ownerSeparator: string;
  /** The action cell holds the description as a second paragraph. */
  descriptionInActionCell?: boolean;
  /** The title is bold in the action cell (when the description follows it). */
  boldTitle?: boolean;
  /** The printed ref leads the action cell ("1.1 Publish …"), for tables without a ref column. */
  refInActionCell?: boolean;
}

export interface PrintedRow {
  /** Paragraphs of each cell, in column order (empty: a blank cell). */
  cells: Inline[][][];
  gold: GoldAction;
}

const para = (text: string): Inline[][] => (text === '' ? [] : [[text]]);

function actionCell(entry: NumberedAction, options: PrintOptions): Inline[][] {
  const lead = options.refInActionCell && entry.printed !== '' ? `${entry.printed} ` : '';
  const title: Inline = options.boldTitle && options.descriptionInActionCell ? { text: entry.action.title, bold: true } : entry.action.title;
  const first: Inline[] = lead === '' ? [title] : [lead, title];
  return options.descriptionInActionCell ? [first, [entry.action.description]] : [first];
}

function cellFor(entry: NumberedAction, key: ColumnKey, options: PrintOptions): Inline[][] {
  const a = entry.action;
  switch (key) {
    case 'ref': return para(entry.printed);
    case 'action': return actionCell(entry, options);
    case 'description': return para(a.description);
    case 'lead': return options.ownerSeparator === '\n' ? a.owners.map((o) => [o]) : para(a.owners.join(options.ownerSeparator));
    case 'timescale': return para(a.timeframe);
    case 'measure': return para(a.measure);
    case 'status': return para(a.status ?? '');
    case 'themes': return para(wordThemes(a.themes, options.themeWording));
  }
}

/** One row of cells and its gold; `blank` columns are printed empty (their fields then not gold). */
export function printRow(entry: NumberedAction, columns: readonly ColumnKey[], options: PrintOptions, blank: ReadonlySet<ColumnKey> = new Set()): PrintedRow {
  const shown = (k: ColumnKey): boolean => columns.includes(k) && !blank.has(k);
  const a = entry.action;
  const cells = columns.map((k) => (blank.has(k) ? [] : cellFor(entry, k, options)));
  const refShown = shown('ref') || (options.refInActionCell === true && shown('action'));
  const other = [
    shown('description') || (options.descriptionInActionCell && shown('action')) ? a.description : null,
    shown('measure') ? a.measure : null,
    shown('status') ? a.status : null,
  ].filter((s): s is string => s !== null && s !== '');
  return {
    cells,
    gold: {
      ref: refShown ? entry.ref : null,
      title: a.title,
      description: other.length > 0 ? other.join(' ') : null,
      // Without a theme column, a theme-code ref still states its theme (V1 → Visibility).
      themes: shown('themes') ? goldThemes(a.themes) : refShown && entry.codeTheme ? [entry.codeTheme] : null,
      timeframe: shown('timescale') ? a.timeframe : null,
      owners: shown('lead') ? [...a.owners] : null,
      parentRef: refShown ? entry.parentRef : null,
    },
  };
}

export const headerCell = (label: string, extra: Partial<ZooCell> = {}): ZooCell => ({ paragraphs: label === '' ? [] : [[label]], ...extra });
export const bodyCell = (paragraphs: Inline[][], extra: Partial<ZooCell> = {}): ZooCell => ({ paragraphs, ...extra });
