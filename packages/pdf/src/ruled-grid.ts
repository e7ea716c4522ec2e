import type { Box } from './geometry.ts';
import type { Segment } from './page-graphics.ts';

/** A table found from its rulings: column and row boundaries, and the cells as grid spans. */
export interface RuledGrid {
  box: Box;
  xs: number[];
  ys: number[];
  cells: Array<{ box: Box; row: number; col: number; rowSpan: number; colSpan: number }>;
}

// pdfplumber's lattice method with its 3 pt tolerances: snap, join, intersect, close rectangles.
const SNAP = 3;
const JOIN = 3;
const MIN_LENGTH = 3;
const TOUCH = 1;

/** Merges collinear segments: snap their positions together, then join overlapping or touching ones. */
export function mergeSegments(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const orientation of ['h', 'v'] as const) {
    const sorted = segments.filter((s) => s.orientation === orientation).sort((a, b) => a.at - b.at);
    const groups: Segment[][] = [];
    for (const s of sorted) {
      const g = groups[groups.length - 1];
      if (g && s.at - (g[0] as Segment).at <= SNAP) g.push(s);
      else groups.push([s]);
    }
    for (const g of groups) {
      const at = g.reduce((sum, s) => sum + s.at, 0) / g.length;
      const spans = g.map((s) => [s.from, s.to] as [number, number]).sort((a, b) => a[0] - b[0]);
      let cur: [number, number] | null = null;
      for (const span of spans) {
        if (cur && span[0] <= cur[1] + JOIN) cur[1] = Math.max(cur[1], span[1]);
        else {
          if (cur) out.push({ orientation, at, from: cur[0], to: cur[1] });
          cur = [span[0], span[1]];
        }
      }
      if (cur) out.push({ orientation, at, from: cur[0], to: cur[1] });
    }
  }
  return out.filter((s) => s.to - s.from >= MIN_LENGTH);
}

/** Finds bordered tables: rectangles whose four corners are ruling intersections, grouped by shared corners. */
export function ruledGrids(segments: readonly Segment[]): RuledGrid[] {
  const merged = closeOpenEnds(mergeSegments(segments));
  const hs = merged.filter((s) => s.orientation === 'h');
  const vs = merged.filter((s) => s.orientation === 'v');
  const points = new Map<string, { x: number; y: number; h: Set<number>; v: Set<number> }>();
  hs.forEach((h, hi) => {
    vs.forEach((v, vi) => {
      if (v.at < h.from - TOUCH - SNAP || v.at > h.to + TOUCH + SNAP) return;
      if (h.at < v.from - TOUCH - SNAP || h.at > v.to + TOUCH + SNAP) return;
      const key = `${v.at.toFixed(2)},${h.at.toFixed(2)}`;
      const p = points.get(key) ?? { x: v.at, y: h.at, h: new Set<number>(), v: new Set<number>() };
      p.h.add(hi);
      p.v.add(vi);
      points.set(key, p);
    });
  });
  const list = [...points.values()].sort((a, b) => a.y - b.y || a.x - b.x);
  const at = (x: number, y: number) => points.get(`${x.toFixed(2)},${y.toFixed(2)}`);
  const shares = (a: Set<number>, b: Set<number>) => {
    for (const i of a) if (b.has(i)) return true;
    return false;
  };

  // The points of each column and each row, in list order: a point looks only along its own
  // column and row, not at every point of the page (n² per page of many rulings).
  type Point = (typeof list)[number];
  const column = new Map<number, Point[]>();
  const row = new Map<number, Point[]>();
  for (const p of list) {
    if (!column.has(p.x)) column.set(p.x, []);
    if (!row.has(p.y)) row.set(p.y, []);
    column.get(p.x)!.push(p);
    row.get(p.y)!.push(p);
  }
  const rects: Box[] = [];
  for (const p of list) {
    const below = column.get(p.x)!.filter((q) => q.y > p.y && shares(p.v, q.v));
    const right = row.get(p.y)!.filter((q) => q.x > p.x && shares(p.h, q.h));
    search: for (const b of below) {
      for (const r of right) {
        const corner = at(r.x, b.y);
        if (corner && shares(corner.h, b.h) && shares(corner.v, r.v)) {
          rects.push([p.x, p.y, r.x, b.y]);
          break search;
        }
      }
    }
  }
  return groupRects(rects).filter((g) => g.length >= 2).map(toGrid);
}

