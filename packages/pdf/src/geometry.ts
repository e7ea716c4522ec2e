// Boxes and points in page space: points, top-left origin, y growing downwards.

export type Box = [x0: number, y0: number, x1: number, y1: number];
export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

export function boxOfPoints(points: ReadonlyArray<readonly [number, number]>): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const [x, y] of points) {
    if (x < x0) x0 = x;
    if (y < y0) y0 = y;
    if (x > x1) x1 = x;
    if (y > y1) y1 = y;
  }
  return [x0, y0, x1, y1];
}

export function union(boxes: readonly Box[]): Box {
  let out: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of boxes) out = [Math.min(out[0], b[0]), Math.min(out[1], b[1]), Math.max(out[2], b[2]), Math.max(out[3], b[3])];
  return out;
}

export function centre(b: Box): [number, number] {
  return [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];
}

export function contains(outer: Box, x: number, y: number, tolerance = 0): boolean {
  return x >= outer[0] - tolerance && x <= outer[2] + tolerance && y >= outer[1] - tolerance && y <= outer[3] + tolerance;
}

/** Overlap of two intervals as a share of the shorter one. */
export function overlapShare(a0: number, a1: number, b0: number, b1: number): number {
  const overlap = Math.min(a1, b1) - Math.max(a0, b0);
  const shorter = Math.min(a1 - a0, b1 - b0);
  if (shorter <= 0) return overlap >= 0 ? 1 : 0;
  return Math.max(0, overlap) / shorter;
}

export function rounded(b: Box): Box {
  const r = (v: number) => Math.round(v * 100) / 100;
  return [r(b[0]), r(b[1]), r(b[2]), r(b[3])];
}
