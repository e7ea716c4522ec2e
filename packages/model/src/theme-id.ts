import * as z from 'zod';

/** The four Technician Commitment themes. */
export const ThemeId = z.enum(['visibility', 'recognition', 'career-development', 'sustainability']);
export type ThemeId = z.infer<typeof ThemeId>;

/** The theme ids in their canonical order. */
export const THEME_IDS: readonly ThemeId[] = ThemeId.options;

/** A topic of the @tc/themes taxonomy ("professional-registration", "mentoring"): what an action is about, finer than a theme. */
export const TopicId = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/).describe('a topic id of the @tc/themes taxonomy');
export type TopicId = z.infer<typeof TopicId>;
