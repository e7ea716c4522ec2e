// The theme a group label (a heading or short line over a group of actions) names.
import type { ThemeId } from '@tc/model';
import { leadingThemeLabel, normaliseThemeLabel } from '@tc/themes';
import { fieldRole } from './field-role.ts';
import { LABEL_INLINE } from './section-heading.ts';
import { themeList } from './theme-list.ts';
import { themeByDefinition } from './theme-text.ts';

/**
 * The theme a group label names: "Visibility", "Visibility actions", "Theme 2: Recognition",
 * "Objective 1: Raise the profile … (Visibility)", or the Commitment's definition of a theme.
 * `found` says the label names a theme (or names no theme on purpose: "Overarching").
 */
export function groupTheme(text: string): { theme: ThemeId | null; themeless: boolean; found: boolean } {
  // "Commitment area: Visibility": the value of a theme label.
  const field = LABEL_INLINE.exec(text);
  if (field?.[1] && field[2] && fieldRole(field[1]) === 'theme') text = field[2];
  const bare = text.replace(/^\s*(?:objective|theme|priority|aim|goal|area|strand|pillar)\s*\d*\s*[:.–-]?\s*/i, '').replace(/:\s*$/, '').trim();
  const unsuffixed = bare.replace(/\bactions?\b\s*$/i, '').trim() || bare;
  const label = unsuffixed.length <= 60 ? normaliseThemeLabel(unsuffixed) : null;
  if (label) return label.kind === 'theme' ? { theme: label.theme, themeless: false, found: true } : { theme: null, themeless: true, found: true };
  const lead = leadingThemeLabel(bare);
  if (lead?.label.kind === 'theme') return { theme: lead.label.theme, themeless: false, found: true };
  const bracket = /[([]([^()[\]]{1,60})[)\]]\s*$/.exec(bare)?.[1];
  const listed = bracket ? themeList(bracket) : null;
  if (listed?.length === 1) return { theme: listed[0]!, themeless: false, found: true };
  const defined = themeByDefinition(bare);
  return { theme: defined, themeless: false, found: defined !== null };
}
