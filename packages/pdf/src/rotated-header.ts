import type { AtomGrid, AtomLine } from './table-atoms.ts';
import type { Label } from './vertical-labels.ts';

/** Rotated header labels over a table's columns, and horizontal header lines beside them. */
export interface RotatedHeader {
  /** Label per column. */
  labels: Map<number, Label>;
  /** Horizontal lines in the header band ("Objective" set top-left while the rest stands rotated). */
  lines: AtomLine[];
}

/**
 * Designers set theme names rotated 90° over narrow tick columns, standing on the first body row
 * (its top within two em of their feet). Each label goes to the column whose content centre is
 * nearest (ticks sit beside the foot of the text as often as under its middle); where two want
 * one column the nearer keeps it. Free horizontal lines within the labels' height join the header.
 */
export function rotatedHeader(labels: readonly Label[], free: readonly AtomLine[], grid: AtomGrid, edges: readonly number[], header: number, size: number): RotatedHeader | null {
  const body = grid.slice(header);
  const top = Math.min(...body[0]!.flat().map((a) => a.box[1]));
  const left = edges[0]! - size;
  const right = edges[edges.length - 1]! + size;
  const standing = labels.filter((l) => l.box[3] <= top + 2 && l.box[3] >= top - 2 * size && (l.box[0] + l.box[2]) / 2 >= left && (l.box[0] + l.box[2]) / 2 <= right);
  if (standing.length < 2) return null;
  const centres = edges.slice(0, -1).map((x0, c) => {
    const atoms = body.flatMap((cells) => cells[c]!);
    if (atoms.length === 0) return (x0 + edges[c + 1]!) / 2;
    return atoms.reduce((s, a) => s + (a.box[0] + a.box[2]) / 2, 0) / atoms.length;
  });
  const chosen = new Map<number, Label>();
  const distance = (l: Label, c: number) => Math.abs((l.box[0] + l.box[2]) / 2 - centres[c]!);
  for (const label of standing) {
    let best = 0;
    centres.forEach((_, c) => {
      if (distance(label, c) < distance(label, best)) best = c;
    });
    const held = chosen.get(best);
    if (!held || distance(label, best) < distance(held, best)) chosen.set(best, label);
  }
  const labelTop = Math.min(...standing.map((l) => l.box[1]));
  // Header text set top-left in the header row stands at most a little above the tallest label.
  const inBand = (l: AtomLine) => l.box[1] >= labelTop - 2.5 * size && l.box[3] <= top + 1 && l.box[0] >= left && l.box[2] <= right && Math.abs(l.size / size - 1) <= 0.08;
  const lines = header > 0 ? [] : free.filter(inBand);
  return { labels: chosen, lines };
}
