// List numbers as every writer prints them, so the text, markdown, HTML and pdfkit renderings of a
// document show the same markers Word computes from its numbering definitions.
import type { ZooList } from '../zoo-doc.ts';

export type ListStyle = NonNullable<ZooList['style']>;

const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

export function toRoman(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, digits] of ROMAN) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/** a, b, … z, aa, ab … (Word's alphabetic numbering repeats the letter instead: aa, bb; rare enough past z). */
export function toAlpha(n: number): string {
  let out = '';
  let rest = n;
  while (rest > 0) {
    rest--;
    out = String.fromCharCode(97 + (rest % 26)) + out;
    rest = Math.floor(rest / 26);
  }
  return out;
}

/** The counter alone in the list's style ("3", "c", "iii", "C"). */
export function counterText(n: number, style: ListStyle = 'decimal'): string {
  switch (style) {
    case 'decimal':
    case 'decimal-paren':
      return String(n);
    case 'lower-alpha':
    case 'lower-alpha-paren':
      return toAlpha(n);
    case 'lower-roman':
      return toRoman(n);
    case 'upper-alpha':
      return toAlpha(n).toUpperCase();
  }
}

/** The printed marker: "3.", "3)", "c.", "(c)", "iii.", "C.". */
export function markerText(n: number, style: ListStyle = 'decimal'): string {
  const c = counterText(n, style);
  if (style === 'decimal-paren') return `${c})`;
  if (style === 'lower-alpha-paren') return `(${c})`;
  return `${c}.`;
}

/**
 * Hands out each ordered list's first number in document order: lists sharing a `numbering.id`
 * carry one count on (as one Word numbering instance does), `restart` starts it again.
 */
export class ListCounter {
  readonly #next = new Map<string, number>();

  first(list: ZooList): number {
    const base = list.start ?? 1;
    const id = list.numbering?.id;
    if (id === undefined) return base;
    const carried = this.#next.get(id);
    const first = list.numbering?.restart || carried === undefined ? base : carried;
    this.#next.set(id, first + list.items.length);
    return first;
  }
}
