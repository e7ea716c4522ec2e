import type { Provenance } from '@tc/model';

/** One line of the source: `start`/`end` are offsets into the text, `end` before the line break. */
export interface SourceLine {
  /** 0-based line number. */
  index: number;
  start: number;
  end: number;
  text: string;
}

/** Splits the text into lines (LF breaks; a CR before the LF is left out of the line). */
export function splitSourceLines(source: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  for (;;) {
    const nl = source.indexOf('\n', start);
    let end = nl === -1 ? source.length : nl;
    if (end > start && source.charCodeAt(end - 1) === 0x0d) end--;
    lines.push({ index: lines.length, start, end, text: source.slice(start, end) });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

/** The text provenance of the span [start, end) that lies on `startLine` … `endLine`. */
export function spanOf(startLine: SourceLine, start: number, endLine: SourceLine, end: number): Provenance {
  return {
    kind: 'text',
    start: { line: startLine.index + 1, column: start - startLine.start + 1, offset: start },
    end: { line: endLine.index + 1, column: end - endLine.start + 1, offset: end },
  };
}

/** True for the spaces a line may be indented with. */
export function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0;
}

/** The offset within `text` of its first character that is not a space, from `from` on. */
export function skipSpaces(text: string, from = 0): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}
