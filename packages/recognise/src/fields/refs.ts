// Refs in table cells and at the start of titles, read with the one ref grammar (ref-grammar.ts).
import { readLeadingRef } from './ref-grammar.ts';

/** A cell that holds a ref and nothing else: "12", "4b", "1.3.1", "V1", "CD2c", "HU-01", "Action 3". */
export function isRef(text: string): boolean {
  const t = text.trim().replace(/[.:)]$/, '');
  if (t.length === 0 || t.length > 20) return false;
  if (/^\d{1,3}[a-z]?$/.test(t)) return true;
  const ref = readLeadingRef(`${t} x`);
  return ref !== null && ref.rest === 'x' && ref.shape !== 'letter' && ref.shape !== 'roman';
}

/** The ref a ref cell records: "12." → "12", "Action 3" → "3". */
export function normaliseRef(text: string): string {
  const t = text.trim().replace(/[.:)]$/, '');
  const ref = readLeadingRef(`${t} x`);
  return ref && ref.rest === 'x' ? ref.ref : t;
}

/** A ref opening a cell: "R2b. Publish …", "3) Review …", "1.1 Publish …", "HU-01 Publish …". */
export function leadingRef(text: string): { ref: string; rest: string } | null {
  const ref = readLeadingRef(text);
  if (!ref || ref.rest.length === 0) return null;
  // A bare number needs a delimiter here: "3 technicians per faculty" opens no ref.
  if ((ref.shape === 'number' || ref.shape === 'number-letter') && (ref.delimiter === ' ' || ref.delimiter === '')) return null;
  if (ref.shape === 'letter' || ref.shape === 'roman' || ref.shape === 'keyword') return null;
  return { ref: ref.ref, rest: ref.rest };
}

/** The letter prefix of a coded ref ("CD" of "CD2c"), or null for numeric refs. */
export function refPrefix(ref: string): string | null {
  return /^([A-Z]{1,3})\d/.exec(ref)?.[1] ?? null;
}

/** True when `child` is a sub-code of `parent`: V1 → V1a, 3 → 3.1, R2 → R2.4, HU-02 → HU-02a. */
export function isSubRef(parent: string, child: string): boolean {
  if (!child.startsWith(parent) || child.length === parent.length) return false;
  return /^(?:[a-z]|\.\d{1,2}[a-z]?)$/.test(child.slice(parent.length));
}
