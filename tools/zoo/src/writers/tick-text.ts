// A tick as characters, for the formats that can only print text.
import type { TickStyle } from '../zoo-doc.ts';

/**
 * The tick as text extraction gives it: a Wingdings tick comes out of Word as the private-use
 * character U+F0FC, a checked content-control box as ☒.
 */
export function tickChar(tick: TickStyle): string {
  if (tick === 'wingdings') return '\uF0FC';
  if (tick === 'checkbox') return '\u2612';
  return tick;
}

/** The tick as a web page shows it: there is no Wingdings font on the web, so a check mark. */
export function tickCharForWeb(tick: TickStyle): string {
  if (tick === 'wingdings') return '\u2713';
  return tickChar(tick);
}
