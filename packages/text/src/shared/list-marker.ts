import { isSpace, skipSpaces } from './source-lines.ts';

/**
 * How a list item's marker is printed. `alpha-or-roman` is a lone `i`, `v` or `x`, which reads as a
 * letter inside a lettered list and as a numeral otherwise (see `styleOf`).
 */
export type MarkerKind = 'bullet' | 'decimal' | 'decimal-sub' | 'alpha' | 'roman' | 'alpha-or-roman';

/** A list item marker read from the start of a line. Offsets are within the line's text. */
export interface ListMarker {
  kind: MarkerKind;
  ordered: boolean;
  /** null for bullets; for ordered items the number, letter, numeral or sub-number without its delimiter. */
  marker: string | null;
  /** The bullet glyph, or the delimiter: `.`, `)` or `()` for a marker in parentheses. */
  shape: string;
  /** Where the marker starts (its indentation, in characters). */
  indent: number;
  /** Where the item's text starts, after the marker and its spaces (the line's length when empty). */
  contentStart: number;
  /** A single letter and `.` followed by one space: an item only in a run of such items. */
  weak: boolean;
}

// Bullets that may stand alone on a line (an empty item, as flattened web lists leave them).
const LONE_BULLETS = '-*•';
// Bullets that need text after them: an en dash, circles, squares, a middle dot, and the letter o
// that Word writes for its second-level bullet when a list is saved as text; and `?` or U+FFFD,
// which a legacy encoding leaves where it could not write the bullet glyph (no line of prose opens
// with a question mark and a space).
const TEXT_BULLETS = '–○▪◦·o?\uFFFD';

const ROMAN_UNITS = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'];
const ROMAN_TENS = ['', 'x', 'xx', 'xxx'];
// Lower-case numerals 1–39: far beyond the length of any list, and no common word is among them.
const ROMAN = new Map<string, number>(ROMAN_TENS.flatMap((tens, t) => ROMAN_UNITS.map((units, u) => [tens + units, t * 10 + u] as [string, number])).slice(1));
const MAX_ROMAN_LENGTH = 7;

/** The value of a lower-case roman numeral from 1 to 39, or undefined. */
export function romanValue(text: string): number | undefined {
  return ROMAN.get(text);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isLower(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

// Reads up to three digits at `at`; the end, or -1 when there are none or more than three.
function digitsEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && i - at <= 3 && isDigit(text.charCodeAt(i))) i++;
  return i === at || i - at > 3 ? -1 : i;
}

// After a marker ending at `at`: the offset of the text, or -1 unless spaces and then text follow.
function textAfter(text: string, at: number): number {
  if (at >= text.length || !isSpace(text.charCodeAt(at))) return -1;
  const start = skipSpaces(text, at);
  return start < text.length ? start : -1;
}

function bullet(text: string, at: number): ListMarker | null {
  const glyph = text[at] as string;
  const lone = LONE_BULLETS.includes(glyph);
  if (!lone && !TEXT_BULLETS.includes(glyph)) return null;
  const after = at + 1;
  if (lone && skipSpaces(text, after) === text.length) return { kind: 'bullet', ordered: false, marker: null, shape: glyph, indent: at, contentStart: text.length, weak: false };
  const content = textAfter(text, after);
  return content < 0 ? null : { kind: 'bullet', ordered: false, marker: null, shape: glyph, indent: at, contentStart: content, weak: false };
}

function ordered(kind: MarkerKind, marker: string, shape: string, indent: number, contentStart: number, weak = false): ListMarker {
  return { kind, ordered: true, marker, shape, indent, contentStart, weak };
}

// `1.`, `12)`, and decimal sub-numbers `1.1`, `2.3.1` (a trailing dot allowed). A sub-number must
// not be followed by a lower-case word, which is how a decimal number reads in wrapped prose.
function decimal(text: string, at: number): ListMarker | null {
  let end = digitsEnd(text, at);
  if (end < 0) return null;
  const delimiter = text[end];
  if (delimiter === ')' || (delimiter === '.' && !isDigit(text.charCodeAt(end + 1)))) {
    const content = textAfter(text, end + 1);
    return content < 0 ? null : ordered('decimal', text.slice(at, end), delimiter, at, content);
  }
  if (delimiter !== '.') return null;
  let parts = 1;
  while (text[end] === '.' && isDigit(text.charCodeAt(end + 1)) && parts < 4) {
    end = digitsEnd(text, end + 1);
    if (end < 0) return null;
    parts++;
  }
  const numberEnd = end;
  if (text[end] === '.') end++;
  const content = textAfter(text, end);
  if (content < 0 || parts < 2 || /\p{Ll}/u.test(text[content] as string)) return null;
  return ordered('decimal-sub', text.slice(at, numberEnd), '.', at, content);
}

