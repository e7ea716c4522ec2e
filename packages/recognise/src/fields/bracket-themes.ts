import type { ThemeId } from '@tc/model';
import { themeList } from './theme-list.ts';

// "Create technician profiles (Visibility, Recognition)", "… [V, R]", "… (Theme: Sustainability)"
const TRAILING_BRACKET = /(?<!\s)\s+[([]\s*(?:themes?\s*:\s*)?([^()[\]]{1,80})[)\]]\s*\.?$/i;

/**
 * Themes named in a bracket at the end of a text: the text without the bracket, the themes, and
 * the bracket as printed; null when the bracket names no themes. Codes of one or two letters count
 * only in capitals, so "description (s)" names no theme.
 */
export function splitBracketThemes(text: string): { text: string; themes: ThemeId[]; printed: string } | null {
  const match = TRAILING_BRACKET.exec(text);
  const inside = match?.[1] ?? '';
  const codes = inside.split(/[\s,;/&]+/).filter(Boolean);
  if (!match || codes.some((c) => c.length <= 2 && c !== c.toUpperCase())) return null;
  const themes = themeList(inside);
  if (!themes) return null;
  return { text: text.slice(0, match.index).trim(), themes, printed: match[0].trim() };
}
