import type { SymbolNode, TableNode } from '@tc/model';
import { centre, contains, type Box } from './geometry.ts';
import type { PageGraphics } from './page-graphics.ts';
import { ruledGrids } from './ruled-grid.ts';
import { ruledTable } from './ruled-table.ts';
import { findAlignedTables } from './aligned-table.ts';
import { placeBullets } from './bullets.ts';
import { findTickGrid } from './tick-grid.ts';
import { countSizes } from './text-blocks.ts';
import { buildLines, type TextLine } from './text-lines.ts';
import type { TextRun } from './text-runs.ts';
import { symbolNode, tickFromRun, tickFromVector, type TickMark } from './ticks.ts';

/** What one page holds once the pdf.js page is released: free lines, tables and loose ticks. */
export interface PageLayout {
  page: number;
  width: number;
  height: number;
  lines: TextLine[];
  tables: Array<{ node: TableNode; box: Box }>;
  symbols: SymbolNode[];
  /** Characters per font size on the page, tables included. */
  sizes: Map<number, number>;
}

export function layoutPage(page: number, width: number, height: number, runs: TextRun[], graphics: PageGraphics, fields: TickMark[] = []): PageLayout {
  const ticks: TickMark[] = [...fields];
  const textRuns: TextRun[] = [];
  for (const run of runs) {
    const tick = tickFromRun(run);
    if (tick) ticks.push(tick);
    else textRuns.push(run);
  }
  const { bullets, marks } = placeBullets(graphics.marks, textRuns);
  textRuns.push(...bullets);
  for (const mark of marks) ticks.push(tickFromVector(mark));

  const tables: PageLayout['tables'] = [];
  let freeRuns = textRuns;
  let freeTicks = ticks;
  const grids = ruledGrids(graphics.segments);
  for (const grid of grids) {
    const inside = <T extends { box: Box }>(it: T) => {
      const [x, y] = centre(it.box);
      return contains(grid.box, x, y, 1);
    };
    const gridRuns = freeRuns.filter(inside);
    const gridTicks = freeTicks.filter(inside);
    if (gridRuns.length === 0 && gridTicks.length === 0) continue;
    tables.push({ node: ruledTable(grid, gridRuns, gridTicks, page), box: grid.box });
    freeRuns = freeRuns.filter((r) => !inside(r));
    freeTicks = freeTicks.filter((t) => !inside(t));
  }
  // Tables without rulings: a tick grid under theme-like headers, then tables aligned by text edges.
  for (let found = findTickGrid(freeRuns, freeTicks, page); found; found = findTickGrid(freeRuns, freeTicks, page)) {
    const taken = found;
    tables.push({ node: taken.table, box: taken.box });
    freeRuns = freeRuns.filter((r) => !taken.used.has(r));
    freeTicks = freeTicks.filter((t) => !taken.usedTicks.has(t));
    if (taken.used.size === 0) break;
  }
  const aligned = findAlignedTables(freeRuns, freeTicks, page);
  const used = new Set(aligned.flatMap((t) => [...t.used]));
  const usedTicks = new Set(aligned.flatMap((t) => [...t.usedTicks]));
  for (const taken of aligned) tables.push({ node: taken.table, box: taken.box });
  freeRuns = freeRuns.filter((r) => !used.has(r));
  freeTicks = freeTicks.filter((t) => !usedTicks.has(t));
  const lines = [...buildLines(freeRuns), ...verticalLines(freeRuns)].sort((a, b) => a.box[1] - b.box[1] || a.box[0] - b.box[0]);
  return {
    page,
    width,
    height,
    lines,
    tables: tables.sort((a, b) => a.box[1] - b.box[1]),
    symbols: freeTicks.map((t) => symbolNode(t, page)),
    sizes: countSizes(new Map(), runs),
  };
}

// Vertical text outside a grid is kept as lines of its own so nothing is lost.
function verticalLines(runs: readonly TextRun[]): TextLine[] {
  return runs
    .filter((r) => r.vertical)
    .map((r) => ({ text: r.text.replace(/\s+/g, ' ').trim(), box: r.box, baseline: r.box[1], size: r.size, bold: r.bold, italic: r.italic, runs: [r] }));
}
