// Ticks, crosses and boxes in Word: typed glyphs, letters, dingbat-font characters and checkbox
// controls. mammoth maps w:sym through dingbat-to-unicode but passes a character typed in a
// Wingdings run through as the Latin letter it is encoded as ("ü" for the Wingdings tick), so a
// document transform swaps those for sentinel characters that the hast mapper turns back into
// symbols with their evidence.
import type { SymbolNode } from '@tc/model';
import { TICK_GLYPHS, readTickGlyph } from '@tc/layout';

interface Dingbat {
  font: RegExp;
  code: number;
  kind: SymbolNode['kind'];
  checked: boolean;
  glyph: string;
}

// Character codes in the dingbat fonts (low byte; Word may also store them at U+F000 + code).
const DINGBATS: Dingbat[] = [
  { font: /^wingdings$/i, code: 0xfc, kind: 'tick', checked: true, glyph: '✓' },
  { font: /^wingdings$/i, code: 0xfe, kind: 'checkbox', checked: true, glyph: '☑' },
  { font: /^wingdings$/i, code: 0xfd, kind: 'checkbox', checked: true, glyph: '☒' },
  { font: /^wingdings$/i, code: 0xfb, kind: 'cross', checked: true, glyph: '✗' },
  { font: /^wingdings$/i, code: 0x78, kind: 'checkbox', checked: true, glyph: '☒' },
  { font: /^wingdings$/i, code: 0x6f, kind: 'checkbox', checked: false, glyph: '☐' },
  { font: /^wingdings$/i, code: 0xa8, kind: 'checkbox', checked: false, glyph: '☐' },
  { font: /^wingdings 2$/i, code: 0x50, kind: 'tick', checked: true, glyph: '✓' },
  { font: /^wingdings 2$/i, code: 0x4f, kind: 'cross', checked: true, glyph: '✗' },
  { font: /^wingdings 2$/i, code: 0x52, kind: 'checkbox', checked: true, glyph: '☑' },
  { font: /^wingdings 2$/i, code: 0x53, kind: 'checkbox', checked: true, glyph: '☒' },
  { font: /^wingdings 2$/i, code: 0xa3, kind: 'checkbox', checked: false, glyph: '☐' },
  { font: /^symbol$/i, code: 0xd6, kind: 'tick', checked: true, glyph: '✓' },
];

/** Sentinels the HTML mapper writes for checkbox controls (`<input type="checkbox">`). */
export const CHECKED_BOX = '\ufdce';
export const UNCHECKED_BOX = '\ufdcf';
const LOW_SENTINEL = 0xfdd0;
const PUA_SENTINEL = 0xfde0;

function dingbatIndex(font: string, char: number): { index: number; pua: boolean } | null {
  const pua = char >= 0xf000 && char <= 0xf0ff;
  const code = pua ? char - 0xf000 : char;
  const index = DINGBATS.findIndex((d) => d.font.test(font) && d.code === code);
  return index < 0 ? null : { index, pua };
}

interface MammothText {
  type: 'text';
  value: string;
}
interface MammothRun {
  type: 'run';
  font?: string | null;
  children: Array<MammothText | { type: string }>;
}

/** mammoth run transform: dingbat characters of a symbol-font run become sentinels. */
export function markDingbatRun(run: MammothRun): MammothRun {
  const font = run.font?.trim();
  if (!font || !/^(wingdings( 2| 3)?|webdings|symbol|zapfdingbats)$/i.test(font)) return run;
  const children = run.children.map((child) => {
    if (child.type !== 'text') return child;
    const text = child as MammothText;
    let value = '';
    for (const ch of text.value) {
      const hit = dingbatIndex(font, ch.codePointAt(0)!);
      value += hit ? String.fromCharCode((hit.pua ? PUA_SENTINEL : LOW_SENTINEL) + hit.index) : ch;
    }
    return { ...text, value };
  });
  return { ...run, children };
}


const SYMBOL_CHARS = new RegExp(`[\\ufdce-\\ufdef\\uf000-\\uf0ff${TICK_GLYPHS}]`, 'gu');

/**
 * Replaces sentinels and private-use dingbats with visible glyphs (`text`) and with the characters
 * as stored (`raw`), and lists the symbols found.
 */
export function resolveSymbols(text: string): { text: string; raw: string; symbols: Array<Omit<SymbolNode, 'position'>> } {
  const symbols: Array<Omit<SymbolNode, 'position'>> = [];
  const raws: string[] = [];
  const out = text.replace(SYMBOL_CHARS, (ch) => {
    const code = ch.codePointAt(0)!;
    if (ch === CHECKED_BOX || ch === UNCHECKED_BOX) {
      const checked = ch === CHECKED_BOX;
      const glyph = checked ? '☑' : '☐';
      symbols.push({ type: 'symbol', kind: 'checkbox', checked, raw: glyph, evidence: 'checkbox-control' });
      raws.push(glyph);
      return glyph;
    }
    if (code >= LOW_SENTINEL && code < LOW_SENTINEL + 32) {
      const pua = code >= PUA_SENTINEL;
      const d = DINGBATS[code - (pua ? PUA_SENTINEL : LOW_SENTINEL)]!;
      const raw = String.fromCharCode(pua ? 0xf000 + d.code : d.code);
      symbols.push({ type: 'symbol', kind: d.kind, checked: d.checked, raw, evidence: 'dingbat-font' });
      raws.push(raw);
      return d.glyph;
    }
    if (code >= 0xf000 && code <= 0xf0ff) {
      // A private-use character whose font mammoth did not report: Wingdings is by far the usual one.
      const hit = dingbatIndex('Wingdings', code);
      if (!hit) {
        raws.push(ch);
        return ch;
      }
      const d = DINGBATS[hit.index]!;
      symbols.push({ type: 'symbol', kind: d.kind, checked: d.checked, raw: ch, evidence: 'private-use' });
      raws.push(ch);
      return d.glyph;
    }
    const g = readTickGlyph(ch)!;
    symbols.push({ type: 'symbol', kind: g.kind, checked: g.checked, raw: ch, evidence: 'glyph' });
    raws.push(ch);
    return ch;
  });
  if (symbols.length === 0 && raws.length === 0) return { text, raw: text, symbols };
  let i = 0;
  const raw = text.replace(SYMBOL_CHARS, () => raws[i++]!);
  return { text: out, raw, symbols };
}

/** A cell or paragraph whose whole text is a tick letter ("Y", "Yes", "X"). */
export function letterSymbol(text: string): Omit<SymbolNode, 'position'> | null {
  const t = text.trim();
  if (/^(y|yes)$/i.test(t)) return { type: 'symbol', kind: 'tick', checked: true, raw: t, evidence: 'letter' };
  if (/^x$/i.test(t)) return { type: 'symbol', kind: 'cross', checked: true, raw: t, evidence: 'letter' };
  return null;
}
