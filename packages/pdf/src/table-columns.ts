import { splitAtomAt, type Atom, type AtomLine } from './table-atoms.ts';

/** Left edges within this many points are one text edge. */
const EDGE_TOLERANCE = 2.5;
/** A text edge counts when this many lines share it (Camelot, Tabula: 3–4). */
const MIN_EDGE_LINES = 3;
/** Atoms nearer than this many em are in one column: only overlapping ones (stacked field tables
 * set side by side in width can bring one table's value within a point of another's label). */
const TOUCH_EM = 0;

type Span = [number, number];

// Labels across the table found by the last column search: they go to the column they start in.
const acrossTable = new WeakSet<Atom>();

/**
 * Columns of a table without rulings, Camelot/Tabula style, from the x ranges of the body's
 * atoms: left text edges shared by at least three lines first cut the few atoms that run over
 * them (a date running into the owner's column), then the ranges covered by body atoms, merged
 * where they touch, are the columns. Header atoms come last: one over a gutter is a column of
 * its own (a column left empty below), one over several columns is split in the gutters between
 * them ("Visibility Recognition"), one over a single column stays whole ("Target date").
 * Atoms in `body` and `header` lines may be replaced by their pieces. Returns the column
 * boundaries (n + 1 x positions, left to right).
 */
export function findColumns(body: readonly AtomLine[], header: readonly AtomLine[], size: number): number[] {
  const across = splitAtEdges(body);
  const spans = merge(body.flatMap((l) => l.atoms.filter((a) => !across.has(a)).map((a) => [a.box[0], a.box[2]] as Span)), TOUCH_EM * size);
  const extra: Span[] = [];
  const placed = header.flatMap((l) => l.atoms.filter((a) => spans.some((s) => overlap(s, a) > 0.5)));
  for (const line of header) {
    line.atoms = line.atoms.flatMap((a) => {
      const over = spans.filter((s) => overlap(s, a) > 0.5);
      // A label over a gutter is a column of its own, unless it is a line of a label placed above or below it.
      if (over.length === 0 && !placed.some((p) => p.line !== a.line && overlap([p.box[0], p.box[2]], a) > 0)) extra.push([a.box[0], a.box[2]]);
      return over.length >= 2 ? splitOver(a, over) : [a];
    });
  }
  const columns = merge([...spans, ...merge(extra, TOUCH_EM * size).filter((e) => !spans.some((s) => overlap(s, { box: [e[0], 0, e[1], 0] }) > 0.5))], 0);
  // Extent of everything placed in each column, header included.
  const extent = columns.map(() => [Infinity, -Infinity] as Span);
  for (const line of [...header, ...body])
    for (const a of line.atoms) {
      if (across.has(a)) continue;
      const c = columnOf(columns, a);
      extent[c] = [Math.min(extent[c]![0], a.box[0]), Math.max(extent[c]![1], a.box[2])];
    }
  const edges: number[] = [];
  extent.forEach(([x0], c) => {
    const prevRight = c === 0 ? -Infinity : extent[c - 1]![1];
    edges.push(x0 - Math.max(0, Math.min(3, (x0 - prevRight) / 2)));
  });
  edges.push(extent[extent.length - 1]![1] + 3);
  return edges;
}

/** The column whose span overlaps the atom most (nearest when none does). */
export function columnOf(columns: readonly Span[], a: Pick<Atom, 'box'>): number {
  let best = 0;
  let score = -Infinity;
  columns.forEach((s, c) => {
    const o = overlap(s, a);
    const v = o > 0 ? o : -Math.min(Math.abs(s[0] - a.box[2]), Math.abs(a.box[0] - s[1]));
    if (v > score) [best, score] = [c, v];
  });
  return best;
}

/** The column between boundaries that holds the atom's centre (its start, for a label across the table). */
export function columnAt(edges: readonly number[], a: Pick<Atom, 'box'>): number {
  const x = acrossTable.has(a as Atom) ? a.box[0] + 1 : (a.box[0] + a.box[2]) / 2;
  let col = 0;
  for (let c = 1; c < edges.length - 1; c++) if (x >= edges[c]!) col = c;
  return col;
}

function overlap(s: Span, a: Pick<Atom, 'box'>): number {
  return Math.min(s[1], a.box[2]) - Math.max(s[0], a.box[0]);
}

function merge(spans: Span[], touch: number): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: Span[] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + touch) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Splits a header atom lying over several columns in the gutters between them, where a word boundary falls there. */
function splitOver(a: Atom, over: Span[]): Atom[] {
  const out: Atom[] = [];
  let rest = a;
  for (let k = 0; k + 1 < over.length; k++) {
    const gap: Span = [over[k]![1], over[k + 1]![0]];
    const cut = splitAtomAt(rest, (gap[0] + gap[1]) / 2, Math.max(2, (gap[1] - gap[0]) / 2));
    if (!cut) continue;
    out.push(cut[0]);
    rest = cut[1];
  }
  out.push(rest);
  return out;
}

/**
 * Text edges: left x of atoms shared by at least three lines. An atom running over such an edge
 * is cut there when only a few do (at most a third of the lines on the edge) and each can be cut.
 * An atom alone on its line that cannot be cut there is a label across the table ("Workstream:
 * Visibility" over the ref and action columns): it is returned, to be left out of the columns'
 * extents, rather than keeping the edge from cutting the others.
 */
function splitAtEdges(lines: readonly AtomLine[]): Set<Atom> {
  const across = new Set<Atom>();
  const atoms = lines.flatMap((l) => l.atoms.filter((a) => !a.tick)).sort((a, b) => a.box[0] - b.box[0]);
  const edges: Array<{ x: number; lines: number }> = [];
  for (let i = 0; i < atoms.length; ) {
    const x = atoms[i]!.box[0];
    let j = i;
    const on = new Set<number>();
    while (j < atoms.length && atoms[j]!.box[0] - x <= EDGE_TOLERANCE) on.add(atoms[j++]!.line);
    if (on.size >= MIN_EDGE_LINES) edges.push({ x, lines: on.size });
    i = j;
  }
  for (const edge of edges) {
    const crossing = lines.flatMap((l) => l.atoms.filter((a) => !a.tick && a.box[0] < edge.x - EDGE_TOLERANCE && a.box[2] > edge.x + EDGE_TOLERANCE));
    if (crossing.length === 0 || crossing.length > Math.max(1, Math.floor(edge.lines / 3))) continue;
    const cuts = new Map<Atom, [Atom, Atom]>();
    const lone = new Set<Atom>();
    for (const a of crossing) {
      const cut = splitAtomAt(a, edge.x, EDGE_TOLERANCE);
      if (cut) cuts.set(a, cut);
      else if (lines.find((l) => l.atoms.includes(a))?.atoms.length === 1) lone.add(a);
    }
    if (cuts.size + lone.size !== crossing.length) continue;
    for (const a of lone) {
      across.add(a);
      acrossTable.add(a);
    }
    for (const line of lines) line.atoms = line.atoms.flatMap((a) => cuts.get(a) ?? [a]);
  }
  return across;
}
