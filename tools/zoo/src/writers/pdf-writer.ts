// The PDF producers: Chromium printing the HTML rendering, LibreOffice exporting the Word
// rendering, and pdfkit drawing the document itself. Each leaves its own fingerprints (fonts,
// text order, how tables and ticks come out), which is why the zoo uses all three.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ZooDocument } from '../zoo-doc.ts';
import { hasCommand, runTool } from './external-tools.ts';
import { writeHtml } from './html-writer.ts';
import { convertDocx, SOFFICE } from './libreoffice.ts';
import { pdfkitAvailable, pdfkitSupports, writePdfkit } from './pdfkit-writer.ts';

export type PdfProducer = 'chromium' | 'libreoffice' | 'pdfkit';

export const CHROMIUM = 'chromium';

/** Whether this machine can run `producer` (for pdfkit: whether its fonts are installed). */
export function producerAvailable(producer: PdfProducer): boolean {
  if (producer === 'chromium') return hasCommand(CHROMIUM);
  if (producer === 'libreoffice') return hasCommand(SOFFICE);
  return pdfkitAvailable();
}

/** Whether `producer` can render everything in `doc` (pdfkit draws a subset of tables). */
export function producerSupports(producer: PdfProducer, doc: ZooDocument): boolean {
  return producer !== 'pdfkit' || pdfkitSupports(doc);
}

/** Chromium's print-to-PDF of the HTML rendering; `slot` keeps parallel browsers' profiles apart. */
export async function chromiumPdf(doc: ZooDocument, slot: number): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'zoo-chromium-'));
  try {
    const html = join(dir, 'document.html');
    const pdf = join(dir, 'document.pdf');
    await writeFile(html, writeHtml(doc));
    await runTool(CHROMIUM, [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      `--user-data-dir=/tmp/zoo-chromium-profile-${slot}`,
      `--print-to-pdf=${pdf}`,
      '--no-pdf-header-footer',
      `file://${html}`,
    ]);
    return new Uint8Array(await readFile(pdf));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const TEMPLATE = '20240101000000';

/**
 * Sets the creation and modification dates, the file id and LibreOffice's checksum to fixed values of the same length, so
 * a rebuild changes no bytes it need not (the cross-reference offsets stay right).
 */
export function neutralisePdf(bytes: Uint8Array): Uint8Array {
  const text = Buffer.from(bytes).toString('latin1');
  const dated = text
    .replace(/(\/(?:CreationDate|ModDate)\s*\(D:)([^)]*)\)/g, (_m, head: string, date: string) => {
      let k = 0;
      return `${head}${date.replace(/\d/g, () => TEMPLATE[k++] ?? '0')})`;
    })
    .replace(/(\/DocChecksum\s*\/)([0-9A-Fa-f]+)/g, (_m, head: string, sum: string) => `${head}${'0'.repeat(sum.length)}`)
    .replace(/(\/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)/g, (_m, a: string, x: string, b: string, y: string, c: string) => `${a}${'0'.repeat(x.length)}${b}${'0'.repeat(y.length)}${c}`);
  return new Uint8Array(Buffer.from(dated, 'latin1'));
}

/** The document's PDF from `producer`; LibreOffice works from the Word rendering `docx`. */
export async function writePdf(doc: ZooDocument, producer: PdfProducer, docx: Uint8Array, slot: number): Promise<Uint8Array> {
  switch (producer) {
    case 'chromium':
      return neutralisePdf(await chromiumPdf(doc, slot));
    case 'libreoffice':
      return neutralisePdf(await convertDocx(docx, 'pdf', slot));
    case 'pdfkit':
      return writePdfkit(doc);
  }
}
