import type { Provenance } from '@tc/model';

/** How a line of plain text reads on its own. */
export type LineKind = 'blank' | 'row' | 'heading' | 'ticks' | 'item' | 'text';

/** One line of the source: `start`/`end` are offsets into the text, `end` before the line break. */
export interface Line {
  index: number;
  start: number;
  end: number;
  text: string;
  kind: LineKind;
}

const TICK_GLYPHS = '✓✔☑✅✗✘☒❌☐\ufe0f';
const ATX_HEADING = /^(#{1,6})[ \t]+\S/;
/** `- `, `* `, `• ` (possibly with nothing after), `1.`, `1)`, `a)` followed by text. */
export const LIST_MARKER = /^[ \t]*(?:([-*•])(?=[ \t]|$)|([0-9]{1,3}[.)]|[a-z]\))(?=[ \t]+\S))/;

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0c && c !== 0x0b && c !== 0xa0 && c !== 0x0d && c !== 0xfeff) return false;
  }
  return true;
}

function isTickLine(text: string): boolean {
  let glyphs = 0;
  for (const ch of text) {
    if (TICK_GLYPHS.includes(ch)) {
      if (ch !== '\ufe0f') glyphs++;
    } else if (ch.trim().length > 0) return false;
  }
  return glyphs > 0;
}

function classify(text: string): LineKind {
  if (text.includes('\t')) return isBlank(text) ? 'blank' : 'row';
  if (isBlank(text)) return 'blank';
  const first = text.trimStart().charCodeAt(0);
  if (first === 0x23 /* # */ && ATX_HEADING.test(text)) return 'heading';
  if (first > 0x2000 && isTickLine(text)) return 'ticks';
  if (LIST_MARKER.test(text)) return 'item';
  return 'text';
}

/** Splits the text into classified lines (LF breaks; a CR before the LF is left out of the line). */
export function scanLines(source: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = source.indexOf('\n', start);
    let end = nl === -1 ? source.length : nl;
    if (end > start && source.charCodeAt(end - 1) === 0x0d) end--;
    const text = source.slice(start, end);
    lines.push({ index: lines.length, start, end, text, kind: classify(text) });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

/** The text provenance of the span [start, end) that lies on `startLine` … `endLine`. */
export function spanOf(startLine: Line, start: number, endLine: Line, end: number): Provenance {
  return {
    kind: 'text',
    start: { line: startLine.index + 1, column: start - startLine.start + 1, offset: start },
    end: { line: endLine.index + 1, column: end - endLine.start + 1, offset: end },
  };
}
