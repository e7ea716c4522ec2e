import { readListMarker, type ListMarker } from '../shared/list-marker.ts';
import { acceptedWeakMarkers } from '../shared/marker-runs.ts';
import { pipeCells, pipeRowsConfirmed } from '../shared/pipe-table.ts';
import { splitSourceLines, type SourceLine } from '../shared/source-lines.ts';

export { spanOf } from '../shared/source-lines.ts';

/** How a line of plain text reads on its own. */
export type LineKind = 'blank' | 'row' | 'pipe' | 'heading' | 'ticks' | 'item' | 'text';

/** One classified line of the source. */
export interface Line extends SourceLine {
  kind: LineKind;
  /** The list marker the line starts with, on `item` lines. */
  marker: ListMarker | null;
}

const TICK_GLYPHS = '✓✔☑✅✗✘☒❌☐\ufe0f';
const ATX_HEADING = /^(#{1,6})[ \t]+\S/;

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

function classify(line: SourceLine): Line {
  const text = line.text;
  const plain = (kind: LineKind): Line => ({ ...line, kind, marker: null });
  if (isBlank(text)) return plain('blank');
  if (pipeCells(line) !== null) return plain('pipe');
  if (text.includes('\t')) return plain('row');
  const first = text.trimStart().charCodeAt(0);
  if (first === 0x23 /* # */ && ATX_HEADING.test(text)) return plain('heading');
  if (first > 0x2000 && isTickLine(text)) return plain('ticks');
  const marker = readListMarker(text);
  // A weak marker (`a. Text`) stays text unless a run of such items confirms it (below).
  return { ...line, kind: marker === null || marker.weak ? 'text' : 'item', marker };
}

/** Splits the text into classified lines (LF breaks; a CR before the LF is left out of the line). */
export function scanLines(source: string): Line[] {
  const lines = splitSourceLines(source).map(classify);
  const barrier = (i: number) => {
    const kind = (lines[i] as Line).kind;
    return kind === 'row' || kind === 'pipe' || kind === 'heading' || kind === 'ticks';
  };
  for (const i of acceptedWeakMarkers(lines.map((l) => l.marker), barrier)) (lines[i] as Line).kind = 'item';
  for (const line of lines) if (line.kind === 'text') line.marker = null;
  const rows = pipeRowsConfirmed(lines.map((l) => l.kind));
  for (const line of lines) if (line.kind === 'pipe' && !rows.has(line.index)) line.kind = 'text';
  return lines;
}
