import { foldWhitespace } from './whitespace.ts';

const DIGITS = /\p{Nd}+/gu;

/**
 * The key under which lines count as "the same" for furniture: whitespace folded, case kept,
 * digit runs masked so that `Page 3 of 9` and `Page 4 of 9` match.
 */
export function repeatedLineKey(line: string): string {
  return foldWhitespace(line).replace(DIGITS, '#');
}

/**
 * Lines that occur at least `minCount` times (compared by `repeatedLineKey`; blank lines ignored):
 * a map from key to the indexes of the lines that carry it, in order.
 */
export function findRepeatedLines(lines: readonly string[], minCount: number): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  lines.forEach((line, index) => {
    const key = repeatedLineKey(line);
    if (key.length === 0) return;
    const at = seen.get(key);
    if (at === undefined) seen.set(key, [index]);
    else at.push(index);
  });
  for (const [key, at] of seen) if (at.length < minCount) seen.delete(key);
  return seen;
}
