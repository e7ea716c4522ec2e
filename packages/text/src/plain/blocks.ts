import type { HeadingNode, ListItemNode, ParagraphNode, SymbolNode } from '@tc/model';
import { cleanInlineText, readTickGlyph } from '@tc/layout';
import type { ListMarker } from '../shared/list-marker.ts';
import { spanOf, type Line } from './lines.ts';

const BREAK = /<br\s*\/?>/i;

/** A paragraph from consecutive lines; `from` is where its text starts on the first line. */
export function paragraphFrom(source: string, lines: readonly Line[], from?: number): ParagraphNode {
  const first = lines[0] as Line;
  const last = lines[lines.length - 1] as Line;
  const start = from ?? first.start;
  const raw = source.slice(start, last.end);
  // A `<br>` left in web text breaks the line where a browser would.
  const cleaned = lines.flatMap((line, i) => {
    const text = i === 0 ? source.slice(start, line.end) : line.text;
    if (!BREAK.test(text)) return [cleanInlineText(text)];
    const pieces = text.split(BREAK).map(cleanInlineText).filter((piece) => piece.length > 0);
    return pieces.length > 0 ? pieces : [''];
  });
  const text = lines.length === 1 && cleaned.length === 1 ? (cleaned[0] as string) : cleanInlineText(raw);
  return { type: 'paragraph', text, raw, lines: cleaned, position: spanOf(first, start, last, last.end) };
}

const HASHES = /^[ \t]*(#{1,6})[ \t]+/;

/** A heading from an ATX line (`## Title ##`). */
export function headingFrom(line: Line): HeadingNode {
  const match = HASHES.exec(line.text);
  const hashes = match?.[1] ?? '#';
  let content = line.text.slice(match?.[0].length ?? 0);
  let end = content.length;
  while (end > 0 && (content[end - 1] === '#' || content[end - 1] === ' ' || content[end - 1] === '\t')) end--;
  content = content.slice(0, end);
  return { type: 'heading', depth: hashes.length, text: cleanInlineText(content), raw: line.text, position: spanOf(line, line.start, line, line.end) };
}

/** One symbol node per tick glyph of a line made only of tick glyphs. */
export function symbolsFrom(line: Line): SymbolNode[] {
  const symbols: SymbolNode[] = [];
  let offset = line.start;
  for (const ch of line.text) {
    const reading = readTickGlyph(ch);
    if (reading !== null) {
      const end = offset + ch.length;
      const glyphEnd = line.text.charCodeAt(end - line.start) === 0xfe0f ? end + 1 : end;
      symbols.push({ type: 'symbol', ...reading, raw: ch, position: spanOf(line, offset, line, glyphEnd) });
    }
    offset += ch.length;
  }
  return symbols;
}

/** A list item from its marker line, whose paragraph is `content` (may be empty). */
export function listItemFrom(line: Line, marker: ListMarker, content: ParagraphNode | null): ListItemNode {
  const end = content?.position?.kind === 'text' ? content.position.end : { line: line.index + 1, column: line.end - line.start + 1, offset: line.end };
  return {
    type: 'listItem',
    marker: marker.marker,
    checked: null,
    children: content === null ? [] : [content],
    position: { kind: 'text', start: { line: line.index + 1, column: marker.indent + 1, offset: line.start + marker.indent }, end },
  };
}