// A run of lower-case letters at `at` (a single letter, or a roman numeral of two or more letters)
// closed by one of `delimiters`; `open` is where the marker starts (before a parenthesis).
function lettered(text: string, open: number, at: number, delimiters: string): ListMarker | null {
  let end = at;
  while (end < text.length && end - at <= MAX_ROMAN_LENGTH && isLower(text.charCodeAt(end))) end++;
  const word = text.slice(at, end);
  const single = word.length === 1;
  if (!single && romanValue(word) === undefined) return null;
  const delimiter = text[end] as string;
  if (!delimiters.includes(delimiter)) return null;
  const content = textAfter(text, end + 1);
  if (content < 0) return null;
  const kind: MarkerKind = !single ? 'roman' : 'ivx'.includes(word) ? 'alpha-or-roman' : 'alpha';
  // `a. Text` with one space is also how an initial or an abbreviation starts a wrapped line.
  const weak = single && delimiter === '.' && content === end + 2 && text[end + 1] === ' ';
  return ordered(kind, word, open < at ? '()' : delimiter, open, content, weak);
}

/**
 * Reads a list item marker at the start of a line: bullets `- * • – ○ ▪ ◦ · o`, `1.` `1)` `(1)`,
 * `1.1`, `a)` `(a)` `a.`, `ii.` `ii)` `(ii)`. Letters are single lower-case letters; numerals are
 * lower-case roman numerals up to 39; numbers have at most three digits (so `2025.` is no marker).
 * Ordered markers need text after them; `-`, `*` and `•` may stand alone.
 */
export function readListMarker(text: string): ListMarker | null {
  const at = skipSpaces(text);
  if (at >= text.length) return null;
  // `<li>` left over from a web page's list is a bullet (its text follows the tag).
  const li = /^(?:<[ou]l[^<>]{0,20}>\s*)?<li[^<>]{0,20}>\s*(?=\S)/i.exec(text.slice(at, at + 60));
  if (li) return { kind: 'bullet', ordered: false, marker: null, shape: '<li>', indent: at, contentStart: at + li[0].length, weak: false };
  const code = text.charCodeAt(at);
  if (isDigit(code)) return decimal(text, at);
  if (code === 0x28 /* ( */) {
    if (isDigit(text.charCodeAt(at + 1))) {
      const end = digitsEnd(text, at + 1);
      if (end < 0 || text[end] !== ')') return null;
      const content = textAfter(text, end + 1);
      return content < 0 ? null : ordered('decimal', text.slice(at + 1, end), '()', at, content);
    }
    return lettered(text, at, at + 1, ')');
  }
  if (isLower(code)) {
    const word = lettered(text, at, at, '.)');
    if (word !== null) return word;
  }
  return bullet(text, at);
}

/**
 * The style of an item, as `kind` + `shape` (`alpha.`, `roman()`, `bullet•`, `decimal-sub2`…). A
 * lone `i`, `v` or `x` takes the style of the list it would continue when that list is lettered
 * with the same delimiter (`h.` then `i.`), and is a roman numeral otherwise.
 */
export function styleOf(marker: ListMarker, listStyle: string | null): string {
  if (marker.kind === 'decimal-sub') return `decimal-sub${(marker.marker ?? '').split('.').length}`;
  if (marker.kind === 'alpha-or-roman') return listStyle === `alpha${marker.shape}` ? listStyle : `roman${marker.shape}`;
  return `${marker.kind}${marker.shape}`;
}

/** True when `next` is the item after `prev` in a lettered or roman run with `.` after each. */
export function followsInDotRun(prev: ListMarker, next: ListMarker): boolean {
  if (prev.shape !== '.' || next.shape !== '.' || prev.marker === null || next.marker === null) return false;
  const letters = (m: ListMarker) => m.kind === 'alpha' || m.kind === 'alpha-or-roman';
  const numerals = (m: ListMarker) => m.kind === 'roman' || m.kind === 'alpha-or-roman';
  if (letters(prev) && letters(next) && next.marker.charCodeAt(0) === prev.marker.charCodeAt(0) + 1) return true;
  if (numerals(prev) && numerals(next)) return romanValue(next.marker) === (romanValue(prev.marker) ?? -2) + 1;
  return false;
}
