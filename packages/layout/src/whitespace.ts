// Whitespace here means what a reader sees as a gap: ASCII blanks, no-break and other Unicode
// spaces, and the invisible format characters that PDF and web text leave behind.
const RUN = /[\s\u00ad\u200b\u2060\ufeff]+/g;

/** Folds every run of whitespace to one space and trims the ends. */
export function foldWhitespace(text: string): string {
  return text.replace(RUN, ' ').trim();
}

// A letter, a hyphen, the end of a line, and a lowercase letter opening the next line: the word was
// split by hyphenation, so the hyphen and the line break go. Uppercase after the break (a name, a new
// sentence) keeps the hyphen, since there the hyphen is probably part of the text.
const BROKEN_WORD = /(\p{L})-[ \t]*\r?\n[ \t]*(?=\p{Ll})/gu;

/** Joins words hyphenated across a line break (`develop-\nment` → `development`). */
export function healHyphenation(text: string): string {
  return text.includes('-') ? text.replace(BROKEN_WORD, '$1') : text;
}
