// A cell that goes on from the row above begins in lowercase or with punctuation that cannot open
// a sentence.
const CONTINUING_START = /^(?:\p{Ll}|[,;:)\]\u2019])/u;

/**
 * True when `next` (cell texts of a row that follows a page break) is the rest of `prev` rather
 * than a row of its own: it has some text, every non-empty cell of it starts lowercase or with
 * continuing punctuation (`,;:)`), and `prev` has text in each of those columns.
 */
export function isContinuationRow(prev: readonly string[], next: readonly string[]): boolean {
  let filled = 0;
  for (let col = 0; col < next.length; col++) {
    const text = (next[col] ?? '').trim();
    if (text.length === 0) continue;
    filled++;
    if (!CONTINUING_START.test(text)) return false;
    if ((prev[col] ?? '').trim().length === 0) return false;
  }
  return filled > 0;
}
