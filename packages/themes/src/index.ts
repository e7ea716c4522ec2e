export { THEME_DEFINITIONS } from './theme-definitions.ts';
export { leadingThemeLabel, normaliseThemeLabel, type ThemeLabel } from './theme-label.ts';
export { classifyThemes } from './classify.ts';
export { explainThemes } from './explain.ts';
export type { ThemeExplanation, ThemeScore, ThemeTerm } from './model-schema.ts';
export { applyClassifier, type ApplyClassifierOptions } from './apply-classifier.ts';
