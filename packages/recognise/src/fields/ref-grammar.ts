// One grammar for the refs plans print, used by every reader: the shape of a ref decides which refs
// belong to one run (pandoc's rule: the first item fixes style and delimiter), and whether a run
// counts up as a sequence. Shapes: 3 · 3a · 3.1 · (c) · iv · V1 / CD2c / R3.1 · HU-01 / TC/04 ·
// "Action 3" / "Objective 2.1".

export type RefShape = 'number' | 'number-letter' | 'dotted' | 'letter' | 'roman' | 'code' | 'dash-code' | 'keyword';

/** A ref opening a line, with what follows it. */
export interface LeadingRef {
  /** The ref to record: "3", "3.1", "c", "iv", "CD2c", "HU-01". */
  ref: string;
  shape: RefShape;
  /** How it was set off from the text: ".", ")", "(x)", ":", "–" (any dash), " " (spaces only). */
  delimiter: string;
  /** The word before a keyword ref ("Action", "Objective"), lower case; null otherwise. */
  keyword: string | null;
  /** For code refs, the letter prefix ("CD"); for dash codes, the prefix before the dash. */
  prefix: string | null;
  /** The text after the ref and its delimiter. */
  rest: string;
}

const KEYWORD = /^(action|objective|priority|item|commitment|aim|goal|recommendation|activity|initiative)\s*(?:no\.?|number|#)?\s*(\d{1,3}(?:\.\d{1,3}){0,2}[a-z]?)(?=$|[\s:.)–—-])\s*([:.)]|[–—-])?\s*/i;
const DASH_CODE = /^([A-Z]{1,4})([-/])(\d{1,3}[a-z]?)(?=$|[\s:.)–—-])\s*([:.)]|[–—-])?\s*/;
const CODE = /^([A-Z]{1,3})(\d{1,3}(?:\.\d{1,2})?[a-z]{0,2})(?=$|[\s:.)–—-])\s*([:.)]|[–—-])?\s*/;
const DOTTED = /^(\d{1,2}(?:\.\d{1,2}){1,2}[a-z]?)(?=$|[\s:)–—-])\.?\s*([:)]|[–—-])?\s*/;
const NUMBER = /^(\d{1,3})([a-z]?)(?=$|[\s:.)–—-])\s*([:.)]|[–—-])?\s*/;
const LETTER = /^(\()?([a-z])([.)])\s+/;
const ROMAN = /^(\()?(i{1,3}|iv|vi{0,3}|ix|x|xi{1,3}|xiv|xv)([.)])\s+/;

const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10 };

