import { analyse } from './features.ts';
import type { ThemeScore } from './model-schema.ts';
import { scoreAnalysis } from './predict.ts';
import { shippedModel } from './shipped-model.ts';

/**
 * Scores an action text against the four themes with the shipped model.
 *
 * Returns all four themes in canonical order, each with a calibrated probability and whether it is
 * selected (score at or above the theme's threshold). Text with at least one word always has at least
 * one theme selected; empty, whitespace-only or punctuation-only text has none. Never throws on text.
 */
export function classifyThemes(text: string): ThemeScore[] {
  return scoreAnalysis(shippedModel(), analyse(typeof text === 'string' ? text : '')).scores;
}
