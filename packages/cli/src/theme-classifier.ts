import type { ActionTopic } from '@tc/model';
import type { ThemeScore } from '@tc/themes';

export type { ThemeScore };

/** What `tc themes` reports for one text. */
export interface TextReading {
  themes: ThemeScore[];
  topics: ActionTopic[];
}

/** The theme classifier and topic tagger of @tc/themes, loaded on first use (not needed for `tc --help`). */
export async function loadClassifier(): Promise<(text: string) => TextReading> {
  const { classifyThemes, tagTopics } = await import('@tc/themes');
  return (text) => ({ themes: classifyThemes(text), topics: tagTopics(text) });
}
