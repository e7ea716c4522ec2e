import type { Atom, AtomLine } from './table-atoms.ts';

/**
 * Rows of a table without rulings. A line continues a cell when an atom of it sits under an
 * atom of a line just above (x ranges overlap) at the pitch of lines inside a cell; otherwise the
 * atom starts a new block. A new row starts where two or more cells start together (cells are
 * top-aligned), or where the first column starts a block while no other cell carries on. A
 * paragraph gap inside one cell, or a tick centred in a tall row, starts nothing.
 */
export interface Rows {
  rows: AtomLine[][];
  /** Atoms that start a block (not carrying on a cell's text from the line above). */
  starts: Set<Atom>;
  /** Baseline pitch up to which a line carries on the cell above it. */
  pitch: number;
}

const MIN_PITCH_EM = 0.9;
/** Pitches this much apart (ratio) separate lines inside a cell from rows. */
const JUMP = 1.12;
/** The widest line pitch inside a paragraph, in em (CSS line-height 1.5 and a little). */
const MAX_LEADING_EM = 1.55;

export function segmentRows(lines: readonly AtomLine[]): Rows {
  const size = median(lines.map((l) => l.size));
  const pitch = continuationPitch(lines, size);
  const left = Math.min(...lines.flatMap((l) => l.atoms.filter((a) => !a.tick).map((a) => a.box[0])));
  const starts = new Set<Atom>();
  const rows: AtomLine[][] = [];
  lines.forEach((line, i) => {
    const text = line.atoms.filter((a) => !a.tick);
    const opening = text.filter((a) => above(lines, i, a, pitch) === null);
    for (const a of opening) starts.add(a);
    for (const a of line.atoms) if (a.tick) starts.add(a);
    const carrying = text.length - opening.length;
    const anchored = carrying === 0 && opening.some((a) => a.box[0] <= left + 2) && !crossed(lines, i, pitch);
    const isStart = rows.length === 0 || (text.length > 0 && (opening.length >= 2 || anchored));
    if (isStart) rows.push([line]);
    else rows[rows.length - 1]!.push(line);
  });
  return { rows, starts, pitch };
}

/**
 * True when another cell's text runs on across line i: a line just below carries on from a line
 * above i (a paragraph in the first column, set on its own baselines, beside a wrapped cell).
 */
function crossed(lines: readonly AtomLine[], i: number, pitch: number): boolean {
  const base = lines[i]!.baseline;
  for (let k = i + 1; k < lines.length && lines[k]!.baseline - base <= pitch; k++) {
    for (const b of lines[k]!.atoms) {
      if (b.tick) continue;
      // Atoms know the page index of their line, which runs in baseline order.
      const from = above(lines, k, b, pitch);
      if (from && from.line < lines[i]!.index) return true;
    }
  }
  return false;
}

/**
 * The atom of a line just above that `a` carries on from, or null. Where the lines' pitch is too
 * wide, the atoms' own baselines are tried too: a line gathers runs up to a third of an em apart,
 * and a cell's list set with space before it can share a line with another cell's wrapped text
 * (LibreOffice), whose pitch from its line above is then read as the list's.
 */
export function above(lines: readonly AtomLine[], i: number, a: Atom, pitch: number): Atom | null {
  const line = lines[i]!;
  const base = baselineOf(a, line);
  for (let j = i - 1; j >= 0; j--) {
    const prev = lines[j]!;
    const near = line.baseline - prev.baseline <= pitch;
    if (!near && line.baseline - prev.baseline > pitch + 0.35 * line.size) break;
    for (const b of prev.atoms) {
      if (b.tick || !overlaps(a, b)) continue;
      const own = baselineOf(b, prev);
      const shifted = Math.abs(base - line.baseline) > 1 || Math.abs(own - prev.baseline) > 1;
      if (near || (shifted && base - own <= pitch)) return b;
    }
  }
  return null;
}

function baselineOf(a: Atom, line: AtomLine): number {
  return a.runs.length > 0 ? Math.max(...a.runs.map((r) => r.baseline)) : line.baseline;
}

function overlaps(a: Atom, b: Atom): boolean {
  return Math.min(a.box[2], b.box[2]) - Math.max(a.box[0], b.box[0]) > 0 || Math.abs(a.box[0] - b.box[0]) <= 2;
}

/**
 * The pitch of lines inside a cell, told from the pitch between rows: the pitches between atoms
 * stacked in one column fall into two groups when cells wrap; the cut lies between them. With
 * one group only, every line is a row of its own (cells that all wrap alike are not seen).
 */
export function continuationPitch(lines: readonly AtomLine[], size: number): number {
  const pitches: number[] = [];
  lines.forEach((line, i) => {
    for (const a of line.atoms) {
      if (a.tick) continue;
      for (let j = i - 1; j >= 0 && line.baseline - lines[j]!.baseline <= 3 * size; j--) {
        const b = lines[j]!.atoms.find((x) => !x.tick && overlaps(a, x));
        if (!b) continue;
        const p = line.baseline - lines[j]!.baseline;
        if (p >= MIN_PITCH_EM * size) pitches.push(p);
        break;
      }
    }
  });
  pitches.sort((a, b) => a - b);
  if (pitches.length === 0) return 1.4 * size;
  // A stray pitch below all others (a raised line, a header set tight over the body) is no group:
  // with many pitches the lowest twentieth is left out.
  const lo = pitches.length >= 20 ? Math.floor(pitches.length / 20) : 0;
  for (let k = lo; k + 1 < pitches.length; k++) {
    const a = pitches[k]!;
    const b = pitches[k + 1]!;
    // Lines of one paragraph are never this far apart: a lower group this wide is rows already
    // (the jump is to the gap between stacked tables).
    if (a > MAX_LEADING_EM * size) break;
    if (b >= JUMP * a && b - a >= 0.2 * size) return (a + b) / 2;
  }
  return 0.95 * pitches[lo]!;
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
