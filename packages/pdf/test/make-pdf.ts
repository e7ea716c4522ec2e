// A tiny PDF writer for tests: pages of Helvetica text lines, and nothing else. It lets a test
// make a 500-page file or a damaged one without any PDF library.

/** Builds a PDF whose page i holds the lines `pageLines(i)` (1-based), Helvetica 11 pt, A4. */
export function makeTextPdf(pages: number, pageLines: (page: number) => string[]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) ;
  add('<< /Type /Catalog /Pages 2 0 R >>');
  const kids = Array.from({ length: pages }, (_, i) => `${4 + i * 2} 0 R`).join(' ');
  add(`<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`);
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  for (let i = 1; i <= pages; i++) {
    const stream = pageLines(i)
      .map((line, n) => `BT /F1 11 Tf 72 ${770 - n * 16} Td (${line.replace(/[()\\]/g, (c) => `\\${c}`)}) Tj ET`)
      .join('\n');
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + (i - 1) * 2} 0 R >>`);
    add(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  }
  return serialise(objects);
}

/** Builds a one-page PDF with each text at its position (points, top-left origin), Helvetica 10 pt. */
export function makePlacedTextPdf(items: ReadonlyArray<{ x: number; y: number; text: string }>): Uint8Array {
  return makeLayoutPdf([{ items }]);
}

/** Text placed on a page: y is the baseline (points from the top); rotate 90 reads bottom to top. */
export interface PlacedText {
  x: number;
  y: number;
  text: string;
  size?: number;
  bold?: boolean;
  rotate?: 90;
  /** ZapfDingbats instead of Helvetica ("4" is a tick). */
  dingbats?: boolean;
  /** Courier instead of Helvetica: every character 0.6 em wide, so text ends where a test wants it. */
  mono?: boolean;
}

/** A filled shape: a disc of radius r or a square of side 2r, centred on (x, y) from the top. */
export interface PlacedShape {
  x: number;
  y: number;
  r: number;
  kind: 'disc' | 'square';
}

/**
 * Builds a PDF of pages of placed text (Helvetica or Courier, plain or bold, or ZapfDingbats; any
 * size, upright or rotated 90°), small filled shapes and stroked rules, A4 unless a size is given. ASCII only.
 */
/** A stroked straight line from (x1, y1) to (x2, y2), from the top, 0.75 pt wide. */
export interface PlacedRule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export function makeLayoutPdf(pages: ReadonlyArray<{ items: readonly PlacedText[]; shapes?: readonly PlacedShape[]; rules?: readonly PlacedRule[] }>, size: { width?: number; height?: number } = {}): Uint8Array {
  const width = size.width ?? 595;
  const height = size.height ?? 842;
  const escape = (t: string) => t.replace(/[()\\]/g, (c) => `\\${c}`);
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${8 + i * 2} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Bold /Encoding /WinAnsiEncoding >>',
  ];
  pages.forEach((page, i) => {
    const text = page.items.map((it) => {
      const font = it.dingbats ? 'F3' : it.mono ? (it.bold ? 'F5' : 'F4') : it.bold ? 'F2' : 'F1';
      const y = height - it.y;
      const matrix = it.rotate === 90 ? `0 1 -1 0 ${it.x} ${y}` : `1 0 0 1 ${it.x} ${y}`;
      return `BT /${font} ${it.size ?? 10} Tf ${matrix} Tm (${escape(it.text)}) Tj ET`;
    });
    const shapes = (page.shapes ?? []).map(({ x, y: top, r, kind }) => {
      const y = height - top;
      if (kind === 'square') return `${x - r} ${y - r} ${2 * r} ${2 * r} re f`;
      const k = 0.5523 * r;
      return [
        `${x + r} ${y} m`,
        `${x + r} ${y + k} ${x + k} ${y + r} ${x} ${y + r} c`,
        `${x - k} ${y + r} ${x - r} ${y + k} ${x - r} ${y} c`,
        `${x - r} ${y - k} ${x - k} ${y - r} ${x} ${y - r} c`,
        `${x + k} ${y - r} ${x + r} ${y - k} ${x + r} ${y} c f`,
      ].join(' ');
    });
    const rules = (page.rules ?? []).map(({ x1, y1, x2, y2 }) => `0.75 w ${x1} ${height - y1} m ${x2} ${height - y2} l S`);
    const stream = [...text, ...shapes, ...rules].join('\n');
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R /F4 6 0 R /F5 7 0 R >> >> /Contents ${9 + i * 2} 0 R >>`);
    objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  });
  return serialise(objects);
}

/** Numbered objects, the cross-reference table and the trailer (object 1 is the catalog). */
/** Builds a PDF from object bodies as written (object i + 1 is `objects[i]`; object 1 the catalog). */
export function serialise(objects: readonly string[]): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
