const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const MARK_RUN = /(?<!\s)\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]+(?:[\s,]+[⁰¹²³⁴⁵⁶⁷⁸⁹]+)*)/g;

function plainDigits(superscripts: string): string {
  return [...superscripts].map((c) => String(SUPERSCRIPT_DIGITS.indexOf(c))).join('');
}

/** Takes footnote marks (superscript digits) out of a text: "events ² ." → "events." + ["2"]. */
export function stripFootnoteMarks(text: string): { text: string; marks: string[] } {
  const marks: string[] = [];
  const stripped = text.replace(MARK_RUN, (_m, run: string) => {
    for (const piece of run.split(/[\s,]+/)) if (piece) marks.push(plainDigits(piece));
    return ' ';
  });
  const cleaned = stripped
    .replace(/(?<![ \t])[ \t]+([.,;:!?)])/g, '$1')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/(?<! ) *\n */g, '\n')
    .trim();
  return { text: cleaned, marks };
}

/** A footnote definition line: "¹ mentioned in feedback …" → mark "1". */
export function footnoteDefinition(line: string): { mark: string; text: string } | null {
  const match = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(.+)$/.exec(line.trim());
  if (!match?.[1] || !match[2]) return null;
  return { mark: plainDigits(match[1]), text: match[2].trim() };
}
