// The markdown rendering of a zoo document: ATX headings, bold runs, lists with explicit numbers,
// GFM pipe tables. Markdown has only decimal lists, so lettered and roman items are written as
// paragraphs that start with their marker, the way authors type them.
import { inlineText, type Inline, type ZooBlock, type ZooCell, type ZooDocument, type ZooList, type ZooTable } from '../zoo-doc.ts';
import { ListCounter, markerText } from './list-markers.ts';
import { tableGrid } from './table-grid.ts';
import { tickChar } from './tick-text.ts';

type Chunk = string[];

const escapeText = (text: string): string => text.replace(/[\\`*_<[\]]/g, (c) => `\\${c}`);

/** Escapes what would turn the start of a paragraph into a heading, list or quote. */
function escapeLineStart(line: string): string {
  return line
    .replace(/^(#|>)/, '\\$1')
    .replace(/^([-+])(\s|$)/, '\\$1$2')
    .replace(/^(\d+)([.)])(\s|$)/, '$1\\$2$3');
}

function inlineMd(runs: readonly Inline[]): string {
  return runs
    .map((r) => {
      if (typeof r === 'string') return escapeText(r);
      // Emphasis markers must hug the text, so surrounding spaces stay outside them.
      const m = /^(\s*)(.*?)(\s*)$/s.exec(r.text)!;
      if (!m[2]) return r.text;
      let t = escapeText(m[2]);
      if (r.italic) t = `*${t}*`;
      if (r.bold) t = `**${t}**`;
      return `${m[1]}${t}${m[3]}`;
    })
    .join('');
}

const paragraph = (runs: readonly Inline[]): string => escapeLineStart(inlineMd(runs));

function cellMd(cell: ZooCell): string {
  const parts = cell.paragraphs.map((p) => inlineMd(p)).filter((t) => t.length > 0);
  for (const b of cell.bullets ?? []) parts.push(`• ${escapeText(b)}`);
  if (cell.tick) parts.push(tickChar(cell.tick));
  return parts.join('<br>').replace(/\|/g, '\\|');
}

function gfmTable(table: ZooTable): Chunk {
  const grid = tableGrid(table);
  const text = grid.slots.map((row) => row.map((slot) => (slot?.origin ? cellMd(slot.cell) : '')));
  const headerRows = Math.max(1, grid.headerRows);
  // GFM has one header row: each column takes the lowest header label it has (a group label above
  // a column's own label gives way to it).
  const header = Array.from({ length: grid.columns }, (_, c) => {
    for (let r = headerRows - 1; r >= 0; r--) if (text[r]?.[c]) return text[r]![c]!;
    return '';
  });
  const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [row(header), `|${header.map(() => ' --- ').join('|')}|`, ...text.slice(headerRows).map(row)];
}

function flattenedTable(table: ZooTable): Chunk[] {
  const out: Chunk[] = [];
  for (const row of tableGrid(table).slots) {
    for (const slot of row) {
      if (!slot?.origin) continue;
      for (const p of slot.cell.paragraphs) if (inlineText(p)) out.push([paragraph(p)]);
      if (slot.cell.bullets?.length) out.push(slot.cell.bullets.map((b) => `- ${escapeText(b)}`));
      if (slot.cell.tick) out.push([tickChar(slot.cell.tick)]);
    }
  }
  return out;
}

const indentLines = (lines: readonly string[], pad: string): string[] => lines.map((l) => (l ? pad + l : l));

function mdList(list: ZooList, counter: ListCounter): Chunk[] {
  const first = list.ordered ? counter.first(list) : 0;
  const style = list.style ?? 'decimal';
  const native = !list.ordered || style === 'decimal' || style === 'decimal-paren';
  if (!native) {
    // No markdown list has these markers: each item is a paragraph starting with its marker, and
    // its nested blocks follow it at the top level.
    return list.items.flatMap((item, i) => [
      [`${markerText(first + i, style)} ${inlineMd(item.paragraphs[0] ?? [])}`],
      ...item.paragraphs.slice(1).map((p) => [paragraph(p)]),
      ...(item.children ?? []).flatMap((child) => mdBlock(child, counter)),
    ]);
  }
  const loose = list.items.some((item) => item.paragraphs.length > 1);
  const items: string[][] = list.items.map((item, i) => {
    const marker = list.ordered ? markerText(first + i, style) : '-';
    const pad = ' '.repeat(marker.length + 1);
    const lines = [`${marker} ${inlineMd(item.paragraphs[0] ?? [])}`];
    for (const p of item.paragraphs.slice(1)) lines.push('', pad + inlineMd(p));
    for (const child of item.children ?? []) {
      const chunks = mdBlock(child, counter);
      // A nested list follows a one-line item directly; other blocks, and lists in a loose item, after a blank line.
      chunks.forEach((chunk, k) => {
        if (child.kind !== 'list' || k > 0 || item.paragraphs.length > 1) lines.push('');
        lines.push(...indentLines(chunk, pad));
      });
    }
    return lines;
  });
  return loose ? items : [items.flat()];
}

function mdBlock(block: ZooBlock, counter: ListCounter): Chunk[] {
  switch (block.kind) {
    case 'heading':
      return [[`${'#'.repeat(block.level)} ${escapeText(block.text)}`]];
    case 'paragraph':
      // Lines the family keeps apart stay apart (soft line breaks), as a web page's <br> do.
      if (block.lines && block.lines.length > 1) return [[block.lines.map((l) => paragraph(l)).join('\n')]];
      return [[paragraph(block.runs.length > 0 ? block.runs : (block.lines ?? []).flatMap((l, i) => (i > 0 ? [' ', ...l] : l)))]];
    case 'list':
      return mdList(block, counter);
    case 'table':
      return block.textStyle === 'flattened' ? flattenedTable(block) : [gfmTable(block)];
    case 'pageBreak':
      return [];
  }
}

export function renderMarkdown(doc: ZooDocument): string {
  const counter = new ListCounter();
  let body = doc.blocks.flatMap((b) => mdBlock(b, counter)).map((c) => c.join('\n')).join('\n\n');
  const email = doc.text.email;
  if (email) {
    const head = [`From: ${email.from}`, `To: ${email.to}`, `Subject: ${email.subject}`, `Date: ${email.date}`];
    body = `${head.join('\n')}\n\n${body}\n\n-- \n${email.signature.join('\n')}`;
  }
  return `${body}\n`;
}

/** The document as the UTF-8 bytes of a .md file. */
export function writeMarkdown(doc: ZooDocument): Uint8Array {
  return new TextEncoder().encode(renderMarkdown(doc));
}
