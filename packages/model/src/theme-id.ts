import { z } from 'zod';

/** The four Technician Commitment themes. */
export const ThemeId = z.enum(['visibility', 'recognition', 'career-development', 'sustainability']);
export type ThemeId = z.infer<typeof ThemeId>;

/** The theme ids in their canonical order. */
export const THEME_IDS: readonly ThemeId[] = ThemeId.options;
