import type { TableCellNode, TableNode, TableRowNode } from '@tc/model';
import { centre, overlapShare, union, type Box } from './geometry.ts';
import { groupLines, HEADING_RATIO } from './text-blocks.ts';
import { buildCell } from './table-cells.ts';
import { buildLines, type TextLine } from './text-lines.ts';
import type { TextRun } from './text-runs.ts';
import { pdfPosition, type TickMark } from './ticks.ts';
import { verticalLabels, type Label } from './vertical-labels.ts';

/** A table read from alignment alone: header labels over columns of ticks, no rulings. */
export interface TickGrid {
  table: TableNode;
  box: Box;
  used: Set<TextRun>;
  usedTicks: Set<TickMark>;
}

const MIN_TICKS = 3;
const COLUMN_TOLERANCE = 8;
const HEADER_REACH = 220;
const FRAGMENT_GAP_EM = 1.5;
const WORD_GAP_EM = 0.25;
/** Wider than any word space: text beside the ticks set this far apart stands in columns. */
const COLUMN_GAP_EM = 0.8;
/** A header word starting this near the left edge of a tick column stands over it. */
const TICK_EDGE = 3;

/**
 * Finds a tick grid: ticks stacked in columns, header labels (horizontal or rotated) above them,
 * and a first column of text whose paragraphs start the rows. Each tick goes to the row whose band
 * holds it and to the column whose header centre is nearest.
 */
export function findTickGrid(runs: readonly TextRun[], ticks: readonly TickMark[], page: number): TickGrid | null {
  if (ticks.length < MIN_TICKS) return null;
  const tickCols = clusterCentres(ticks.map((t) => centre(t.box)[0]));
  if (tickCols.length < 1) return null;
  const top = Math.min(...ticks.map((t) => t.box[1]));
  const tickLefts = clusterCentres(ticks.map((t) => t.box[0]));
  const labels = [...verticalLabels(runs), ...horizontalLabels(runs.filter((r) => !r.vertical && r.box[3] <= top + 2), tickLefts)];
  const above = labels.filter((l) => l.box[3] <= top + 2 && l.box[3] >= top - HEADER_REACH);
  const matched = new Set<Label>();
  for (const x of tickCols) {
    const hits = above.filter((l) => x >= l.box[0] - 4 && x <= l.box[2] + 4).sort((a, b) => b.box[3] - a.box[3]);
    if (hits[0]) matched.add(hits[0]);
  }
  if (matched.size < Math.min(2, tickCols.length)) return null;
  const band: [number, number] = [Math.min(...[...matched].map((l) => l.box[1])), Math.max(...[...matched].map((l) => l.box[3]))];
  const textRight = Math.min(...[...matched].map((l) => l.box[0])) - 2;
  const header = above.filter((l) => matched.has(l) || overlapShare(l.box[1], l.box[3], band[0], band[1]) > 0.5);
  const columns = header.filter((l) => centre(l.box)[0] > textRight).sort((a, b) => a.box[0] - b.box[0]);
  const firstHeader = header.filter((l) => centre(l.box)[0] <= textRight).sort((a, b) => a.box[1] - b.box[1] || a.box[0] - b.box[0]);
  const centres = columns.map((l) => centre(l.box)[0]);

  const headerRuns = new Set(header.flatMap((l) => l.runs));
  const bodyTop = band[1];
  const bodyLines = buildLines(runs.filter((r) => !r.vertical && !headerRuns.has(r) && r.box[1] >= bodyTop - 1));
  const firstColumn: TextLine[] = [];
  const lastTick = Math.max(...ticks.map((t) => t.box[3]));
  for (const line of bodyLines) {
    if (line.box[2] > textRight + 2) break;
    const prev = firstColumn[firstColumn.length - 1];
    if (prev && line.box[1] - prev.box[3] > 3 * line.size && line.box[1] > lastTick) break;
    // Below the last tick, larger text or text starting left of the column is what follows the table (a heading).
    const start = firstColumn[0];
    if (start && line.box[1] > lastTick && (line.size > HEADING_RATIO * start.size || line.box[0] < start.box[0] - 2)) break;
    firstColumn.push(line);
  }
  // Text beside the ticks in columns of its own (No. | Action | Detail …) is a table for the
  // alignment reader, which keeps those columns; a tick grid has one column of text.
  // The same holds for the header over that text ("No.  Action  Detail  Target Date").
  const gappedLine = (l: TextLine) => l.runs.some((r, i) => i > 0 && r.box[0] - l.runs[i - 1]!.box[2] > COLUMN_GAP_EM * r.size);
  const gapped = firstColumn.filter(gappedLine);
  if (gapped.length >= 2 && gapped.length * 3 >= firstColumn.length) return null;
  if (buildLines(firstHeader.flatMap((l) => l.runs)).some(gappedLine)) return null;
  const rowsText = groupLines(firstColumn);
  if (rowsText.length === 0) return null;

  const bands = rowsText.map((g, i) => {
    const next = rowsText[i + 1];
    const start = i === 0 ? g.box[1] - g.size : g.box[1] - (g.box[1] - (rowsText[i - 1] as typeof g).box[3]) / 2;
    const end = next ? g.box[3] + (next.box[1] - g.box[3]) / 2 : g.box[3] + 2 * g.size;
    return [start, end] as const;
  });
  const edges = columnEdges(centres, textRight, Math.max(...columns.map((l) => l.box[2])));
  const usedTicks = new Set<TickMark>();
  const rowTicks = rowsText.map(() => centres.map(() => [] as TickMark[]));
  for (const t of ticks) {
    const [x, y] = centre(t.box);
    const r = bands.findIndex(([a, b]) => y >= a && y < b);
    if (r === -1 || x < textRight) continue;
    let c = 0;
    centres.forEach((cx, i) => {
      if (Math.abs(cx - x) < Math.abs((centres[c] as number) - x)) c = i;
    });
    rowTicks[r]?.[c]?.push(t);
    usedTicks.add(t);
  }

  const left = Math.min(...rowsText.map((g) => g.box[0]), ...firstHeader.map((l) => l.box[0]));
  const headerBox: Box = [left, band[0], edges[edges.length - 1] as number, band[1]];
  const headerCells: TableCellNode[] = [
    cellFrom([left, band[0], textRight, band[1]], firstHeader.flatMap((l) => l.runs), [], page),
    ...columns.map((l, i) => labelCell(l, [edges[i] as number, band[0], edges[i + 1] as number, band[1]], page)),
  ];
  const rows: TableRowNode[] = [{ type: 'tableRow', cells: headerCells, continued: false, position: pdfPosition(page, headerBox) }];
  rowsText.forEach((g, r) => {
    const [y0, y1] = bands[r] as readonly [number, number];
    const rowBox: Box = [left, y0, edges[edges.length - 1] as number, y1];
    const cells = [
      cellFrom(g.box, g.lines.flatMap((l) => l.runs), [], page),
      ...centres.map((_, c) => cellFrom([edges[c] as number, y0, edges[c + 1] as number, y1], [], rowTicks[r]?.[c] ?? [], page)),
    ];
    rows.push({ type: 'tableRow', cells, continued: false, position: pdfPosition(page, rowBox) });
  });
  const box = union([headerBox, ...rows.map((r) => (r.position as { bbox: Box }).bbox)]);
  const used = new Set<TextRun>([...headerRuns, ...firstColumn.flatMap((l) => l.runs)]);
  return { table: { type: 'table', headerRows: 1, rows, position: pdfPosition(page, box) }, box, used, usedTicks };
}

