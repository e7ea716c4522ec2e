import { boxOfPoints, multiply, type Box, type Matrix } from './geometry.ts';

const CONTROL = /[\u0000-\u001f\u007f]/g;

/** A piece of text as pdf.js reports it, placed in page space. */
export interface TextRun {
  text: string;
  box: Box;
  /** Baseline: y for horizontal text, x for text set vertically. */
  baseline: number;
  size: number;
  font: string;
  bold: boolean;
  italic: boolean;
  /** Text running up or down the page (a rotated header). */
  vertical: boolean;
  /** For vertical text: true when it reads bottom to top (rotated 90° anticlockwise). */
  upward: boolean;
}

export interface RawTextItem {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}

export interface FontStyle {
  ascent?: number;
  descent?: number;
}

const BOLD_NAME = /bold|black|heavy|semibold|demi/i;

/**
 * Places pdf.js text items in page space. Whitespace-only items are dropped: pdf.js inserts them
 * from its own spacing guesses, and lines are rebuilt from gaps instead.
 */
export function textRuns(
  items: readonly RawTextItem[],
  styles: Record<string, FontStyle | undefined>,
  fontNames: ReadonlyMap<string, string>,
  viewport: Matrix,
): TextRun[] {
  const runs: TextRun[] = [];
  for (const item of items) {
    // A tab or other control character drawn as a glyph (some producers print tabs so) is a gap.
    if (item.str.replace(CONTROL, '').trim() === '' || item.transform.length !== 6) continue;
    const m = multiply(viewport, item.transform as Matrix);
    const size = Math.hypot(m[2], m[3]);
    const advance = Math.hypot(m[0], m[1]);
    if (!(size > 0) || !(advance > 0) || !Number.isFinite(size) || !Number.isFinite(advance)) continue;
    const style = styles[item.fontName];
    const ascent = clampMetric(style?.ascent, 0.8);
    const descent = Math.abs(clampMetric(style?.descent, -0.2));
    const dir: [number, number] = [m[0] / advance, m[1] / advance];
    const up: [number, number] = [m[2] / size, m[3] / size];
    const ox = m[4];
    const oy = m[5];
    const ex = ox + dir[0] * item.width;
    const ey = oy + dir[1] * item.width;
    const top = size * ascent;
    const bottom = size * descent;
    const box = boxOfPoints([
      [ox + up[0] * top, oy + up[1] * top],
      [ox - up[0] * bottom, oy - up[1] * bottom],
      [ex + up[0] * top, ey + up[1] * top],
      [ex - up[0] * bottom, ey - up[1] * bottom],
    ]);
    // A damaged file can place text at no finite point; such text cannot be laid out (the caller counts it).
    if (!box.every(Number.isFinite)) continue;
    const vertical = Math.abs(dir[1]) > Math.abs(dir[0]);
    const font = fontNames.get(item.fontName) ?? item.fontName;
    runs.push({ text: item.str.replace(CONTROL, ' '), box, baseline: vertical ? ox : oy, size, font, bold: BOLD_NAME.test(font), italic: /italic|oblique/i.test(font), vertical, upward: vertical && dir[1] < 0 });
  }
  return runs;
}

function clampMetric(value: number | undefined, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value === 0 || Math.abs(value) > 1.5) return fallback;
  return value;
}
