import type { Atom, AtomLine } from './table-atoms.ts';

/** A gap wider than this many em between lines ends a table (Tabula: 2.5 × the row spacing). */
const END_GAP_EM = 2.5;
/** Lines whose size differs by more than this share are not one table's text (a heading between tables). */
const SIZE_CHANGE = 0.08;
/** Points a lone line may start left of the lines above and still be a table's line. */
const OUTDENT = 2;

/**
 * Stretches of lines that may be a table without rulings: each starts at a line of two or more
 * atoms and takes the lines below while they stay close, keep the size, and do not run across
 * the columns of the first line or of the last line with several atoms (running text does). A
 * repeat of a first line of three atoms or more starts a new stretch (a header repeated over the
 * next table). Only
 * stretches with at least two lines of several atoms are returned.
 */
export function tableRegions(lines: readonly AtomLine[]): AtomLine[][] {
  const regions: AtomLine[][] = [];
  let current: AtomLine[] = [];
  let first: AtomLine | null = null;
  let lastMulti: AtomLine | null = null;
  let bottom = -Infinity;
  let left = Infinity;
  let size = 0;
  const close = () => {
    if (current.filter((l) => l.atoms.length >= 2).length >= 2) regions.push(current);
    current = [];
    first = null;
  };
  const open = (line: AtomLine) => {
    current = [line];
    first = lastMulti = line;
    bottom = line.box[3];
    left = line.box[0];
    size = line.size;
  };
  for (const line of lines) {
    const multi = line.atoms.length >= 2;
    if (first) {
      const tickOnly = line.atoms.every((a) => a.runs.length === 0);
      const fits =
        line.box[1] - bottom <= END_GAP_EM * size &&
        (tickOnly || wrappedMarker(line, size) || Math.abs(line.size / size - 1) <= SIZE_CHANGE) &&
        line.box[0] >= left - size &&
        // A lone line starting left of every line above is the text after the table: cells keep
        // their padding from the table's edge, a paragraph below starts at the edge itself.
        (multi || line.box[0] >= left - OUTDENT) &&
        !(line.atoms.length >= 3 && sameText(line, first)) &&
        (multi || !(crosses(line.atoms[0]!, first) || crosses(line.atoms[0]!, lastMulti!)));
      if (fits) {
        current.push(line);
        bottom = Math.max(bottom, line.box[3]);
        left = Math.min(left, line.box[0]);
        if (multi) lastMulti = line;
        continue;
      }
      close();
    }
    if (multi) open(line);
  }
  close();
  return regions;
}

/**
 * A footnote marker wrapped onto a line of its own inside a cell ("… on proposals ¹" / "²"): small
 * digits only. It is part of the cell above, not a change of size that ends the table.
 */
function wrappedMarker(line: AtomLine, size: number): boolean {
  return line.size < 0.85 * size && line.atoms.every((a) => a.runs.length > 0 && MARKER.test(a.text));
}

const MARKER = /^[\d\u00b9\u00b2\u00b3\u2070-\u2079\s[\]]{1,8}$/u;

/** Left edges within this many points are one text edge; one shared by this many lines is a column's. */
const EDGE_TOLERANCE = 2.5;
const EDGE_LINES = 3;

/**
 * The stretch without the text after the table that stayed close enough to join it (a footnote
 * list under the last row): a cell's line starts inside its column and never runs over the left
 * edge of the next one, so a line of one atom after the last line of several that starts at no
 * left edge shared by three lines and runs over one is not the table's, nor is anything below it.
 * A label across the table starts at the table's own edge and is kept.
 */
export function withoutStrayTail(region: readonly AtomLine[]): AtomLine[] {
  let lastMulti = -1;
  region.forEach((l, i) => {
    if (l.atoms.length >= 2) lastMulti = i;
  });
  if (lastMulti === -1 || lastMulti === region.length - 1) return [...region];
  const edges = sharedLeftEdges(region);
  const onEdge = (x: number) => edges.some((e) => Math.abs(e - x) <= EDGE_TOLERANCE);
  for (let i = lastMulti + 1; i < region.length; i++) {
    const a = region[i]!.atoms[0]!;
    if (a.runs.length === 0 || onEdge(a.box[0])) continue;
    if (edges.some((e) => a.box[0] < e - EDGE_TOLERANCE && a.box[2] > e + EDGE_TOLERANCE)) return region.slice(0, i);
  }
  return [...region];
}

function sharedLeftEdges(lines: readonly AtomLine[]): number[] {
  const starts = lines.flatMap((l) => l.atoms.filter((a) => !a.tick).map((a) => ({ x: a.box[0], line: l.index }))).sort((a, b) => a.x - b.x);
  const edges: number[] = [];
  for (let i = 0; i < starts.length; ) {
    const x = starts[i]!.x;
    const on = new Set<number>();
    let j = i;
    while (j < starts.length && starts[j]!.x - x <= EDGE_TOLERANCE) on.add(starts[j++]!.line);
    if (on.size >= EDGE_LINES) edges.push(x);
    i = j;
  }
  return edges;
}

function sameText(a: AtomLine, b: AtomLine): boolean {
  const key = (l: AtomLine) => l.atoms.map((x) => x.text.toLowerCase()).join('\u0001');
  return key(a) === key(b);
}

/** True when the atom runs across two or more atoms of the line (text spanning columns). */
function crosses(atom: Atom, line: AtomLine): boolean {
  let n = 0;
  for (const a of line.atoms) if (Math.min(a.box[2], atom.box[2]) - Math.max(a.box[0], atom.box[0]) > 1) n++;
  return n >= 2;
}
