import type { Atom, AtomGrid, AtomLine } from './table-atoms.ts';

/** A ref such as 1, 1.2, 3a, V1, CD2c, HU-01, (4) or iv. */
const REF = /^(\(?[A-Za-z]{0,4}[-–]?\d+(\.\d+)*[a-z]?[.):]?|[ivx]{1,4}[.)])$/;
const MARKER = /^\(?([ivxlc]{1,5}|[a-z]|\d{1,3})[.)]$/i;
const MIN_COLUMNS = 3;
/** Edges within this many points are shared. */
const ALIGN_TOLERANCE = 2;
/** Labels in a header wide enough to vouch for a table cut to one row by the page. */
const WIDE_HEADER = 5;
/** Share of a column's cells that must share an edge. */
const ALIGNED_SHARE = 0.6;

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const textOf = (atoms: readonly Atom[]) => atoms.filter((a) => !a.tick).sort((a, b) => a.line - b.line || a.box[0] - b.box[0]).map((a) => a.text).join(' ');

/**
 * The first row is a header row when its first line is labels: bold over a body that is not, or
 * short labels (six words at most, no sentence, no ref in front, no tick).
 */
export function looksLikeHeader(rows: readonly AtomLine[][]): boolean {
  const first = rows[0]?.[0]?.atoms ?? [];
  const text = first.filter((a) => !a.tick);
  if (text.length < 2 || text.length < first.length) return false;
  if (REF.test(text[0]!.text.split(/\s+/)[0] ?? '')) return false;
  const body = rows.slice(1).flat().flatMap((l) => l.atoms.filter((a) => !a.tick));
  if (text.every((a) => a.bold) && body.some((a) => !a.bold)) return true;
  return text.every((a) => words(a.text) <= 6 && !/[.;,]$/.test(a.text));
}

/**
 * A two-column table of labels and values (a field table): short labels with words in the first
 * column, narrower than the values, and values in most rows.
 */
export function isKeyValue(grid: AtomGrid, edges: readonly number[]): boolean {
  if (grid.length < 3) return false;
  const labels = grid.map((cells) => textOf(cells[0]!));
  if (labels.some((l) => l === '' || words(l) > 6 || l.length > 45)) return false;
  // Labels are words ("No.", "Lead(s)"), not list markers ("ii.", "b)") or numbers.
  if (labels.filter((l) => /\p{L}{2}/u.test(l) && !MARKER.test(l)).length < 0.8 * labels.length) return false;
  const labelWidth = Math.max(...grid.flatMap((cells) => cells[0]!.map((a) => a.box[2]))) - edges[0]!;
  if (labelWidth > 0.5 * (edges[2]! - edges[0]!)) return false;
  return grid.filter((cells) => cells[1]!.length > 0).length >= 0.7 * grid.length;
}

/**
 * In a stack of field tables, each record starts where its first label comes round again. The
 * first label is the one with clearly wider gaps above it (tables stand apart), else the repeated
 * one with the widest gaps; a page may begin inside a record, so it is not simply the first row's.
 */
export function recordStarts(grid: AtomGrid): number[] {
  const key = (r: number) => textOf(grid[r]![0]!).toLowerCase();
  const top = (r: number) => Math.min(...grid[r]!.flat().map((a) => a.box[1]));
  const bottom = (r: number) => Math.max(...grid[r]!.flat().map((a) => a.box[3]));
  const gaps = new Map<string, number[]>();
  const all: number[] = [];
  for (let r = 1; r < grid.length; r++) {
    const gap = top(r) - bottom(r - 1);
    all.push(gap);
    const list = gaps.get(key(r)) ?? [];
    list.push(gap);
    gaps.set(key(r), list);
  }
  const typical = [...all].sort((a, b) => a - b)[Math.floor(all.length / 2)] ?? 0;
  let best: string | null = null;
  let widest = -Infinity;
  for (const [k, gs] of gaps) {
    const mean = gs.reduce((a, b) => a + b, 0) / gs.length;
    const apart = mean >= 1.5 * typical + 1;
    const repeated = gs.length + (key(0) === k ? 1 : 0) >= 2;
    const score = mean + (apart ? 1000 : 0);
    if ((apart || repeated) && score > widest + 0.5) [best, widest] = [k, score];
  }
  const starts = [0];
  for (let r = 1; r < grid.length; r++) if (key(r) === best) starts.push(r);
  return starts;
}

