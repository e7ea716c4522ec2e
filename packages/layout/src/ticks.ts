import type { SymbolNode } from '@tc/model';

/** What a tick-like piece of text says, before a position is attached. */
export type TickReading = Pick<SymbolNode, 'kind' | 'checked' | 'evidence'>;

const GLYPHS: ReadonlyMap<string, TickReading> = new Map<string, TickReading>([
  ['✓', { kind: 'tick', checked: true, evidence: 'glyph' }],
  ['✔', { kind: 'tick', checked: true, evidence: 'glyph' }],
  ['☑', { kind: 'checkbox', checked: true, evidence: 'glyph' }],
  ['✅', { kind: 'tick', checked: true, evidence: 'glyph' }],
  ['✗', { kind: 'cross', checked: true, evidence: 'glyph' }],
  ['✘', { kind: 'cross', checked: true, evidence: 'glyph' }],
  ['☒', { kind: 'checkbox', checked: true, evidence: 'glyph' }],
  ['❌', { kind: 'cross', checked: true, evidence: 'glyph' }],
  ['☐', { kind: 'checkbox', checked: false, evidence: 'glyph' }],
]);

const LETTERS: ReadonlyMap<string, TickReading> = new Map<string, TickReading>([
  ['y', { kind: 'tick', checked: true, evidence: 'letter' }],
  ['yes', { kind: 'tick', checked: true, evidence: 'letter' }],
  ['x', { kind: 'cross', checked: true, evidence: 'letter' }],
]);

/** Every character {@link readTickGlyph} knows, for building a character class. */
export const TICK_GLYPHS: string = [...GLYPHS.keys()].join('');

// Emoji presentation selector, which may trail a dingbat such as ✔️.
const VARIATION_SELECTOR = /\ufe0f/g;

/** The tick, cross or checkbox a single glyph stands for, or null. */
export function readTickGlyph(glyph: string): TickReading | null {
  return GLYPHS.get(glyph.replace(VARIATION_SELECTOR, '')) ?? null;
}

/**
 * The tick a whole (cleaned) cell text stands for: one tick glyph, or the letters `Y`, `Yes`, `X`.
 * Null for anything else.
 */
export function readTickText(text: string): TickReading | null {
  const t = text.replace(VARIATION_SELECTOR, '').trim();
  if (t.length === 0 || t.length > 3) return null;
  return GLYPHS.get(t) ?? LETTERS.get(t.toLowerCase()) ?? null;
}
