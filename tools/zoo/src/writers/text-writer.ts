// The plain-text rendering of a zoo document, with the variations text copies of plans show:
// hard-wrapped lines, no blank lines, CRLF, Windows-1252, left-over HTML tags, an e-mail around it.
import { inlineText, type Inline, type ZooBlock, type ZooDocument, type ZooList } from '../zoo-doc.ts';
import { encodeWindows1252 } from './cp1252.ts';
import { ListCounter, markerText } from './list-markers.ts';
import { textTable, wrapWords } from './text-table.ts';

/** Lines printed together; chunks are separated by a blank line (or not, with `noBlankLines`). */
type Chunk = string[];

interface Context {
  counter: ListCounter;
  wrap: number | undefined;
}

/** How far nested blocks sit in from their item's marker: under the item text, 2 to 4 spaces. */
const childStep = (marker: string): number => Math.min(4, Math.max(2, marker.length + 1));

function hardWrap(text: string, ctx: Context, first: string, rest: string): string[] {
  if (ctx.wrap === undefined) return [first + text];
  const width = Math.max(20, ctx.wrap - rest.length);
  const firstWidth = Math.max(20, ctx.wrap - first.length);
  const head = wrapWords(text, firstWidth, false);
  const [line, ...more] = head;
  const tail = more.length > 0 ? wrapWords(more.join(' '), width, false) : [];
  return [first + (line ?? ''), ...tail.map((l) => rest + l)];
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\u2013': '&#8211;', '\u2014': '&#8212;', '\u00a0': '&nbsp;' };
const escapeHtml = (text: string): string => text.replace(/[&<>\u2013\u2014\u00a0]/g, (c) => entities[c]!);

function paragraphTexts(block: Extract<ZooBlock, { kind: 'paragraph' }>): string[] {
  return block.lines ? block.lines.map((l) => inlineText(l)) : [inlineText(block.runs)];
}

function listItemText(paragraphs: Inline[][], k: number): string {
  return inlineText(paragraphs[k] ?? []);
}

function plainList(list: ZooList, ctx: Context, pad: string): Chunk[] {
  const first = list.ordered ? ctx.counter.first(list) : 0;
  const loose = list.items.some((item) => item.paragraphs.length > 1);
  const chunks: Chunk[] = [];
  list.items.forEach((item, i) => {
    const marker = list.ordered ? markerText(first + i, list.style) : (list.bullet ?? '•');
    const hang = pad + ' '.repeat(marker.length + 1);
    const lines = hardWrap(listItemText(item.paragraphs, 0), ctx, `${pad}${marker} `, hang);
    for (let k = 1; k < item.paragraphs.length; k++) lines.push(...hardWrap(listItemText(item.paragraphs, k), ctx, hang, hang));
    const childPad = pad + ' '.repeat(childStep(marker));
    for (const child of item.children ?? []) for (const chunk of plainBlock(child, ctx, childPad)) lines.push(...chunk);
    if (loose || chunks.length === 0) chunks.push(lines);
    else chunks[chunks.length - 1]!.push(...lines);
  });
  return chunks;
}

function plainBlock(block: ZooBlock, ctx: Context, pad: string): Chunk[] {
  switch (block.kind) {
    case 'heading':
      return [[pad + block.text]];
    case 'paragraph': {
      const indent = pad + ' '.repeat(block.indent ?? 0);
      return [paragraphTexts(block).flatMap((t) => hardWrap(t, ctx, indent, indent))];
    }
    case 'list':
      return plainList(block, ctx, pad);
    case 'table':
      return textTable(block).map((chunk) => chunk.map((l) => (pad + l).trimEnd()));
    case 'pageBreak':
      return [];
  }
}

function htmlList(list: ZooList, ctx: Context): string[] {
  const first = list.ordered ? ctx.counter.first(list) : 0;
  const out = ['<ul>'];
  list.items.forEach((item, i) => {
    const marker = list.ordered ? `${markerText(first + i, list.style)}&nbsp;` : '';
    const text = item.paragraphs.map((p) => escapeHtml(inlineText(p))).join('<br>');
    const children = (item.children ?? []).flatMap((child) => htmlBlock(child, ctx).flat());
    if (children.length === 0) out.push(`<li>${marker}${text}</li>`);
    else out.push(`<li>${marker}${text}`, ...children, '</li>');
  });
  out.push('</ul>');
  return out;
}

function htmlBlock(block: ZooBlock, ctx: Context): Chunk[] {
  switch (block.kind) {
    case 'heading':
      return [[`<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`]];
    case 'paragraph':
      return [[`<p>${'&nbsp;'.repeat(block.indent ?? 0)}${paragraphTexts(block).map(escapeHtml).join('<br>')}</p>`]];
    case 'list':
      return [htmlList(block, ctx)];
    case 'table':
      return textTable(block).map((chunk) => {
        const body = chunk.map(escapeHtml);
        return [`<p>${body.join('<br>\n')}</p>`];
      });
    case 'pageBreak':
      return [];
  }
}

/** The document as text, with `\n` line ends (before CRLF and encoding are applied). */
export function renderText(doc: ZooDocument): string {
  const options = doc.text;
  const html = options.htmlTags === true;
  const ctx: Context = { counter: new ListCounter(), wrap: html ? undefined : options.wrap };
  let chunks = doc.blocks.flatMap((b) => (html ? htmlBlock(b, ctx) : plainBlock(b, ctx, '')));
  if (html && options.wrap !== undefined) {
    const wrapCtx: Context = { ...ctx, wrap: options.wrap };
    chunks = chunks.map((chunk) => chunk.flatMap((line) => hardWrap(line, wrapCtx, '', '')));
  }
  let body = chunks.map((c) => c.join('\n')).join(options.noBlankLines ? '\n' : '\n\n');
  const email = options.email;
  if (email) {
    const head = [`From: ${email.from}`, `To: ${email.to}`, `Subject: ${email.subject}`, `Date: ${email.date}`];
    body = `${head.join('\n')}\n\n${body}\n\n-- \n${email.signature.join('\n')}`;
  }
  return `${body}\n`;
}

/** The document as the bytes of a .txt file, with the document's text options applied. */
export function writeText(doc: ZooDocument): Uint8Array {
  let text = renderText(doc);
  if (doc.text.crlf) text = text.replace(/\n/g, '\r\n');
  return doc.text.windows1252 ? encodeWindows1252(text) : new TextEncoder().encode(text);
}
