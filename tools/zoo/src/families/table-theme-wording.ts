// How a free-text theme cell words an action's themes. Every wording states exactly the themes
// given, so gold themes are the action's themes whatever the wording.
import { THEME_IDS, type ThemeId } from '@tc/model';
import { THEME_DEFINITIONS } from '@tc/themes';
import { THEME_CODE } from '../ref-styles.ts';

export const THEME_WORDINGS = ['names', 'names-semicolon', 'mainly-also', 'codes', 'abbreviated'] as const;
export type ThemeWording = (typeof THEME_WORDINGS)[number];

const ABBREVIATION: Readonly<Record<ThemeId, string>> = {
  visibility: 'Vis.',
  recognition: 'Recog.',
  'career-development': 'Career dev.',
  sustainability: 'Sust.',
};

export const themeLabel = (theme: ThemeId): string => THEME_DEFINITIONS[theme].label;

function listInProse(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** The theme cell text for `themes` (main theme first). */
export function wordThemes(themes: readonly ThemeId[], wording: ThemeWording): string {
  const all = themes.length === THEME_IDS.length;
  switch (wording) {
    case 'names':
      return all ? 'All four themes' : themes.map(themeLabel).join(', ');
    case 'names-semicolon':
      return all ? 'All four themes' : themes.map(themeLabel).join('; ');
    case 'mainly-also': {
      if (all) return 'All four themes';
      const [main, ...rest] = themes.map((t) => themeLabel(t).toLowerCase());
      if (rest.length === 0) return themeLabel(themes[0]!);
      return `Mainly ${main}, also ${listInProse(rest)}`;
    }
    case 'codes':
      return themes.map((t) => THEME_CODE[t]).join(', ');
    case 'abbreviated':
      return all ? 'All four themes' : themes.map((t) => ABBREVIATION[t]).join(', ');
  }
}

/** Gold themes: the stated set in the four themes' order. */
export const goldThemes = (themes: readonly ThemeId[]): ThemeId[] => THEME_IDS.filter((t) => themes.includes(t));
