import { overlapShare, union, type Box } from './geometry.ts';
import type { TextRun } from './text-runs.ts';

/** A header label: horizontal fragments stacked in a column, or rotated text. */
export interface Label {
  text: string;
  box: Box;
  runs: TextRun[];
}

/** Rotated header text: runs on one vertical baseline form a line; neighbouring lines form a label. */
export function verticalLabels(runs: readonly TextRun[]): Label[] {
  const vertical = runs.filter((r) => r.vertical).sort((a, b) => a.baseline - b.baseline);
  const lines: TextRun[][] = [];
  for (const r of vertical) {
    const line = lines.find((l) => Math.abs((l[0] as TextRun).baseline - r.baseline) <= 0.35 * r.size && (l[0] as TextRun).upward === r.upward);
    if (line) line.push(r);
    else lines.push([r]);
  }
  const placed = lines.map((l) => {
    const upward = (l[0] as TextRun).upward;
    const ordered = [...l].sort((a, b) => (upward ? b.box[3] - a.box[3] : a.box[1] - b.box[1]));
    return { text: ordered.map((r) => r.text.trim()).join(' '), box: union(l.map((r) => r.box)), runs: ordered, upward, size: (l[0] as TextRun).size };
  });
  const labels: Array<Label & { upward: boolean; size: number }> = [];
  for (const line of placed.sort((a, b) => a.box[0] - b.box[0])) {
    const prev = labels[labels.length - 1];
    if (prev && prev.upward === line.upward && line.box[0] - prev.box[2] < 0.6 * line.size && overlapShare(prev.box[1], prev.box[3], line.box[1], line.box[3]) > 0.3) {
      prev.text = line.upward ? `${prev.text} ${line.text}` : `${line.text} ${prev.text}`;
      prev.box = union([prev.box, line.box]);
      prev.runs.push(...line.runs);
    } else labels.push({ ...line });
  }
  return labels;
}