// A row cut by a page break keeps its side rulings but loses the rule along the cut (Chromium
// draws no bottom border on the piece at the foot of a page, nor a top one on the piece that
// carries on; a cell merged down many rows loses it while the cells beside it keep theirs). A
// vertical ruling that runs on past the last (or first) horizontal it crosses is open; where
// another vertical ruling of the same table (one horizontal crosses both) ends level with it, a
// ruling between their ends closes the row.
const OPEN_END = 4;

/** Adds the missing horizontal ruling where the columns of a ruled table end open. */
export function closeOpenEnds(merged: readonly Segment[]): Segment[] {
  const hs = merged.filter((s) => s.orientation === 'h');
  const vs = merged.filter((s) => s.orientation === 'v');
  const crossing = (v: Segment, h: Segment) =>
    v.at >= h.from - TOUCH - SNAP && v.at <= h.to + TOUCH + SNAP && h.at >= v.from - TOUCH - SNAP && h.at <= v.to + TOUCH + SNAP;
  const crossed = vs.map((v) => hs.filter((h) => crossing(v, h)));
  const added: Segment[] = [];
  for (const end of ['to', 'from'] as const) {
    vs.forEach((v, i) => {
      const mine = crossed[i] as Segment[];
      if (mine.length === 0) return;
      const outer = mine.reduce((a, b) => (end === 'to' ? (b.at > a.at ? b : a) : b.at < a.at ? b : a));
      const y = v[end];
      if (Math.abs(y - outer.at) <= OPEN_END) return;
      const partners = vs.filter((u, j) => j !== i && Math.abs(u[end] - y) <= SNAP && (crossed[j] as Segment[]).some((h) => mine.includes(h)));
      if (partners.length === 0) return;
      const xs = [v.at, ...partners.map((u) => u.at)];
      added.push({ orientation: 'h', at: y, from: Math.min(...xs), to: Math.max(...xs) });
    });
  }
  return added.length === 0 ? [...merged] : mergeSegments([...merged, ...added]);
}

function groupRects(rects: Box[]): Box[][] {
  const parent = rects.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] as number)));
  const corners = new Map<string, number>();
  rects.forEach((r, i) => {
    for (const [x, y] of [[r[0], r[1]], [r[2], r[1]], [r[0], r[3]], [r[2], r[3]]] as const) {
      const key = `${x.toFixed(2)},${y.toFixed(2)}`;
      const j = corners.get(key);
      if (j === undefined) corners.set(key, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, Box[]>();
  rects.forEach((r, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), r]);
  });
  return [...groups.values()];
}

function toGrid(rects: Box[]): RuledGrid {
  const xs = uniqueSorted(rects.flatMap((r) => [r[0], r[2]]));
  const ys = uniqueSorted(rects.flatMap((r) => [r[1], r[3]]));
  const index = (values: number[], v: number) => values.findIndex((u) => Math.abs(u - v) <= 0.01);
  const cells = rects
    .map((box) => {
      const col = index(xs, box[0]);
      const row = index(ys, box[1]);
      return { box, row, col, colSpan: index(xs, box[2]) - col, rowSpan: index(ys, box[3]) - row };
    })
    .sort((a, b) => a.row - b.row || a.col - b.col);
  const box: Box = [xs[0] as number, ys[0] as number, xs[xs.length - 1] as number, ys[ys.length - 1] as number];
  return { box, xs, ys, cells };
}

function uniqueSorted(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.filter((v, i) => i === 0 || v - (sorted[i - 1] as number) > 0.01);
}
