export { THEME_DEFINITIONS } from './theme-definitions.ts';
export { leadingThemeLabel, normaliseThemeLabel, type ThemeLabel } from './theme-label.ts';
export { classifyThemes } from './classify.ts';
export { explainThemes } from './explain.ts';
export type { ThemeExplanation, ThemeScore, ThemeTerm } from './model-schema.ts';
export { applyClassifier, type ApplyClassifierOptions } from './apply-classifier.ts';
export { Taxonomy, TopicDefinition, topicTaxonomy } from './topics/taxonomy.ts';
export { explainTopics, tagTopics, type TopicExplanation } from './topics/tag-topics.ts';
export { applyTopics } from './topics/apply-topics.ts';
