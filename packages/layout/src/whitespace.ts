// Whitespace here means what a reader sees as a gap: ASCII blanks, no-break and other Unicode
// spaces, and the invisible format characters that PDF and web text leave behind.
const RUN = /[\s\u0000-\u001f\u007f\u00ad\u200b\u2060\ufeff]+/g;

// True for a code unit that RUN would match (other than a lone space).
function isGap(c: number): boolean {
  if (c <= 0x20 || c === 0x7f) return true;
  if (c < 0x85) return false;
  return c === 0x85 || c === 0xa0 || c === 0xad || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff;
}

// Most text is already folded: single spaces between words. Checking that is much cheaper than a
// regex replace, which always copies.
function isFolded(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (i === 0 || i === last || text.charCodeAt(i + 1) === 0x20) return false;
    } else if (isGap(c)) return false;
  }
  return true;
}

/** Folds every run of whitespace to one space and trims the ends. */
export function foldWhitespace(text: string): string {
  return isFolded(text) ? text : text.replace(RUN, ' ').trim();
}

// A letter, a hyphen, the end of a line, and a lowercase letter opening the next line: the word was
// split by hyphenation, so the hyphen and the line break go. Uppercase after the break (a name, a new
// sentence) keeps the hyphen, since there the hyphen is probably part of the text.
const BROKEN_WORD = /(\p{L})-[ \t]*\r?\n[ \t]*(?=\p{Ll})/gu;

/** Joins words hyphenated across a line break (`develop-\nment` → `development`). */
export function healHyphenation(text: string): string {
  return text.includes('-') ? text.replace(BROKEN_WORD, '$1') : text;
}
