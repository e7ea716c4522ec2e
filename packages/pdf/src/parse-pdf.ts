import type { BlockNode, Diagnostic, LayoutDocument } from '@tc/model';
import type { DocumentInitParameters } from 'pdfjs-dist/types/src/display/api.js';
import { isTcError, TcError } from '@tc/model';
import { extractFurniture } from './furniture.ts';
import type { Matrix } from './geometry.ts';
import { pageGraphics } from './page-graphics.ts';
import { layoutPage, type PageLayout } from './page-layout.ts';
import { openPdfJs } from '#pdfjs-env';
import { pdfError } from './pdf-error.ts';
import type { PdfJs, PdfJsOptions, PdfJsSession } from './pdfjs-options.ts';
import { bodySize, groupLines, HEADING_RATIO, toBlocks, type LineGroup } from './text-blocks.ts';
import { joinAcrossPages } from './table-continuation.ts';
import { textRuns, type RawTextItem } from './text-runs.ts';
import { formCheckboxes } from './form-fields.ts';

/** Options for {@link parsePdf}. */
export interface ParsePdfOptions {
  /** Opens an encrypted PDF. */
  password?: string;
  /** More pages than this is refused with TC_PDF_TOO_MANY_PAGES (default 2000). */
  maxPages?: number;
  /** Time limit for the whole document; past it the parse ends with TC_TIMEOUT (default 60 000). */
  timeoutMs?: number;
  /** Cancels the parse; it then ends with TC_ABORTED. */
  signal?: AbortSignal;
  /** Where pdf.js's worker and data files are, and whether a Web Worker may be used (browsers). */
  pdfjs?: PdfJsOptions;
  /** Called as each page has been read (or found unreadable): `page` of `pages`, from 1. */
  onPage?: (page: number, pages: number) => void;
}

const DEFAULT_MAX_PAGES = 2000;
const DEFAULT_TIMEOUT_MS = 60_000;
const PDF_MAGIC = '%PDF-';

/**
 * Reads a PDF into a LayoutDocument from glyph positions and drawn lines: lines and paragraphs,
 * ruled tables, tick grids without rulings, running headers and footers apart, and tables joined
 * across page breaks. Pages are read and released one at a time; nothing but `bytes` is read.
 */
export async function parsePdf(bytes: Uint8Array, options: ParsePdfOptions = {}): Promise<LayoutDocument> {
  if (bytes.length === 0) throw new TcError('TC_EMPTY_INPUT', 'The input is empty.');
  if (!looksLikePdf(bytes)) throw new TcError('TC_UNSUPPORTED_FORMAT', 'The input is not a PDF (no %PDF- header).');
  const limit = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let session: PdfJsSession | null = null;
  let task: ReturnType<PdfJs['getDocument']> | null = null;
  let stop: TcError | null = null;
  let wake: (e: TcError) => void = () => {};
  const stopped = new Promise<never>((_, reject) => {
    wake = reject;
  });
  stopped.catch(() => {});
  const halt = (e: TcError) => {
    if (stop) return;
    stop = e;
    wake(e);
    void task?.destroy();
    // A Web Worker is terminated, which stops it even inside a long operation.
    session?.close();
  };
  const timer = setTimeout(() => halt(new TcError('TC_TIMEOUT', `Parsing the PDF took longer than ${limit} ms.`)), limit);
  const onAbort = () => halt(new TcError('TC_ABORTED', 'Parsing the PDF was cancelled.', { cause: options.signal?.reason }));
  if (options.signal?.aborted) onAbort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const race = <T>(p: Promise<T>): Promise<T> => Promise.race([p, stopped]);

  try {
    const opening = openPdfJs(options.pdfjs ?? {});
    // Stopped while the worker was starting: it is let go as soon as it has started.
    opening.then((s) => stop && s.close(), () => {});
    session = await race(opening);
    const { pdfjs } = session;
    const params: DocumentInitParameters & { isEvalSupported: false } = {
      // A copy as a plain Uint8Array: pdf.js refuses Node Buffers, and may detach what it is given.
      data: new Uint8Array(bytes),
      password: options.password,
      isEvalSupported: false,
      disableFontFace: true,
      fontExtraProperties: true,
      useSystemFonts: false,
      stopAtErrors: false,
      maxImageSize: 0,
      isOffscreenCanvasSupported: false,
      enableXfa: false,
      cMapPacked: true,
      verbosity: 0,
      ...session.params,
    };
    try {
      task = pdfjs.getDocument(params);
    } catch (error) {
      throw pdfError(error, options.password !== undefined);
    }
    return await readDocument(task, pdfjs, options, race, () => stop);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    if (!stop) {
      try {
        await task?.destroy();
        session?.close(true);
      } catch (error) {
        session?.close();
        throw error;
      }
    }
  }
}

