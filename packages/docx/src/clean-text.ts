// Text cleaning as the LayoutDocument conventions define it: whitespace folded to single spaces,
// superscripts as Unicode superscript characters.

const SUPERSCRIPTS: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
  '+': '⁺', '-': '⁻', '=': '⁼', '(': '⁽', ')': '⁾', n: 'ⁿ', i: 'ⁱ', ' ': ' ', ',': ',',
};

/**
 * Superscript text in Unicode superscript characters where every character has one (footnote
 * marks such as "1 2"); other superscripts (ordinals like "st") are returned unchanged.
 */
export function toSuperscript(text: string): string {
  const chars = [...text];
  if (chars.length === 0 || !chars.every((c) => c in SUPERSCRIPTS)) return text;
  return chars.map((c) => SUPERSCRIPTS[c]).join('');
}

/** Folds runs of whitespace (not line breaks) to one space and trims. */
export function cleanText(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Cleans each line and drops empty ones. */
export function cleanLines(text: string): string[] {
  return text.split('\n').map(cleanText).filter((l) => l !== '');
}
