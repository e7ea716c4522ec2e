const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
  '+': '⁺', '-': '⁻', '=': '⁼', '(': '⁽', ')': '⁾', ' ': ' ', ',': ',',
};

/**
 * The text written with Unicode superscript characters, or null when some character has no
 * superscript form (the caller then keeps the source notation).
 */
export function toSuperscript(text: string): string | null {
  let out = '';
  for (const ch of text) {
    const sup = SUPERSCRIPT[ch];
    if (sup === undefined) return null;
    out += sup;
  }
  return out;
}

// `^{1 2}`: the LaTeX-like notation some extractors use for superscripts (footnote marks).
const CARET_GROUP = /\^\{([^{}\n]{1,40})\}/g;

/** Rewrites `^{…}` superscript notation as Unicode superscript characters where possible. */
export function resolveSuperscriptNotation(text: string): string {
  if (!text.includes('^{')) return text;
  return text.replace(CARET_GROUP, (whole, inner: string) => toSuperscript(inner.trim()) ?? whole);
}
