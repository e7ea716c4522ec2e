/** A reference as plans print them: "12", "4b", "V1", "CD2c", "1.2". */
const REF = /^(?:[A-Z]{1,3}\d{1,3}[a-z]?|\d{1,3}[a-z]?|\d{1,2}\.\d{1,2}[a-z]?)$/;
/** A reference opening a cell: "R2b. Publish …", "3) Review …". */
const LEADING_REF = /^((?:[A-Z]{1,3}\d{1,3}[a-z]?|\d{1,2}\.\d{1,2}[a-z]?))[.):]\s+(?=\S)/;

export function isRef(text: string): boolean {
  return REF.test(text.trim().replace(/[.:)]$/, ''));
}

export function normaliseRef(text: string): string {
  return text.trim().replace(/[.:)]$/, '');
}

export function leadingRef(text: string): { ref: string; rest: string } | null {
  const match = LEADING_REF.exec(text);
  if (!match?.[1]) return null;
  return { ref: match[1], rest: text.slice(match[0].length) };
}

/** The letter prefix of a coded ref ("CD" of "CD2c"), or null for numeric refs. */
export function refPrefix(ref: string): string | null {
  return /^([A-Z]{1,3})\d/.exec(ref)?.[1] ?? null;
}

/** True when `child` is a sub-code of `parent`: V1 → V1a, 3 → 3.1, R2 → R2.4. */
export function isSubRef(parent: string, child: string): boolean {
  if (!child.startsWith(parent) || child.length === parent.length) return false;
  return /^(?:[a-z]|\.\d{1,2}[a-z]?)$/.test(child.slice(parent.length));
}
