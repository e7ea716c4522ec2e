import type { TextRun } from './text-runs.ts';

/**
 * Splits horizontal runs that cross a column line: pdf.js sometimes reports the text of two
 * neighbouring cells as one item. The cut goes at the word boundary nearest the line, placed by
 * the run's mean character width (no glyph widths survive in the item).
 */
export function splitRunsAt(runs: readonly TextRun[], xs: readonly number[]): TextRun[] {
  const out: TextRun[] = [];
  for (const run of runs) out.push(...splitRun(run, xs));
  return out;
}

function splitRun(run: TextRun, xs: readonly number[]): TextRun[] {
  const [x0, , x1] = run.box;
  const inner = run.vertical ? [] : xs.filter((x) => x > x0 + run.size && x < x1 - run.size);
  if (inner.length === 0 || run.text.length < 2) return [run];
  const x = inner[0]!;
  const perChar = (x1 - x0) / run.text.length;
  const target = Math.round((x - x0) / perChar);
  const cut = nearestSpace(run.text, target);
  if (cut <= 0 || cut >= run.text.length) return [run];
  const left = run.text.slice(0, cut).trimEnd();
  const right = run.text.slice(cut).trimStart();
  if (!left || !right) return [run];
  const split = x0 + cut * perChar;
  return [
    { ...run, text: left, box: [x0, run.box[1], split, run.box[3]] },
    ...splitRun({ ...run, text: right, box: [split + perChar, run.box[1], x1, run.box[3]] }, xs),
  ];
}

function nearestSpace(text: string, target: number): number {
  let best = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== ' ') continue;
    if (best === -1 || Math.abs(i - target) < Math.abs(best - target)) best = i;
  }
  // Only a space within a few characters of the line: a long word over it is not two cells.
  return best !== -1 && Math.abs(best - target) <= 3 ? best : -1;
}
