import type { ThemeId } from '@tc/model';
import { normaliseThemeLabel } from '@tc/themes';

/** A cell or line that lists themes and nothing else ("Visibility, Career Dev. & S"), or null. */
export function themeList(text: string): ThemeId[] | null {
  const parts = text.split(/(?<!\s)\s*(?:[,;/&\n+]|\band\b)\s*/i).filter((p) => p.trim().length > 0);
  if (parts.length === 0) return null;
  const themes: ThemeId[] = [];
  for (const part of parts) {
    // "V1" is a ref, not the letter V.
    if (/\d/.test(part)) return null;
    const label = normaliseThemeLabel(part);
    if (label?.kind !== 'theme') return null;
    themes.push(label.theme);
  }
  return themes;
}
