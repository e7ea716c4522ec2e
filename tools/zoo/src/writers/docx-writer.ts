// The Word rendering of a zoo document with the docx package: heading styles, real Word numbering,
// tables (landscape sections for wide grids), running header and footer.
import {
  Document,
  type FileChild,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageBreak,
  PageOrientation,
  Paragraph,
  TextRun,
} from 'docx';
import type { ZooBlock, ZooDocument, ZooList } from '../zoo-doc.ts';
import { levelIndent, WordNumbering } from './docx-numbering.ts';
import { runs, wordTable } from './docx-table.ts';
import { sectionRuns } from './section-runs.ts';
import { readZip, writeZip } from './zip-files.ts';

/** A4 in twips, with 1-inch margins. */
const PAGE = { width: 11906, height: 16838, margin: 1440 };
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;
/** Twips per unit of a paragraph's `indent` (one text-writer space). */
const INDENT_UNIT = 180;
/** A fixed document date, so a rebuild gives the same bytes. */
const FIXED_DATE = '2024-01-01T00:00:00Z';

interface Context {
  numbering: WordNumbering;
  /** Usable width of the current section, in twips. */
  width: number;
}

function listChildren(list: ZooList, ctx: Context, level: number): FileChild[] {
  const numbering = ctx.numbering.forList(list, level);
  const out: FileChild[] = [];
  for (const item of list.items) {
    const [first = [], ...rest] = item.paragraphs;
    out.push(new Paragraph({ numbering, children: runs(first) }));
    for (const p of rest) out.push(new Paragraph({ indent: { left: levelIndent(level) }, children: runs(p) }));
    for (const child of item.children ?? []) out.push(...blockChildren(child, ctx, level + 1));
  }
  return out;
}

/** The Word content of a block; `level` is the list nesting it sits in (0 outside lists). */
function blockChildren(block: ZooBlock, ctx: Context, level = 0): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level - 1], children: [new TextRun(block.text)] })];
    case 'paragraph': {
      const left = (level > 0 ? levelIndent(level - 1) : 0) + (block.indent ?? 0) * INDENT_UNIT;
      // Lines kept apart in the paragraph are Word line breaks (Shift+Enter).
      if (block.lines && block.lines.length > 1) {
        const children = block.lines.flatMap((line, i) => runs(line).map((run, k) => (i > 0 && k === 0 ? [new TextRun({ break: 1 }), run] : [run])).flat());
        return [new Paragraph({ ...(left > 0 ? { indent: { left } } : {}), children })];
      }
      const content = block.runs.length > 0 ? block.runs : (block.lines ?? []).flatMap((l, i) => (i > 0 ? [' ', ...l] : l));
      return [new Paragraph({ ...(left > 0 ? { indent: { left } } : {}), children: runs(content) })];
    }
    case 'list':
      return listChildren(block, ctx, level);
    case 'table':
      // Word needs a paragraph between two tables, or it merges them into one.
      return [wordTable(block, ctx.width, ctx.numbering), new Paragraph({})];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/**
 * Fixes the document dates, and writes a checkbox control's box as Word does: the docx package
 * writes it as a w:sym, Word as the box character in an MS Gothic run.
 */
function finish(bytes: Uint8Array): Uint8Array {
  const files = readZip(bytes);
  const core = files.get('docProps/core.xml');
  if (core) {
    const xml = new TextDecoder().decode(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)/g, `$1${FIXED_DATE}$2`);
    files.set('docProps/core.xml', new TextEncoder().encode(xml));
  }
  const body = files.get('word/document.xml');
  if (body) {
    const xml = new TextDecoder().decode(body).replace(/<w:r><w:sym w:char="(2612|2610)" w:font="MS Gothic"\/><\/w:r>/g, (_m, code: string) =>
      `<w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>${String.fromCodePoint(parseInt(code, 16))}</w:t></w:r>`,
    );
    files.set('word/document.xml', new TextEncoder().encode(xml));
  }
  return writeZip(files);
}

/** The document as the bytes of a .docx file. */
export async function writeDocx(doc: ZooDocument): Promise<Uint8Array> {
  const numbering = new WordNumbering();
  const sections = sectionRuns(doc.blocks).map((run) => {
    const width = (run.landscape ? PAGE.height : PAGE.width) - 2 * PAGE.margin;
    const ctx: Context = { numbering, width };
    return {
      properties: {
        page: {
          size: { width: PAGE.width, height: PAGE.height, ...(run.landscape ? { orientation: PageOrientation.LANDSCAPE } : {}) },
          margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
        },
      },
      ...(doc.header ? { headers: { default: new Header({ children: [new Paragraph(doc.header)] }) } } : {}),
      ...(doc.footer ? { footers: { default: new Footer({ children: [new Paragraph(doc.footer)] }) } } : {}),
      children: run.blocks.flatMap((b) => blockChildren(b, ctx)),
    };
  });
  const word = new Document({
    creator: 'tc layout zoo',
    title: doc.title,
    numbering: numbering.config(),
    styles: { default: { document: { run: { font: 'Arial', size: 21 }, paragraph: { spacing: { after: 80 } } } } },
    sections,
  });
  return finish(new Uint8Array(await Packer.toBuffer(word)));
}
