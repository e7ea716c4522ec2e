import { apply, boxOfPoints, IDENTITY, multiply, type Box, type Matrix } from './geometry.ts';

/** A straight axis-aligned line that may be a table ruling. */
export interface Segment {
  orientation: 'h' | 'v';
  /** y of a horizontal segment, x of a vertical one. */
  at: number;
  from: number;
  to: number;
}

/**
 * A small drawn shape: a tick or cross drawn as a path, or a dot (a small filled circle or
 * square) that is a list bullet when text follows it on its line.
 */
export interface VectorMark {
  box: Box;
  cross: boolean;
  /** Filled, closed and about as wide as tall. */
  dot: boolean;
  /** Drawn with curves (a disc rather than a square). */
  round: boolean;
}

export interface PageGraphics {
  segments: Segment[];
  marks: VectorMark[];
}

export interface OperatorList {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

type Point = [number, number];
type Subpath = { points: Point[]; closed: boolean; curved: boolean };

/** Thicker than this, a filled rectangle is a shaded box rather than a line. */
const LINE_THICKNESS = 3;
const MARK_MIN = 2.5;
const MARK_MAX = 16;
const AXIS_TOLERANCE = 0.5;
/** A filled dot this size (points) may be a bullet. */
const DOT_MIN = 1.5;
const DOT_MAX = 8;

interface GraphicsState {
  ctm: Matrix;
  strokeWhite: boolean;
  fillWhite: boolean;
}

/**
 * Reads rulings and small marks from an operator list. Handles both shapes of `constructPath`:
 * pdf.js ≥ 5 `[paintOp, [Float32Array], minMax]` with DrawOPS codes, and the older
 * `[ops[], coords[], minMax]` followed by a separate paint operator.
 */
export function pageGraphics(list: OperatorList, OPS: Record<string, number>, viewport: Matrix): PageGraphics {
  const names = new Map<number, string>(Object.entries(OPS).map(([k, v]) => [v, k]));
  const out: PageGraphics = { segments: [], marks: [] };
  const stack: GraphicsState[] = [];
  let state: GraphicsState = { ctm: IDENTITY, strokeWhite: false, fillWhite: false };
  let pending: Subpath[] | null = null;

  const paint = (op: string, paths: Subpath[]) => {
    const stroke = /stroke/i.test(op);
    const fill = /fill/i.test(op);
    if (!stroke && !fill) return;
    if ((stroke && state.strokeWhite && (!fill || state.fillWhite)) || (!stroke && state.fillWhite)) return;
    const toPage = multiply(viewport, state.ctm);
    const placed = paths.map((p) => ({ ...p, points: p.points.map(([x, y]) => apply(toPage, x, y)) }));
    collect(placed, fill && !stroke, out);
  };

  for (let i = 0; i < list.fnArray.length; i++) {
    const name = names.get(list.fnArray[i] as number) ?? '';
    const args = list.argsArray[i] as unknown[] | null;
    switch (name) {
      case 'save':
        stack.push(state);
        break;
      case 'restore':
        state = stack.pop() ?? state;
        break;
      case 'transform':
        if (args && args.length === 6) state = { ...state, ctm: multiply(state.ctm, args as Matrix) };
        break;
      case 'paintFormXObjectBegin': {
        stack.push(state);
        const m = Array.isArray(args?.[0]) || ArrayBuffer.isView(args?.[0]) ? Array.from(args[0] as ArrayLike<number>) : null;
        if (m && m.length === 6) state = { ...state, ctm: multiply(state.ctm, m as Matrix) };
        break;
      }
      case 'paintFormXObjectEnd':
        state = stack.pop() ?? state;
        break;
      case 'setStrokeRGBColor':
        state = { ...state, strokeWhite: isWhite(args?.[0]) };
        break;
      case 'setFillRGBColor':
        state = { ...state, fillWhite: isWhite(args?.[0]) };
        break;
      case 'constructPath': {
        if (!args) break;
        if (typeof args[0] === 'number') {
          const buffer = (args[1] as ArrayLike<unknown> | undefined)?.[0] as ArrayLike<number> | null | undefined;
          if (buffer) paint(names.get(args[0]) ?? '', decodeDrawOps(buffer));
        } else if (Array.isArray(args[0])) {
          pending = [...(pending ?? []), ...decodeLegacy(args[0] as number[], args[1] as number[], names)];
        }
        break;
      }
      default:
        if (pending && /stroke|fill|endPath/i.test(name)) {
          paint(name, pending);
          pending = null;
        }
    }
  }
  // A damaged file can give coordinates no finite point has; such lines and marks are dropped.
  out.segments = out.segments.filter((g) => Number.isFinite(g.at) && Number.isFinite(g.from) && Number.isFinite(g.to));
  out.marks = out.marks.filter((m) => m.box.every(Number.isFinite));
  return out;
}

function isWhite(colour: unknown): boolean {
  if (typeof colour !== 'string' || !/^#[0-9a-f]{6}$/i.test(colour)) return false;
  return [1, 3, 5].every((i) => parseInt(colour.slice(i, i + 2), 16) >= 0xf0);
}

// DrawOPS: moveTo 0, lineTo 1, curveTo 2, quadraticCurveTo 3, closePath 4.
function decodeDrawOps(buf: ArrayLike<number>): Subpath[] {
  const paths: Subpath[] = [];
  let current: Subpath | null = null;
  const open = (p: Point) => {
    current = { points: [p], closed: false, curved: false };
    paths.push(current);
  };
  for (let k = 0; k < buf.length; ) {
    const op = buf[k++];
    if (op === 0) open([buf[k++] as number, buf[k++] as number]);
    else if (op === 1) {
      const p: Point = [buf[k++] as number, buf[k++] as number];
      if (!current) open(p);
      else (current as Subpath).points.push(p);
    } else if (op === 2 || op === 3) {
      const n = op === 2 ? 6 : 4;
      const p: Point = [buf[k + n - 2] as number, buf[k + n - 1] as number];
      k += n;
      if (!current) open(p);
      else {
        (current as Subpath).points.push(p);
        (current as Subpath).curved = true;
      }
    } else if (op === 4) {
      if (current) (current as Subpath).closed = true;
    } else break;
  }
  return paths;
}

function decodeLegacy(ops: number[], coords: number[], names: Map<number, string>): Subpath[] {
  const paths: Subpath[] = [];
  let current: Subpath | null = null;
  let j = 0;
  const take = (n: number) => coords.slice((j += n) - n, j);
  for (const code of ops) {
    const name = names.get(code);
    if (name === 'rectangle') {
      const [x, y, w, h] = take(4) as [number, number, number, number];
      paths.push({ points: [[x, y], [x + w, y], [x + w, y + h], [x, y + h]], closed: true, curved: false });
      current = null;
    } else if (name === 'moveTo') {
      current = { points: [take(2) as Point], closed: false, curved: false };
      paths.push(current);
    } else if (name === 'lineTo') current?.points.push(take(2) as Point);
    else if (name === 'curveTo' || name === 'curveTo2' || name === 'curveTo3') {
      const c = take(name === 'curveTo' ? 6 : 4);
      current?.points.push(c.slice(-2) as Point);
      if (current) current.curved = true;
    } else if (name === 'closePath' && current) current.closed = true;
  }
  return paths;
}

function collect(paths: Subpath[], fillOnly: boolean, out: PageGraphics): void {
  const all = paths.flatMap((p) => p.points);
  if (all.length === 0) return;
  const bbox = boxOfPoints(all);
  const w = bbox[2] - bbox[0];
  const h = bbox[3] - bbox[1];
  const slanted = paths.some((p) => p.curved || edges(p).some(([a, b]) => !isAxisAligned(a, b)));
  const round = paths.some((p) => p.curved);
  const dot = fillOnly && paths.every((p) => p.closed || p.curved) && w >= DOT_MIN && h >= DOT_MIN && w <= DOT_MAX && h <= DOT_MAX && w <= 1.6 * h && h <= 1.6 * w;
  if (slanted) {
    if (dot || (w >= MARK_MIN && h >= MARK_MIN && w <= MARK_MAX && h <= MARK_MAX)) out.marks.push({ box: bbox, cross: isCross(paths), dot, round });
    return;
  }
  if (dot) {
    // A small filled square: a bullet if text follows it, else nothing (it rules no line).
    out.marks.push({ box: bbox, cross: false, dot, round: false });
    return;
  }
  for (const p of paths) {
    const pb = boxOfPoints(p.points);
    const pw = pb[2] - pb[0];
    const ph = pb[3] - pb[1];
    if (fillOnly || (p.closed && p.points.length >= 4 && Math.min(pw, ph) <= LINE_THICKNESS)) {
      // A filled (or tiny closed) rectangle: a line when thin, otherwise its four edges rule a box.
      if (ph <= LINE_THICKNESS && pw > ph) out.segments.push({ orientation: 'h', at: (pb[1] + pb[3]) / 2, from: pb[0], to: pb[2] });
      else if (pw <= LINE_THICKNESS && ph > pw) out.segments.push({ orientation: 'v', at: (pb[0] + pb[2]) / 2, from: pb[1], to: pb[3] });
      continue;
    }
    for (const [a, b] of edges(p)) {
      if (Math.abs(a[1] - b[1]) <= AXIS_TOLERANCE && Math.abs(a[0] - b[0]) > AXIS_TOLERANCE)
        out.segments.push({ orientation: 'h', at: (a[1] + b[1]) / 2, from: Math.min(a[0], b[0]), to: Math.max(a[0], b[0]) });
      else if (Math.abs(a[0] - b[0]) <= AXIS_TOLERANCE && Math.abs(a[1] - b[1]) > AXIS_TOLERANCE)
        out.segments.push({ orientation: 'v', at: (a[0] + b[0]) / 2, from: Math.min(a[1], b[1]), to: Math.max(a[1], b[1]) });
    }
  }
}

function edges(p: Subpath): Array<[Point, Point]> {
  const out: Array<[Point, Point]> = [];
  for (let i = 1; i < p.points.length; i++) out.push([p.points[i - 1] as Point, p.points[i] as Point]);
  if (p.closed && p.points.length > 2) out.push([p.points[p.points.length - 1] as Point, p.points[0] as Point]);
  return out;
}

function isAxisAligned(a: Point, b: Point): boolean {
  return Math.abs(a[0] - b[0]) <= AXIS_TOLERANCE || Math.abs(a[1] - b[1]) <= AXIS_TOLERANCE;
}

// A cross is two separate strokes with opposite slopes; a tick is one stroke that turns.
function isCross(paths: Subpath[]): boolean {
  const strokes = paths.filter((p) => p.points.length >= 2 && !p.closed);
  if (strokes.length !== 2) return false;
  const slope = (p: Subpath) => {
    const a = p.points[0] as Point;
    const b = p.points[p.points.length - 1] as Point;
    return Math.sign((b[0] - a[0]) * (b[1] - a[1]));
  };
  return slope(strokes[0] as Subpath) * slope(strokes[1] as Subpath) < 0;
}
