import mammoth from 'mammoth';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { type BlockNode, type Diagnostic, type LayoutDocument, TcError } from '@tc/model';
import { markDingbatRun } from './dingbats.ts';
import { countListItems, mapTopLevel, progressUnits, topLevelNodes } from './hast-to-layout.ts';
import { checkBodyBudget } from './body-budget.ts';
import { Checkpoint } from './checkpoint.ts';
import { assertZipPackage } from './sniff.ts';
import { listMarkers, readFurniture, trackedChangeDiagnostics } from './word-xml.ts';
import { DEFAULT_DOCX_LIMITS, type DocxLimits, readDocxZip } from './zip-guard.ts';

/** Options of {@link parseDocx}: any of the limits (see DEFAULT_DOCX_LIMITS; past one, TC_DOCX_TOO_LARGE), a signal, a progress callback. */
export interface ParseDocxOptions extends Partial<DocxLimits> {
  /** Cancels the parse: it stops at its next step, or within milliseconds of the mapping, with TC_ABORTED. */
  signal?: AbortSignal;
  /** Called as each block of the body has been mapped — a top-level paragraph, heading or list, or a row of a top-level table: `block` of `blocks`, from 1. */
  onBlock?: (block: number, blocks: number) => void;
}

const AT = { kind: 'docx' as const, part: 'word/document.xml', block: 0 };

// Word's Title and Subtitle styles are headings in all but name.
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

interface MammothTransforms {
  run(fn: (run: never) => unknown): (element: unknown) => unknown;
}
const transforms = (mammoth as unknown as { transforms: MammothTransforms }).transforms;
const dropImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

const htmlParser = unified().use(rehypeParse, { fragment: true }).freeze();

function definedOnly(options: Partial<DocxLimits>): Partial<DocxLimits> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
}

function keepPart(name: string): boolean {
  return name === 'word/document.xml' || name === 'word/numbering.xml' || /^word\/(header|footer)\d*\.xml$/.test(name);
}

// mammoth's Node build reads `buffer` (JSZip takes any Uint8Array), its browser build `arrayBuffer`.
function mammothInput(bytes: Uint8Array): { buffer: Buffer; arrayBuffer: ArrayBuffer } {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  const arrayBuffer = whole ? (bytes.buffer as ArrayBuffer) : bytes.slice().buffer;
  return { buffer: bytes as Buffer, arrayBuffer };
}

/**
 * Parses a Word .docx into a LayoutDocument: body blocks through mammoth (external files off),
 * ticks and checkboxes as symbols, headers and footers as furniture, tracked changes and mammoth's
 * messages as diagnostics. Throws TcError (TC_DOCX_CORRUPT, TC_DOCX_ENCRYPTED, TC_DOC_LEGACY,
 * TC_DOCX_TOO_LARGE, TC_EMPTY_INPUT) for input it cannot use, and TC_ABORTED once `signal` fires.
 */
export async function parseDocx(bytes: Uint8Array, options: ParseDocxOptions = {}): Promise<LayoutDocument> {
  const { signal, onBlock, ...limitOptions } = options;
  const limits: DocxLimits = { ...DEFAULT_DOCX_LIMITS, ...definedOnly(limitOptions) };
  const checkpoint = new Checkpoint(signal);
  checkpoint.check();
  assertZipPackage(bytes);
  const parts = readDocxZip(bytes, limits, keepPart);
  const decoder = new TextDecoder();
  const documentPart = parts.get('word/document.xml');
  if (!documentPart) throw new TcError('TC_DOCX_CORRUPT', 'The file is a zip but not a Word document: it has no word/document.xml.');
  const documentXml = decoder.decode(documentPart);
  checkBodyBudget(documentXml, limits);
  const numbering = parts.get('word/numbering.xml');
  await checkpoint.pause();

  const result = await convertToHtml(bytes, checkpoint);
  await checkpoint.pause();
  const tree = htmlParser.parse(result.value);
  await checkpoint.pause();
  const diagnostics: Diagnostic[] = result.messages.map((m) => ({
    severity: m.type === 'error' ? 'error' : 'warning',
    code: 'docx-converter-message',
    message: m.message,
    at: null,
  }));

  const markers = listMarkers(documentXml, numbering ? decoder.decode(numbering) : null);
  const items = countListItems(tree);
  const markersMatch = markers.length === items;
  if (!markersMatch && items > 0) {
    diagnostics.push({
      severity: 'info',
      code: 'docx-list-numbering-unmatched',
      message: `Word numbers ${markers.length} paragraph(s) but ${items} list item(s) were found; list markers were reconstructed as 1, 2, 3 … and bullets.`,
      at: AT,
    });
  }
  const nodes = topLevelNodes(tree);
  const children: BlockNode[] = [];
  await checkpoint.pause();
  const units = nodes.reduce((n, node) => n + progressUnits(node), 0);
  let mapped = 0;
  const onUnit = () => {
    onBlock?.(++mapped, units);
    checkpoint.check();
  };
  for (const blocks of mapTopLevel(nodes, markersMatch ? markers : null, onUnit)) {
    children.push(...blocks);
    if (checkpoint.due()) await checkpoint.pause();
  }
  await checkpoint.pause();

  const furniture = readFurniture(parts);
  if (furniture.length > 0) {
    const from = [...new Set(furniture.map((f) => (f.position?.kind === 'docx' ? f.position.part : '')))].join(', ');
    diagnostics.push({
      severity: 'info',
      code: 'docx-headers-footers',
      message: `${furniture.length} page header/footer paragraph(s) were read from ${from} into the furniture.`,
      at: null,
    });
  }
  diagnostics.push(...trackedChangeDiagnostics(documentXml));
  if (/<img\b/.test(result.value)) {
    diagnostics.push({ severity: 'info', code: 'docx-images-skipped', message: 'The document has images; their content is not read.', at: AT });
  }
  return { type: 'root', format: 'docx', pages: null, children, furniture, diagnostics };
}

// mammoth gives no way to stop it, but it hands every run of text to the document transform, after
// reading the XML and before writing HTML: the signal is checked there, once per run.
async function convertToHtml(bytes: Uint8Array, checkpoint: Checkpoint): Promise<Awaited<ReturnType<typeof mammoth.convertToHtml>>> {
  const transformDocument = transforms.run(((run: never) => {
    checkpoint.check();
    return markDingbatRun(run);
  }) as (run: never) => unknown);
  try {
    return await mammoth.convertToHtml(mammothInput(bytes), { externalFileAccess: false, transformDocument, convertImage: dropImages, styleMap: STYLE_MAP });
  } catch (error) {
    checkpoint.check();
    throw new TcError('TC_DOCX_CORRUPT', 'The .docx could not be read as a Word document.', { cause: error });
  }
}
