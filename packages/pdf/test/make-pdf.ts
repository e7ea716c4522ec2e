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
  const lines = items.map(({ x, y, text }) => ({ x, y: 842 - y, text }));
  const stream = lines.map(({ x, y, text }) => `BT /F1 10 Tf ${x} ${y} Td (${text.replace(/[()\\]/g, (c) => `\\${c}`)}) Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  return serialise(objects);
}

/** Numbered objects, the cross-reference table and the trailer (object 1 is the catalog). */
function serialise(objects: readonly string[]): Uint8Array {
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
