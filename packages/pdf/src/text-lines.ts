import { union, type Box } from './geometry.ts';
import type { TextRun } from './text-runs.ts';

/** Runs sharing a baseline, joined into words by their gaps. */
export interface TextLine {
  text: string;
  box: Box;
  baseline: number;
  size: number;
  bold: boolean;
  italic: boolean;
  runs: TextRun[];
}

/** A word gap: pdf.js splits words unpredictably, so spaces come from distance, not from items. */
const WORD_GAP_EM = 0.2;
const SUPERSCRIPT: Record<string, string> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** Clusters horizontal runs into lines by baseline, then orders lines top to bottom. */
export function buildLines(runs: readonly TextRun[]): TextLine[] {
  const sorted = runs.filter((r) => !r.vertical).sort((a, b) => a.baseline - b.baseline || a.box[0] - b.box[0]);
  const groups: TextRun[][] = [];
  // Each group's largest run (the first of that size), kept as runs join instead of searched for
  // each new run: a line of n runs cost n² otherwise.
  const mains: TextRun[] = [];
  for (const run of sorted) {
    let at = -1;
    // Groups are opened in baseline order, so only the last few can still take this run.
    for (let i = groups.length - 1; i >= 0; i--) {
      const g = groups[i] as TextRun[];
      if (run.baseline - (g[0] as TextRun).baseline > run.size) break;
      if (sameLine(g, mains[i] as TextRun, run)) {
        at = i;
        break;
      }
    }
    if (at === -1) {
      groups.push([run]);
      mains.push(run);
    } else {
      (groups[at] as TextRun[]).push(run);
      if (run.size > (mains[at] as TextRun).size) mains[at] = run;
    }
  }
  reattachMarkers(groups);
  const lines = groups.filter((g) => g.length > 0).map(lineOf).sort((a, b) => a.baseline - b.baseline || a.box[0] - b.box[0]);
  return lines.map((line, i) => (i > 0 && wrappedMarker(lines[i - 1] as TextLine, line) ? { ...line, text: superscript(line.text) } : line));
}

// A footnote marker the writer wrapped onto a line of its own: only small digits, just below a
// line of larger text ("… on proposals ¹" / "2").
function wrappedMarker(above: TextLine, line: TextLine): boolean {
  return MARKER.test(line.text) && line.size < 0.85 * above.size && line.baseline - above.baseline < 1.6 * above.size && line.baseline > above.baseline;
}

// Footnote markers as writers print them: raised digits, bracketed in HTML ("[1]").
// Each marker ends where its digits do, so the groups cannot share digits (linear on any line).
const MARKER = /^(?:\[?\d{1,2}(?!\d)\]?\s*)+$/;
const superscript = (text: string): string => text.replace(/[[\]]/g, '').replace(/\d/g, (d) => SUPERSCRIPT[d] ?? d);

/** Farthest a raised marker sits from the text it belongs to, in em of that text (a word space and a little). */
const MARKER_REACH_EM = 0.5;

/**
 * A raised footnote marker whose baseline happens to be level with another cell's line (a
 * browser sets a superscript a third of an em up, onto the next column's baseline when that
 * column's lines are offset) is gathered into that line, far from any of its text. It belongs to
 * the larger text it touches: moved there when that text is just beside it and sits lower.
 */
function reattachMarkers(groups: TextRun[][]): void {
  groups.forEach((group, gi) => {
    if (group.length < 2) return;
    const main = group.reduce((a, b) => (b.size > a.size ? b : a));
    for (const run of [...group]) {
      if (run.size >= 0.85 * main.size || !MARKER.test(run.text.trim())) continue;
      if (group.some((r) => r !== run && xGap(r, run) <= MARKER_REACH_EM * main.size)) continue;
      const home = groups.findIndex((g, k) => k !== gi && g.some((r) => r.size * 0.85 > run.size && r.baseline > run.baseline && r.baseline - run.baseline < 0.6 * r.size && xGap(r, run) <= MARKER_REACH_EM * r.size));
      if (home === -1) continue;
      group.splice(group.indexOf(run), 1);
      groups[home]!.push(run);
    }
  });
}

const xGap = (a: TextRun, b: TextRun): number => Math.max(a.box[0] - b.box[2], b.box[0] - a.box[2]);

function sameLine(group: TextRun[], main: TextRun, run: TextRun): boolean {
  const tolerance = 0.35 * Math.min(main.size, run.size);
  if (Math.abs(main.baseline - run.baseline) <= tolerance) return !group.some((r) => overlapsX(r, run));
  // A smaller raised or lowered run inside the line's height: a superscript or subscript.
  const big = Math.max(main.size, run.size);
  const small = Math.min(main.size, run.size) < 0.85 * big;
  return small && run.box[1] < main.box[3] && run.box[3] > main.box[1] && Math.abs(main.baseline - run.baseline) < 0.6 * big && !group.some((r) => overlapsX(r, run));
}

function overlapsX(a: TextRun, b: TextRun): boolean {
  const overlap = Math.min(a.box[2], b.box[2]) - Math.max(a.box[0], b.box[0]);
  return overlap > 0.5 * Math.min(a.box[2] - a.box[0], b.box[2] - b.box[0]);
}

function lineOf(group: TextRun[]): TextLine {
  const runs = [...group].sort((a, b) => a.box[0] - b.box[0]);
  const main = runs.reduce((a, b) => (b.text.length * b.size > a.text.length * a.size ? b : a));
  let text = '';
  let prev: TextRun | null = null;
  for (const run of runs) {
    let piece = run.text;
    const raised = run.size < 0.85 * main.size && main.baseline - run.baseline > 0.15 * main.size;
    if (raised && MARKER.test(piece.trim())) piece = superscript(piece);
    if (prev) {
      const gap = run.box[0] - prev.box[2];
      const needsSpace = gap > WORD_GAP_EM * Math.min(prev.size, run.size) && !raised;
      if (needsSpace && !/\s$/.test(text) && !/^\s/.test(piece)) text += ' ';
    }
    text += piece;
    prev = run;
  }
  return {
    text: text.replace(/\s+/g, ' ').trim(),
    box: union(runs.map((r) => r.box)),
    baseline: main.baseline,
    size: main.size,
    bold: runs.every((r) => r.bold || r.text.trim() === ''),
    italic: runs.every((r) => r.italic || r.text.trim() === ''),
    runs,
  };
}

/**
 * Joins wrapped lines into one string. A line ending in a hyphen joins the next without a space
 * but keeps the hyphen: writers of plans rarely hyphenate automatically, so the hyphen is almost
 * always the word's own (non-technical, HU-02a, Vice-Chancellor); a soft hyphen marks a word
 * broken by a narrow cell.
 */
export function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const line of lines) {
    if (out.endsWith('\u00ad')) out = out.slice(0, -1) + line;
    else if (out === '') out = line;
    else if (/[\p{L}\d]-$/u.test(out) && /^[\p{L}\d]/u.test(line)) out += line;
    else out += ' ' + line;
  }
  return out;
}
