// The pdfkit rendering of a zoo document: text placed by our own simple layout (headings,
// paragraphs, lists with hanging markers, fixed-width tables), as plans made by small PDF
// libraries and report generators are.
import type { Inline, ZooBlock, ZooDocument, ZooList } from '../zoo-doc.ts';
import { ListCounter, markerText } from './list-markers.ts';
import { BODY_SIZE, fontsInstalled, PdfkitPage } from './pdfkit-kit.ts';
import { drawTable, pdfkitTableSupported } from './pdfkit-table.ts';
import { sectionRuns } from './section-runs.ts';

const HEADING_SIZE = [16, 13, 11.5] as const;
/** Points per unit of a paragraph's `indent` (one text-writer space). */
const INDENT_UNIT = 4;

export const pdfkitAvailable = fontsInstalled;

export function pdfkitSupports(doc: ZooDocument): boolean {
  const tables = (blocks: readonly ZooBlock[]): boolean =>
    blocks.every((b) => (b.kind === 'table' ? pdfkitTableSupported(b) : b.kind === 'list' ? b.items.every((i) => tables(i.children ?? [])) : true));
  return tables(doc.blocks);
}

function fontOf(run: Inline): string {
  if (typeof run === 'string') return 'body';
  return run.bold ? 'bold' : run.italic ? 'italic' : 'body';
}

/** Inline runs as one flowing paragraph at (x, current y). */
function drawRuns(page: PdfkitPage, runs: readonly Inline[], x: number, width: number): void {
  const { doc } = page;
  const parts = runs.filter((r) => (typeof r === 'string' ? r : r.text).length > 0);
  if (parts.length === 0) return;
  doc.fontSize(BODY_SIZE);
  page.ensure(BODY_SIZE * 1.3);
  const y = doc.y;
  parts.forEach((run, i) => {
    const text = typeof run === 'string' ? run : run.text;
    doc.font(fontOf(run));
    const options = { width, continued: i < parts.length - 1 };
    if (i === 0) doc.text(text, x, y, options);
    else doc.text(text, options);
  });
  doc.font('body');
}

function drawList(page: PdfkitPage, list: ZooList, counter: ListCounter, x: number): void {
  const { doc } = page;
  const first = list.ordered ? counter.first(list) : 0;
  const markers = list.items.map((_, i) => (list.ordered ? markerText(first + i, list.style) : (list.bullet ?? '•')));
  doc.font('symbol').fontSize(BODY_SIZE);
  const markerWidth = Math.max(...markers.map((m) => doc.widthOfString(m))) + 6;
  list.items.forEach((item, i) => {
    page.ensure(BODY_SIZE * 1.3);
    const y = doc.y;
    doc.font(list.ordered ? 'body' : 'symbol').fontSize(BODY_SIZE).text(markers[i]!, x, y, { lineBreak: false });
    doc.y = y;
    const textX = x + markerWidth;
    item.paragraphs.forEach((p, k) => {
      if (k > 0) doc.moveDown(0.2);
      drawRuns(page, p, textX, page.right - textX);
    });
    doc.moveDown(0.15);
    for (const child of item.children ?? []) drawBlock(page, child, counter, textX);
  });
  doc.moveDown(0.3);
}

function drawBlock(page: PdfkitPage, block: ZooBlock, counter: ListCounter, x: number): void {
  const { doc } = page;
  switch (block.kind) {
    case 'heading': {
      const size = HEADING_SIZE[block.level - 1] ?? BODY_SIZE;
      page.ensure(size * 3);
      doc.moveDown(0.4);
      doc.font('bold').fontSize(size).text(block.text, x, doc.y, { width: page.right - x });
      doc.moveDown(0.3);
      doc.font('body').fontSize(BODY_SIZE);
      return;
    }
    case 'paragraph': {
      const left = x + (block.indent ?? 0) * INDENT_UNIT;
      const runs = block.runs.length > 0 ? block.runs : (block.lines ?? []).flatMap((l, i) => (i > 0 ? [' ', ...l] : l));
      drawRuns(page, runs, left, page.right - left);
      doc.moveDown(0.5);
      return;
    }
    case 'list':
      drawList(page, block, counter, x);
      return;
    case 'table':
      page.ensure(BODY_SIZE * 4);
      drawTable(page, block);
      return;
    case 'pageBreak':
      page.newPage();
      return;
  }
}

/** The document drawn with pdfkit (call {@link pdfkitSupports} first). */
export async function writePdfkit(doc: ZooDocument): Promise<Uint8Array> {
  const page = new PdfkitPage(doc.header, doc.footer);
  const counter = new ListCounter();
  for (const run of sectionRuns(doc.blocks)) {
    page.newPage(run.landscape ? 'landscape' : 'portrait');
    for (const block of run.blocks) drawBlock(page, block, counter, page.left);
  }
  return page.finish();
}
