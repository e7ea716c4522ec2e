import type { Action, Plan, ThemeId } from '@tc/model';

interface ThemeScore {
  theme: ThemeId;
  score: number;
  selected: boolean;
}

// @tc/themes grows its API over time: prefer its own plan-level classifier when it has one.
interface ThemesModule {
  applyClassifier?: (plan: Plan) => Plan;
  classifyThemes?: (text: string) => ThemeScore[];
}

/**
 * Gives every action that the plan leaves without a theme the themes the classifier selects,
 * marked `source: 'classifier'` with the score as confidence. Stated themes are never touched.
 */
export async function classifyPlan(plan: Plan): Promise<Plan> {
  const themes = (await import('@tc/themes')) as unknown as ThemesModule;
  if (typeof themes.applyClassifier === 'function') return themes.applyClassifier(plan);
  const classify = themes.classifyThemes;
  if (typeof classify !== 'function') {
    return {
      ...plan,
      diagnostics: [
        ...plan.diagnostics,
        { severity: 'info', code: 'classifier-unavailable', message: 'No theme classifier is available; actions without stated themes keep none.', at: null },
      ],
    };
  }
  return { ...plan, actions: plan.actions.map((action) => (action.themes.length > 0 ? action : withClassifiedThemes(action, classify))) };
}

function withClassifiedThemes(action: Action, classify: (text: string) => ThemeScore[]): Action {
  const text = [action.title, action.description ?? ''].join('\n').trim();
  if (text === '') return action;
  const themes = classify(text)
    .filter((score) => score.selected)
    .map((score) => ({ theme: score.theme, source: 'classifier' as const, confidence: clamp(score.score) }));
  return { ...action, themes };
}

function clamp(score: number): number {
  return Math.min(1, Math.max(0, score));
}