/** The value of a lower-case roman numeral up to 39. */
export function romanValue(text: string): number {
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const v = ROMAN_VALUES[text[i]!] ?? 0;
    const next = ROMAN_VALUES[text[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

function delimiterOf(found: string | undefined, matched: string): string {
  if (found === undefined) return matched.endsWith(' ') || matched.endsWith('\t') ? ' ' : '';
  return /[–—-]/.test(found) ? '–' : found;
}

/**
 * The ref that opens `text`, or null. A bare number needs a delimiter or a wide gap and text
 * after it, so "100 technicians" or "2025 saw" open nothing; capitals + a full stop + one space
 * ("B. Smith") are prose, not a letter ref.
 */
export function readLeadingRef(text: string): LeadingRef | null {
  const t = text.trimStart();
  let m = KEYWORD.exec(t);
  if (m) return { ref: m[2]!, shape: 'keyword', delimiter: delimiterOf(m[3], m[0]), keyword: m[1]!.toLowerCase(), prefix: null, rest: t.slice(m[0].length) };
  m = DASH_CODE.exec(t);
  if (m) return { ref: `${m[1]}${m[2]}${m[3]}`, shape: 'dash-code', delimiter: delimiterOf(m[4], m[0]), keyword: null, prefix: m[1]!, rest: t.slice(m[0].length) };
  m = CODE.exec(t);
  // "Q3 2025" is a date, not ref Q3: a code followed by a year opens nothing.
  if (m && /\s|[:.)–—-]/.test(m[0].slice(m[1]!.length + m[2]!.length)) && !/^(?:19|20)\d\d\b/.test(t.slice(m[0].length))) {
    return { ref: `${m[1]}${m[2]}`, shape: 'code', delimiter: delimiterOf(m[3], m[0]), keyword: null, prefix: m[1]!, rest: t.slice(m[0].length) };
  }
  m = DOTTED.exec(t);
  if (m && m[0].length < t.length) return { ref: m[1]!, shape: 'dotted', delimiter: delimiterOf(m[2], m[0]), keyword: null, prefix: null, rest: t.slice(m[0].length) };
  m = NUMBER.exec(t);
  if (m && m[0].length < t.length) {
    const delimiter = delimiterOf(m[3], m[0]);
    const wide = /^\d{1,3}[a-z]?\s{2,}|^\d{1,3}[a-z]?\t/.test(t);
    // "1 Publish …": one space, then a capital — a ref where such lines run in sequence (the
    // reader's regularity evidence decides), not "100 technicians" or "12 of them".
    const capital = /^\d{1,3} \p{Lu}/u.test(t);
    if (delimiter !== ' ' || wide || capital) {
      return { ref: `${m[1]}${m[2]}`, shape: m[2] ? 'number-letter' : 'number', delimiter: delimiter === ' ' ? ' ' : delimiter, keyword: null, prefix: null, rest: t.slice(m[0].length) };
    }
  }
  m = ROMAN.exec(t);
  if (m && m[0].length < t.length) return { ref: m[2]!, shape: 'roman', delimiter: m[1] ? '(x)' : m[3]!, keyword: null, prefix: null, rest: t.slice(m[0].length) };
  m = LETTER.exec(t);
  if (m && m[0].length < t.length) return { ref: m[2]!, shape: 'letter', delimiter: m[1] ? '(x)' : m[3]!, keyword: null, prefix: null, rest: t.slice(m[0].length) };
  return null;
}

/** The ref a list marker stands for ("3", "a", "iv", "1.2"), with its shape; null for bullets. */
export function readMarkerRef(marker: string | null): Pick<LeadingRef, 'ref' | 'shape'> | null {
  if (marker === null) return null;
  const bare = marker.replace(/^\(|[.):]$/g, '').replace(/\)$/, '');
  if (/^\d{1,3}$/.test(bare)) return { ref: bare, shape: 'number' };
  if (/^\d{1,2}(?:\.\d{1,2}){1,2}$/.test(bare)) return { ref: bare, shape: 'dotted' };
  if (/^(?:i{1,3}|iv|vi{0,3}|ix|x|xi{1,3}|xiv|xv)$/.test(bare)) return { ref: bare, shape: 'roman' };
  if (/^[a-z]$/.test(bare)) return { ref: bare, shape: 'letter' };
  if (/^[A-Z]{1,3}\d{1,3}[a-z]?$/.test(bare)) return { ref: bare, shape: 'code' };
  return null;
}

/** The numeric value a ref counts with inside its run (the last number or letter), or null. */
export function refOrdinal(ref: string, shape: RefShape): number | null {
  if (shape === 'letter') return ref.charCodeAt(0) - 96;
  if (shape === 'roman') return romanValue(ref);
  if (shape === 'number-letter') return ref.charCodeAt(ref.length - 1) - 96;
  const numbers = ref.match(/\d+/g);
  return numbers ? Number(numbers[numbers.length - 1]) : null;
}

/**
 * How regularly a run of refs counts: the share of steps that go up by one (or restart at 1,
 * as numbering does per section or per prefix). 1 for a clean sequence.
 */
export function sequenceRegularity(refs: ReadonlyArray<Pick<LeadingRef, 'ref' | 'shape' | 'prefix'>>): number {
  if (refs.length < 2) return refs.length === 1 ? 0.5 : 0;
  let good = 0;
  for (let i = 1; i < refs.length; i++) {
    const a = refs[i - 1]!;
    const b = refs[i]!;
    const x = refOrdinal(a.ref, a.shape);
    const y = refOrdinal(b.ref, b.shape);
    if (x === null || y === null) continue;
    const samePrefix = a.prefix === b.prefix && groupOf(a.ref) === groupOf(b.ref);
    if ((samePrefix && y === x + 1) || y === 1 || (!samePrefix && y <= 2)) good++;
  }
  return good / (refs.length - 1);
}

// "2.3" belongs to group "2"; "V1" to "V"; a plain number to no group.
function groupOf(ref: string): string {
  const dot = ref.lastIndexOf('.');
  if (dot > 0) return ref.slice(0, dot);
  return /^[A-Z]+/.exec(ref)?.[0] ?? '';
}