/**
 * Checks the shape: at least three columns (or a label–value pair), at least three rows with two
 * or more cells filled, and the cells of most columns sharing a left, right or centre edge —
 * running text and two-column prose fail it.
 */
export function isTable(grid: AtomGrid, edges: readonly number[], header: number, keyValue: boolean): boolean {
  const columns = edges.length - 1;
  if (columns < MIN_COLUMNS && !keyValue) return false;
  // A small table (a row or two at a page's foot or head) stands on its bold header alone.
  const full = grid.filter((cells) => cells.filter((c) => c.length > 0).length >= 2).length;
  if (grid.length - header < 2 || full < 3) return header === 1 && grid.length >= 2 && underBoldHeader(grid);
  let aligned = 0;
  let counted = 0;
  for (let c = 0; c < columns; c++) {
    const firsts = grid.slice(header).flatMap((cells) => {
      const atoms = [...cells[c]!].sort((a, b) => a.line - b.line);
      return atoms[0] ? [atoms[0]] : [];
    });
    if (firsts.length < 2) continue;
    counted++;
    const share = Math.max(shared(firsts.map((a) => a.box[0])), shared(firsts.map((a) => a.box[2])), shared(firsts.map((a) => (a.box[0] + a.box[2]) / 2)));
    if (share >= ALIGNED_SHARE * firsts.length) aligned++;
  }
  return aligned >= 2 && aligned * 2 >= counted && proseColumns(grid.slice(header)) < 2;
}

/**
 * Columns of running text (a page set in two or three columns): every line a row of its own (the
 * lines of a column are evenly spaced, with no gap between rows) and, in two columns or more,
 * lines of four words or more that mostly fill the column's width. A table's cells wrap short and
 * ragged, and its rows stand apart.
 */
function proseColumns(body: AtomGrid): number {
  const lines = (cells: Atom[][]) => new Set(cells.flat().map((a) => a.line)).size;
  if (body.filter((cells) => lines(cells) === 1).length < 0.8 * body.length) return 0;
  let n = 0;
  for (let c = 0; c < (body[0]?.length ?? 0); c++) {
    const atoms = body.flatMap((cells) => cells[c]!.filter((a) => !a.tick));
    if (atoms.length < 6) continue;
    const width = Math.max(...atoms.map((a) => a.box[2])) - Math.min(...atoms.map((a) => a.box[0]));
    const fill = atoms.filter((a) => a.box[2] - a.box[0] >= 0.85 * width).length / atoms.length;
    const wordsPer = atoms.reduce((sum, a) => sum + words(a.text), 0) / atoms.length;
    if (fill >= 0.6 && wordsPer >= 4) n++;
  }
  return n;
}

/**
 * A bold header over a body row whose cells start exactly under their labels, in three columns
 * or more: a table even when only a row or two of it is on this page.
 */
function underBoldHeader(grid: AtomGrid): boolean {
  const [head, ...body] = grid as [Atom[][], ...Atom[][][]];
  if (!head.flat().every((a) => a.tick || a.bold)) return false;
  const first = (atoms: Atom[]) => [...atoms].sort((a, b) => a.line - b.line)[0];
  // A wide header (five labels or more) vouches for a row of two cells or more, one of them under its label.
  const labels = head.filter((atoms) => atoms.length > 0).length;
  return body.some((row) => {
    let under = 0;
    head.forEach((atoms, c) => {
      const h = first(atoms);
      const b = first(row[c]!);
      if (h && b && !b.bold && Math.abs(h.box[0] - b.box[0]) <= ALIGN_TOLERANCE) under++;
    });
    const filled = row.filter((atoms) => atoms.some((a) => !a.tick)).length;
    return under >= MIN_COLUMNS || (labels >= WIDE_HEADER && under >= 1 && filled >= 2);
  });
}

/** The largest number of values within the tolerance of one another. */
function shared(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; j < s.length; j++) {
    while (s[j]! - s[i]! > ALIGN_TOLERANCE) i++;
    best = Math.max(best, j - i + 1);
  }
  return best;
}