async function readDocument(
  task: ReturnType<PdfJs['getDocument']>,
  pdfjs: PdfJs,
  options: ParsePdfOptions,
  race: <T>(p: Promise<T>) => Promise<T>,
  stopped: () => TcError | null,
): Promise<LayoutDocument> {
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await race(task.promise);
  } catch (error) {
    throw stopped() ?? (isTcError(error) ? error : pdfError(error, options.password !== undefined));
  }
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  if (doc.numPages > maxPages)
    throw new TcError('TC_PDF_TOO_MANY_PAGES', `The PDF has ${doc.numPages} pages; the limit is ${maxPages}.`);
  const diagnostics: Diagnostic[] = [];
  const pages: PageLayout[] = [];
  let runCount = 0;
  // Annotations are read only for their form checkboxes, so only in a document with form fields:
  // pdf.js reads the whole page's text again for every page with a link or highlight on it (9 % of
  // its time on the fixture PDFs). A document whose fields cannot be listed is read as before.
  const hasFields = await race(doc.getFieldObjects()).then(
    (fields) => fields !== null,
    () => true,
  );
  for (let n = 1; n <= doc.numPages; n++) {
    if (stopped()) throw stopped();
    try {
      const page = await race(doc.getPage(n));
      const viewport = page.getViewport({ scale: 1 });
      const ops = await race(page.getOperatorList());
      const content = await race(page.getTextContent());
      const annotations = hasFields ? await race(page.getAnnotations()) : [];
      const fontNames = new Map<string, string>();
      for (const key of Object.keys(content.styles)) {
        try {
          const font = page.commonObjs.get(key) as { name?: string } | null;
          if (font?.name) fontNames.set(key, font.name);
        } catch {
          // A font pdf.js did not load keeps its internal name; boldness is then unknown.
        }
      }
      const vt = viewport.transform as Matrix;
      const items = content.items.filter((i): i is RawTextItem & typeof i => 'str' in i);
      const runs = textRuns(items, content.styles, fontNames, vt);
      const placed = items.filter((i) => i.str.trim() !== '').length;
      if (runs.length < placed) {
        diagnostics.push({
          severity: 'warning',
          code: 'pdf-text-unplaceable',
          message: `Page ${n}: ${placed - runs.length} piece(s) of text have no usable position (a damaged file) and were left out.`,
          at: { kind: 'pdf', page: n, bbox: [0, 0, viewport.width, viewport.height] },
        });
      }
      runCount += runs.length;
      const graphics = pageGraphics(ops, pdfjs.OPS as Record<string, number>, vt);
      pages.push(layoutPage(n, viewport.width, viewport.height, runs, graphics, formCheckboxes(annotations, vt)));
      page.cleanup();
    } catch (error) {
      if (stopped()) throw stopped();
      diagnostics.push({
        severity: 'error',
        code: 'pdf-page-unreadable',
        message: `Page ${n} could not be read: ${(error as Error)?.message ?? String(error)}`,
        at: { kind: 'pdf', page: n, bbox: [0, 0, 0, 0] },
      });
    }
    options.onPage?.(n, doc.numPages);
  }
  if (pages.length === 0) throw new TcError('TC_PDF_CORRUPT', 'No page of the PDF could be read.', { cause: diagnostics });
  if (runCount === 0)
    throw new TcError('TC_PDF_NO_TEXT', 'The PDF has no text layer (a scan or images only); it needs OCR before it can be read.');
  return assemble(pages, doc.numPages, diagnostics);
}

function looksLikePdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes(PDF_MAGIC);
}

function assemble(pages: PageLayout[], pageCount: number, diagnostics: Diagnostic[]): LayoutDocument {
  const furniture = extractFurniture(pages);
  const sizes = new Map<number, number>();
  for (const p of pages) for (const [size, n] of p.sizes) sizes.set(size, (sizes.get(size) ?? 0) + n);
  const body = bodySize(sizes);
  const headingSizes = [...new Set(pages.flatMap((p) => p.lines.map((l) => Math.round(l.size * 2) / 2)))]
    .filter((s) => s >= HEADING_RATIO * body)
    .sort((a, b) => b - a);
  const children: BlockNode[] = [];
  let pending: BlockNode[] = [];
  for (const p of pages) {
    // Small text under the page's last table (footnotes) must not stop that table continuing; a
    // page without tables holds nothing back.
    const tableBottom = Math.max(-Infinity, ...p.tables.map((t) => t.box[3]));
    const groups = groupLines(p.lines);
    const isNote = (g: LineGroup) => p.tables.length > 0 && g.box[1] >= tableBottom && (g.size < 0.92 * body || g.box[1] > 0.85 * p.height);
    const notes = toBlocks(groups.filter(isNote), p.page, body, headingSizes);
    const placed: Array<{ top: number; node: BlockNode }> = [
      ...toBlocks(groups.filter((g) => !isNote(g)), p.page, body, headingSizes).map((node) => ({ top: topOf(node), node })),
      ...p.tables.map((t) => ({ top: t.box[1], node: t.node as BlockNode })),
      ...p.symbols.map((s) => ({ top: topOf(s), node: s as BlockNode })),
    ];
    const blocks = placed.sort((a, b) => a.top - b.top).map((b) => b.node);
    const rest = joinAcrossPages(children, blocks, furniture);
    if (rest.length === 0) {
      // The page only continued the table: its notes wait with the earlier ones until the table ends.
      pending.push(...notes);
      continue;
    }
    children.push(...pending, ...rest);
    pending = notes;
  }
  children.push(...pending);
  if (pages.length < pageCount)
    diagnostics.push({ severity: 'warning', code: 'pdf-pages-missing', message: `${pageCount - pages.length} of ${pageCount} pages could not be read.`, at: null });
  return { type: 'root', format: 'pdf', pages: pageCount, children, furniture, diagnostics };
}

function topOf(node: BlockNode): number {
  return node.position?.kind === 'pdf' ? node.position.bbox[1] : 0;
}
