import type { ThemeScore } from '@tc/themes';

export type { ThemeScore };

/** The theme classifier of @tc/themes, loaded on first use (it is not needed for `tc --help`). */
export async function loadClassifier(): Promise<(text: string) => ThemeScore[]> {
  return (await import('@tc/themes')).classifyThemes;
}
