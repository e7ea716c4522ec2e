// An action's opening clause names what it is for; later clauses give means and detail ("Explore
// … sharing of expertise and collaboration … – any other ideas than network event …"). Plans that
// file each action under one theme file it by that aim, so its phrases count for more there.
const CLAUSE_END = /[.;:!?()\n–—]|\s-\s|\bi{1,3}\)|\biv\)/;

/** The text up to its first clause boundary (sentence or list punctuation, a spaced dash, a roman-numeral item). */
export function openingClause(text: string): string {
  return text.split(CLAUSE_END)[0] ?? '';
}
