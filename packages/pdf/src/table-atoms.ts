import { centre, union, type Box } from './geometry.ts';
import { splitRunsAt } from './split-runs.ts';
import { buildLines, type TextLine } from './text-lines.ts';
import type { TextRun } from './text-runs.ts';
import { tickLetter, type TickMark } from './ticks.ts';

/**
 * A piece of one line set apart from its neighbours by more than a word space: on a table line,
 * one cell's text (or tick) on that line. Tables without rulings are rebuilt from these.
 */
export interface Atom {
  box: Box;
  runs: TextRun[];
  ticks: TickMark[];
  text: string;
  size: number;
  /** Index of the line it sits on. */
  line: number;
  /** A tick glyph, drawn tick or tick letter (x, Y, ✓) and nothing else. */
  tick: boolean;
  bold: boolean;
}

/** Atoms of one table: rows × columns, each cell a list of atoms. */
export type AtomGrid = Atom[][][];

/** A line of text (or a row of ticks) split into atoms. */
export interface AtomLine {
  index: number;
  atoms: Atom[];
  box: Box;
  baseline: number;
  size: number;
}

// Runs cut in two where a column edge crosses them, mapped to the run they were cut from.
const pieceOf = new WeakMap<TextRun, TextRun>();

/** The run as pdf.js gave it, for a piece cut from it. */
export function sourceRun(run: TextRun): TextRun {
  return pieceOf.get(run) ?? run;
}

/** Pieces of a line further apart than this many em are different atoms (a word space is ~0.3 em). */
const ATOM_GAP_EM = 0.5;
const BULLET = /^[•◦▪▫■□●○‣⁃∙·\-–—*\uf0b7\uf0a7]$/u;

/**
 * Builds lines from horizontal runs, puts each tick on the line whose height holds it (or on a
 * line of its own), and splits every line into atoms at gaps wider than a word space.
 */
export function atomLines(runs: readonly TextRun[], ticks: readonly TickMark[]): AtomLine[] {
  const lines = buildLines(runs);
  const attached = lines.map(() => [] as TickMark[]);
  const loose: TickMark[] = [];
  for (const t of ticks) {
    const at = lineHolding(lines, centre(t.box)[1]);
    if (at === -1) loose.push(t);
    else attached[at]!.push(t);
  }
  const out: Array<Omit<AtomLine, 'index'>> = lines.map((line, i) => ({
    atoms: splitLine(line.runs, attached[i]!, line.size),
    box: line.box,
    baseline: line.baseline,
    size: line.size,
  }));
  // Ticks on no text line (centred in a tall row) form lines of their own, one per height.
  loose.sort((a, b) => centre(a.box)[1] - centre(b.box)[1]);
  for (let i = 0; i < loose.length; ) {
    const y = centre(loose[i]!.box)[1];
    let j = i;
    while (j < loose.length && centre(loose[j]!.box)[1] - y <= 2) j++;
    const group = loose.slice(i, j);
    const size = Math.max(...group.map((t) => t.box[3] - t.box[1]));
    out.push({ atoms: splitLine([], group, size), box: union(group.map((t) => t.box)), baseline: y, size });
    i = j;
  }
  out.sort((a, b) => a.baseline - b.baseline || a.box[0] - b.box[0]);
  return out.map((l, index) => {
    for (const a of l.atoms) a.line = index;
    return { ...l, index };
  });
}

/** The line whose height holds y (nearest baseline wins); -1 when none does. Lines are sorted by baseline. */
function lineHolding(lines: readonly TextLine[], y: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.baseline < y) lo = mid + 1;
    else hi = mid;
  }
  let best = -1;
  for (let i = Math.max(0, lo - 3); i < Math.min(lines.length, lo + 3); i++) {
    const l = lines[i]!;
    if (y < l.box[1] - 1 || y > l.box[3] + 1) continue;
    if (best === -1 || Math.abs(l.baseline - y) < Math.abs(lines[best]!.baseline - y)) best = i;
  }
  return best;
}

type Item = { box: Box; run?: TextRun; tick?: TickMark };

function splitLine(runs: readonly TextRun[], ticks: readonly TickMark[], size: number): Atom[] {
  const items: Item[] = [...runs.map((run) => ({ box: run.box, run })), ...ticks.map((tick) => ({ box: tick.box, tick }))].sort((a, b) => a.box[0] - b.box[0]);
  const atoms: Atom[] = [];
  let current: Item[] = [];
  let right = -Infinity;
  const flush = () => {
    if (current.length > 0) atoms.push(makeAtom(current.flatMap((i) => (i.run ? [i.run] : [])), current.flatMap((i) => (i.tick ? [i.tick] : []))));
    current = [];
  };
  for (const item of items) {
    if (current.length > 0 && item.box[0] - right > ATOM_GAP_EM * size) flush();
    current.push(item);
    right = current.length === 1 ? item.box[2] : Math.max(right, item.box[2]);
  }
  flush();
  // A bullet set apart from its text is a list marker, not a column of its own.
  for (let i = atoms.length - 2; i >= 0; i--) {
    const a = atoms[i]!;
    if (!BULLET.test(a.text)) continue;
    const b = atoms[i + 1]!;
    atoms.splice(i, 2, makeAtom([...a.runs, ...b.runs], [...a.ticks, ...b.ticks]));
  }
  return atoms;
}

export function makeAtom(runs: readonly TextRun[], ticks: readonly TickMark[], line = -1): Atom {
  const text = runs.length > 0 ? buildLines(runs).map((l) => l.text).join(' ') : '';
  const size = runs.length > 0 ? Math.max(...runs.map((r) => r.size)) : Math.max(...ticks.map((t) => t.box[3] - t.box[1]));
  return {
    box: union([...runs.map((r) => r.box), ...ticks.map((t) => t.box)]),
    runs: [...runs],
    ticks: [...ticks],
    text,
    size,
    line,
    tick: (runs.length === 0 && ticks.length > 0) || (ticks.length === 0 && tickLetter(text) !== null),
    bold: runs.length > 0 && runs.every((r) => r.bold),
  };
}

/**
 * Cuts an atom in two at x: at a run boundary near x, else at the word boundary nearest x.
 * Null when no boundary lies close enough (a word runs over x).
 */
export function splitAtomAt(atom: Atom, x: number, tolerance: number): [Atom, Atom] | null {
  const runs = [...atom.runs].sort((a, b) => a.box[0] - b.box[0]);
  const isLeft = (r: TextRun) => centre(r.box)[0] < x;
  let left = runs.filter(isLeft);
  let right = runs.filter((r) => !isLeft(r));
  const clean = left.every((r) => r.box[2] <= x + tolerance) && right.every((r) => r.box[0] >= x - tolerance);
  if (!clean || left.length === 0 || right.length === 0) {
    const cut = splitRunsAt(runs, [x]);
    if (cut.length === runs.length) return null;
    for (const piece of cut) if (!runs.includes(piece)) pieceOf.set(piece, sourceRun(runs.find((r) => r.text.includes(piece.text) && r.box[0] <= piece.box[0] + 0.01 && r.box[2] >= piece.box[2] - 0.01) ?? piece));
    left = cut.filter(isLeft);
    right = cut.filter((r) => !isLeft(r));
    if (left.length === 0 || right.length === 0) return null;
  }
  const ticksLeft = atom.ticks.filter((t) => centre(t.box)[0] < x);
  const ticksRight = atom.ticks.filter((t) => centre(t.box)[0] >= x);
  return [makeAtom(left, ticksLeft, atom.line), makeAtom(right, ticksRight, atom.line)];
}
