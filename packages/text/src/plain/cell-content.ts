import type { ElementContent, RootContent } from 'hast';
import type { BlockNode, ListItemNode, ListNode, ParagraphNode } from '@tc/model';
import { cleanInlineText, hasHtmlMarkup, hastText, parseHtmlFragment } from '@tc/layout';
import type { RawSpan } from '../shared/table-rows.ts';

/** A cell's cleaned text and, when it holds more than one block, the blocks. */
export interface CellContent {
  text: string;
  children: BlockNode[];
}

interface Segment {
  kind: 'paragraph' | 'item';
  text: string;
  start: number;
  end: number;
}

type HastNode = RootContent | ElementContent;

const PARAGRAPH_LIKE = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'dt', 'dd', 'tr', 'td', 'th']);
const LISTS = new Set(['ul', 'ol', 'dl']);
const BULLET = '•';

// Reads the flow of an HTML fragment into paragraphs and list items. Text directly inside a list
// that carries inline `•` bullets is split at the bullets (some exports flatten `<li>` to that).
class SegmentReader {
  readonly segments: Segment[] = [];
  private kind: Segment['kind'] = 'paragraph';
  private text = '';
  private start = -1;
  private end = -1;
  private readonly raw: string;

  constructor(raw: string) {
    this.raw = raw;
  }

  read(nodes: readonly HastNode[], inList: boolean): void {
    for (const node of nodes) {
      if (node.type === 'text') {
        if (inList) this.bullets(node.value, node.position?.start.offset, node.position?.end.offset);
        else this.append(node.value, node.position?.start.offset, node.position?.end.offset);
      } else if (node.type === 'element') {
        const tag = node.tagName;
        if (tag === 'br') this.flush();
        else if (tag === 'li') {
          this.flush();
          this.kind = 'item';
          this.append(hastText(node.children), node.position?.start.offset, node.position?.end.offset);
          this.flush();
        } else if (LISTS.has(tag)) {
          this.flush();
          this.read(node.children, true);
          this.flush();
        } else if (PARAGRAPH_LIKE.has(tag)) {
          this.flush();
          this.read(node.children, false);
          this.flush();
        } else this.read(node.children, inList);
      }
    }
  }

  finish(): Segment[] {
    this.flush();
    return this.segments;
  }

  private append(value: string, start: number | undefined, end: number | undefined): void {
    this.text += value;
    if (start !== undefined && (this.start < 0 || start < this.start)) this.start = start;
    if (end !== undefined && end > this.end) this.end = end;
  }

  // Each `•` ends the text before it and opens a list item; the last item may go on in later nodes.
  private bullets(value: string, start: number | undefined, end: number | undefined): void {
    // Exact offsets only when the source slice is the text itself (no character references).
    const exact = start !== undefined && end !== undefined && this.raw.slice(start, end) === value;
    let from = 0;
    for (;;) {
      const at = value.indexOf(BULLET, from);
      const piece = value.slice(from, at === -1 ? value.length : at);
      if (exact) this.append(piece, start + from, start + from + piece.length);
      else this.append(piece, start, end);
      if (at === -1) break;
      this.flush();
      this.kind = 'item';
      from = at + BULLET.length;
    }
  }

  private flush(): void {
    const text = cleanInlineText(this.text);
    if (text.length > 0 && this.start >= 0) this.segments.push({ kind: this.kind, text, start: this.start, end: this.end });
    this.kind = 'paragraph';
    this.text = '';
    this.start = -1;
    this.end = -1;
  }
}

function paragraph(segment: Segment, raw: string, span: RawSpan): ParagraphNode {
  return { type: 'paragraph', text: segment.text, raw: raw.slice(segment.start, segment.end), lines: [segment.text], position: span(segment.start, segment.end) };
}

function toBlocks(segments: readonly Segment[], raw: string, span: RawSpan): BlockNode[] {
  const blocks: BlockNode[] = [];
  let list: ListNode | null = null;
  let listStart = 0;
  for (const segment of segments) {
    if (segment.kind === 'paragraph') {
      list = null;
      blocks.push(paragraph(segment, raw, span));
      continue;
    }
    const item: ListItemNode = { type: 'listItem', marker: null, checked: null, children: [paragraph(segment, raw, span)], position: span(segment.start, segment.end) };
    if (list === null) {
      listStart = segment.start;
      list = { type: 'list', ordered: false, children: [], position: null };
      blocks.push(list);
    }
    list.children.push(item);
    list.position = span(listStart, segment.end);
  }
  return blocks;
}

/**
 * Reads a cell's raw text. Plain text is cleaned into `text` with no children; HTML with several
 * paragraphs or list items gives one block each in `children` and their texts joined by `\n`.
 */
export function readCellContent(raw: string, span: RawSpan): CellContent {
  if (!hasHtmlMarkup(raw)) return { text: cleanInlineText(raw), children: [] };
  const reader = new SegmentReader(raw);
  reader.read(parseHtmlFragment(raw).children, false);
  const segments = reader.finish();
  if (segments.length <= 1 && segments.every((s) => s.kind === 'paragraph')) {
    return { text: segments[0]?.text ?? '', children: [] };
  }
  return { text: segments.map((s) => s.text).join('\n'), children: toBlocks(segments, raw, span) };
}
