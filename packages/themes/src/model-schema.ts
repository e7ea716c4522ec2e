import * as z from 'zod';
import { ThemeId } from '@tc/model';

const ThemeParameters = z.object({
  intercept: z.number(),
  weights: z.array(z.number()),
  platt: z.object({ a: z.number(), b: z.number() }),
  threshold: z.number().min(0).max(1),
});

/** Hyper-parameters of training, recorded in the model file. */
export const TrainingOptions = z.object({
  lambda: z.number().positive(),
  iterations: z.int().positive(),
  minDf: z.int().positive(),
  lexicon: z.boolean(),
  /** Multiplier on the TF-IDF part of the vector: below 1 trusts words less than the lexicon. */
  textScale: z.number().positive(),
  /** Sample weight of a negative label from a plan that gives each action one theme only. */
  singleLabelNegativeWeight: z.number().min(0).max(1),
});
export type TrainingOptions = z.infer<typeof TrainingOptions>;

/** The trained classifier as stored in `model.json`. */
export const ThemeModelFile = z.object({
  format: z.literal('tc-themes-model/1'),
  training: z.object({
    institutions: z.array(z.string()),
    actions: z.int().min(0),
    options: TrainingOptions,
  }),
  vocabulary: z.array(z.string()),
  idf: z.array(z.number()),
  themes: z.record(ThemeId, ThemeParameters),
});
export type ThemeModelFile = z.infer<typeof ThemeModelFile>;

/** One theme's score for a text, as `classifyThemes` returns it. */
export const ThemeScore = z.object({
  theme: ThemeId,
  score: z.number().min(0).max(1).describe('calibrated probability that the theme applies'),
  selected: z.boolean(),
});
export type ThemeScore = z.infer<typeof ThemeScore>;

/** One term or lexicon phrase and how much it moved a theme's decision value (log-odds). */
export const ThemeTerm = z.object({
  term: z.string().describe('the words as written in the text, or the lexicon phrase'),
  source: z.string().describe('"text" for a word or bigram feature; "lexicon:<theme>" for a lexicon phrase'),
  contribution: z.number(),
});
export type ThemeTerm = z.infer<typeof ThemeTerm>;

/** Why a theme scored what it did. */
export const ThemeExplanation = ThemeScore.extend({
  threshold: z.number(),
  decision: z.number().describe('log-odds before calibration: intercept plus the contributions'),
  intercept: z.number(),
  terms: z.array(ThemeTerm).describe('largest contributions first'),
});
export type ThemeExplanation = z.infer<typeof ThemeExplanation>;
