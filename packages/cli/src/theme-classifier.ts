import { TcError, type ThemeId } from '@tc/model';

/** One theme's score for a text, as @tc/themes reports it. */
export interface ThemeScore {
  theme: ThemeId;
  score: number;
  selected: boolean;
}

/** The theme classifier of @tc/themes, loaded on first use. */
export async function loadClassifier(): Promise<(text: string) => ThemeScore[]> {
  const themes = (await import('@tc/themes')) as unknown as { classifyThemes?: (text: string) => ThemeScore[] };
  if (typeof themes.classifyThemes !== 'function') throw new TcError('TC_USAGE', 'This build of @tc/themes has no theme classifier.');
  return themes.classifyThemes;
}