function cellFrom(box: Box, runs: TextRun[], ticks: TickMark[], page: number): TableCellNode {
  return buildCell(box, runs, ticks, page);
}

function labelCell(label: Label, box: Box, page: number): TableCellNode {
  const cell = buildCell(box, [], [], page);
  return { ...cell, text: label.text, raw: label.text };
}

function clusterCentres(xs: number[]): number[] {
  const sorted = [...xs].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const x of sorted) {
    const g = groups[groups.length - 1];
    if (g && x - (g[g.length - 1] as number) <= COLUMN_TOLERANCE) g.push(x);
    else groups.push([x]);
  }
  return groups.map((g) => g.reduce((a, b) => a + b, 0) / g.length);
}

function columnEdges(centres: number[], left: number, right: number): number[] {
  const edges = [left];
  for (let i = 1; i < centres.length; i++) edges.push(((centres[i - 1] as number) + (centres[i] as number)) / 2);
  const last = centres[centres.length - 1] as number;
  const spacing = centres.length > 1 ? last - (centres[centres.length - 2] as number) : 2 * (last - left);
  edges.push(Math.max(right, last + spacing / 2));
  return edges;
}

/**
 * Horizontal text split at wide gaps, and at a word gap where a word starts level with a column
 * of ticks below (Chromium sets "Visibility Recognition Career" one em apart, each over the left
 * edge of its ticks); fragments stacked in one column are merged (a two-line header).
 */
function horizontalLabels(runs: readonly TextRun[], tickLefts: readonly number[] = []): Label[] {
  const fragments: Label[] = [];
  for (const line of buildLines(runs)) {
    let current: TextRun[] = [];
    const flush = () => {
      if (current.length > 0) fragments.push({ text: buildLines(current).map((l) => l.text).join(' '), box: union(current.map((r) => r.box)), runs: current });
      current = [];
    };
    for (const run of line.runs) {
      const prev = current[current.length - 1];
      const gap = prev ? run.box[0] - prev.box[2] : 0;
      const overTicks = tickLefts.some((x) => Math.abs(run.box[0] - x) <= TICK_EDGE && (prev?.box[0] ?? x) < x - TICK_EDGE);
      if (prev && (gap > FRAGMENT_GAP_EM * run.size || (gap > WORD_GAP_EM * run.size && overTicks))) flush();
      current.push(run);
    }
    flush();
  }
  const merged: Label[] = [];
  for (const f of fragments.sort((a, b) => a.box[1] - b.box[1])) {
    const above = merged.find((m) => overlapShare(m.box[0], m.box[2], f.box[0], f.box[2]) > 0.5 && f.box[1] - m.box[3] < 0.5 * (f.box[3] - f.box[1]));
    if (above) {
      above.text = `${above.text} ${f.text}`;
      above.box = union([above.box, f.box]);
      above.runs.push(...f.runs);
    } else merged.push({ ...f, runs: [...f.runs] });
  }
  return merged;
}
