// Themes printed as a bracketed tag after an action's title ("(Visibility, Recognition)", "[R]"):
// one place so every family that tags themes prints the same shapes.
import type { ThemeId } from '@tc/model';
import { THEME_LABELS } from '../content/decoys.ts';
import { THEME_CODE } from '../ref-styles.ts';

export type ThemeTag = 'none' | 'labels-paren' | 'labels-bracket' | 'codes-paren' | 'codes-bracket';

/** " (Visibility, Recognition)", " [V, R]" … with its leading space, or "" for 'none'. */
export function themeTag(style: ThemeTag, themes: readonly ThemeId[]): string {
  if (style === 'none') return '';
  const names = themes.map((t) => (style.startsWith('labels') ? THEME_LABELS[t] : THEME_CODE[t]));
  return style.endsWith('paren') ? ` (${names.join(', ')})` : ` [${names.join(', ')}]`;
}
