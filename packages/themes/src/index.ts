export { THEME_DEFINITIONS } from './theme-definitions.ts';
export { leadingThemeLabel, normaliseThemeLabel, type ThemeLabel } from './theme-label.ts';
