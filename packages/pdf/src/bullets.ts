import type { VectorMark } from './page-graphics.ts';
import type { TextRun } from './text-runs.ts';

/** Text must begin within this many em right of a dot for the dot to be its bullet. */
const REACH_EM = 2.5;
/** Drawn ticks smaller than this (points) are specks, not marks. */
const MARK_MIN = 2.5;

/**
 * List bullets drawn as small filled discs or squares (PDF writers draw them as paths, not
 * glyphs). A dot is a bullet when a line of text starts just right of it, level with it, and no
 * text ends just left of it; it then becomes a "•" run on that line, so the line reads as a list
 * item. Other dots stay marks: a disc of tick size is a tick (grids mark themes with ●), smaller
 * dots and squares are dropped as before.
 */
export function placeBullets(marks: readonly VectorMark[], runs: readonly TextRun[]): { bullets: TextRun[]; marks: VectorMark[] } {
  const dots = marks.filter((m) => m.dot);
  if (dots.length === 0) return { bullets: [], marks: [...marks] };
  const horizontal = runs.filter((r) => !r.vertical).sort((a, b) => a.box[1] - b.box[1]);
  const bullets: TextRun[] = [];
  const rest: VectorMark[] = marks.filter((m) => !m.dot);
  for (const dot of dots) {
    const next = textAfter(dot, horizontal);
    if (next) bullets.push({ ...next, text: '•', box: [dot.box[0], next.box[1], dot.box[2], next.box[3]], bold: false, italic: false });
    else if (dot.round && Math.min(dot.box[2] - dot.box[0], dot.box[3] - dot.box[1]) >= MARK_MIN) rest.push(dot);
  }
  return { bullets, marks: rest };
}

/** The run that starts just right of the dot on its line, unless text also ends just left of it. */
function textAfter(dot: VectorMark, runs: readonly TextRun[]): TextRun | null {
  const y = (dot.box[1] + dot.box[3]) / 2;
  // Runs are sorted by top: only those starting above the dot's middle can hold it.
  let hi = runs.length;
  let lo = 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid]!.box[1] <= y) lo = mid + 1;
    else hi = mid;
  }
  let best: TextRun | null = null;
  for (let i = lo - 1; i >= 0; i--) {
    const r = runs[i]!;
    if (y - r.box[1] > 3 * r.size) break;
    if (y > r.box[3]) continue;
    const gap = r.box[0] - dot.box[2];
    if (r.box[2] <= dot.box[0] && dot.box[0] - r.box[2] < 0.5 * r.size) return null;
    if (gap >= 0 && gap <= REACH_EM * r.size && (!best || r.box[0] < best.box[0])) best = r;
  }
  return best;
}
