import type { SymbolNode } from '@tc/model';
import type { Box } from './geometry.ts';
import type { VectorMark } from './page-graphics.ts';
import type { TextRun } from './text-runs.ts';
import { readTickGlyph } from '@tc/layout/core';

type Evidence = SymbolNode['evidence'];
type Reading = { kind: SymbolNode['kind']; checked: boolean };


// Wingdings code points as they surface through a symbol font's private-use mapping (U+F0xx) or
// as the bare Latin-1 letter when the font has no Unicode map.
const WINGDINGS: Record<number, Reading> = {
  0xfc: { kind: 'tick', checked: true },
  0xfe: { kind: 'checkbox', checked: true },
  0xfd: { kind: 'checkbox', checked: true },
  0xfb: { kind: 'cross', checked: true },
  0xa8: { kind: 'checkbox', checked: false },
  0x6f: { kind: 'checkbox', checked: false },
};
// Wingdings 2: P/R are a tick and a ticked box, O/T crosses, £ an empty box.
const WINGDINGS_2: Record<number, Reading> = {
  0x50: { kind: 'tick', checked: true },
  0x52: { kind: 'checkbox', checked: true },
  0x4f: { kind: 'cross', checked: true },
  0x54: { kind: 'checkbox', checked: true },
  0xa3: { kind: 'checkbox', checked: false },
};
// ZapfDingbats by character code when no glyph names survive: 3/4 ticks, 7/8 crosses.
const ZAPF: Record<string, Reading> = {
  '3': { kind: 'tick', checked: true },
  '4': { kind: 'tick', checked: true },
  '7': { kind: 'cross', checked: true },
  '8': { kind: 'cross', checked: true },
};

const DINGBAT_FONT = /dingbat|wingding|webding|symbol|opensymbol/i;
const LETTERS = /^(y|yes|x|\u2713)$/i;

/** A tick, cross or checkbox read from a glyph, a letter or a drawn mark, before it is placed. */
export interface TickMark {
  box: Box;
  raw: string;
  kind: SymbolNode['kind'];
  checked: boolean;
  evidence: Evidence;
}

/** Reads a run that is nothing but tick glyphs; null when the run is ordinary text. */
export function tickFromRun(run: TextRun): TickMark | null {
  const text = run.text.trim();
  const chars = [...text.replace(/\s+/g, '')];
  if (chars.length === 0 || chars.length > 3) return null;
  const first = chars[0] as string;
  if (!chars.every((c) => c === first)) return null;
  const code = first.codePointAt(0) as number;
  const dingbat = DINGBAT_FONT.test(run.font);
  const mark = (reading: Reading, evidence: Evidence): TickMark => ({ box: run.box, raw: text, ...reading, evidence });
  if (code >= 0xf000 && code <= 0xf0ff) {
    const reading = (/wingdings.?2/i.test(run.font) ? WINGDINGS_2 : WINGDINGS)[code - 0xf000];
    return reading ? mark(reading, 'private-use') : null;
  }
  const glyph = readTickGlyph(first);
  if (glyph) return mark({ kind: glyph.kind, checked: glyph.checked }, dingbat ? 'dingbat-font' : 'glyph');
  if (/wingdings.?2/i.test(run.font) && WINGDINGS_2[code]) return mark(WINGDINGS_2[code], 'dingbat-font');
  if (/wingdings/i.test(run.font) && WINGDINGS[code]) return mark(WINGDINGS[code], 'dingbat-font');
  if (/dingbat/i.test(run.font) && ZAPF[first]) return mark(ZAPF[first], 'dingbat-font');
  // A Wingdings tick rendered where Wingdings was missing shows as its bare Latin-1 letter, alone.
  if (chars.length === 1 && (first === '\u00fc' || first === '\u00fe')) return mark(WINGDINGS[code] as Reading, 'letter');
  return null;
}

/** True when a cell's whole text is a tick letter (Y, Yes, X) rather than prose. */
export function tickLetter(text: string): Reading | null {
  const t = text.trim();
  if (!LETTERS.test(t)) return null;
  // In a grid an X marks the column just as a Y does.
  return { kind: 'tick', checked: true };
}

export function tickFromVector(mark: VectorMark): TickMark {
  return { box: mark.box, raw: mark.cross ? 'vector cross' : 'vector tick', kind: mark.cross ? 'cross' : 'tick', checked: true, evidence: 'vector' };
}

export function symbolNode(mark: TickMark, page: number): SymbolNode {
  return {
    type: 'symbol',
    kind: mark.kind,
    checked: mark.checked,
    raw: mark.raw,
    evidence: mark.evidence,
    position: pdfPosition(page, mark.box),
  };
}

export function pdfPosition(page: number, box: Box): { kind: 'pdf'; page: number; bbox: [number, number, number, number] } {
  const r = (v: number) => Math.round(v * 100) / 100;
  return { kind: 'pdf', page, bbox: [r(box[0]), r(box[1]), r(box[2]), r(box[3])] };
}
