import { stringify } from 'csv-stringify/sync';

/** A documented column of one of normalise's CSV files. */
export interface Column<Row> {
  name: string;
  description: string;
  value(row: Row): string | number;
}

// Spreadsheets run a cell that starts with one of these as a formula; a leading quote makes it text.
// A value that itself starts with a quote gets one too, so that removing one leading quote from any
// guarded cell always gives the exact value back (a `source` then matches plans/<source>.plan.json).
const FORMULA_START = /^[=+\-@\t\r']/;

/** Guards a cell against formula injection when the CSV is opened in a spreadsheet (reversibly). */
export function guardCell(value: string | number): string | number {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** The CSV text (header row first, `\n` line ends) of the rows, through the given columns. */
export function toCsv<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  return stringify(cells(columns, rows), { header: true, columns: columns.map((c) => c.name), record_delimiter: 'unix' });
}

/** The rows' CSV lines without the header, for pieces made apart and joined under one {@link toCsv} header. */
export function toCsvRows<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  return stringify(cells(columns, rows), { record_delimiter: 'unix' });
}

function cells<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): Array<Array<string | number>> {
  return rows.map((row) => columns.map((column) => guardCell(column.value(row))));
}
