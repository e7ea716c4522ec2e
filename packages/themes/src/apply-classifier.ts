import type { Action, Diagnostic, Plan } from '@tc/model';
import { actionText } from './action-text.ts';
import { classifyThemes } from './classify.ts';
import { chooseThemes, planThemesPerAction, round } from './select-themes.ts';

// A plan's stated themes "strongly disagree" with the classifier when the classifier is confident
// of a theme the plan does not give and gives none of the plan's own themes even a modest score.
const CONFIDENT = 0.7;
const MODEST = 0.25;

/** Options of {@link applyClassifier}. */
export interface ApplyClassifierOptions {
  /** Actions to leave as they are, e.g. those a plan lists under "Overarching" or "Evaluating impact". */
  skip?: (action: Action) => boolean;
}

/**
 * Gives every action the plan leaves without a theme machine-chosen themes (`source: "classifier"`),
 * keeping to the plan's convention as its stated themes show it: where it states one theme per
 * action, the domain lexicon's strongest; where it gives several (or states none), the themes of
 * the action's topics through the taxonomy's theme map, as many as the plan gives on average; the
 * trained classifier (its calibrated score as confidence) where neither lexicon nor topics find
 * anything — the method that measured best (docs/themes-evaluation.md). It also adds an `info` diagnostic for
 * each action whose stated themes strongly disagree with the classifier. Stated themes are never
 * changed.
 */
export function applyClassifier(plan: Plan, options: ApplyClassifierOptions = {}): Plan {
  const diagnostics: Diagnostic[] = [];
  const themesPerAction = planThemesPerAction(plan);
  const actions = plan.actions.map((action): Action => {
    const text = actionText(action);
    if (text === '' || options.skip?.(action)) return action;
    if (action.themes.length === 0) {
      // applyTopics (run first by the recogniser) has tagged the same text; an action without topics is tagged afresh.
      const topics = action.topics.length > 0 ? action.topics : undefined;
      const themes = chooseThemes(text, themesPerAction, classifyThemes, topics).map((t) => ({ theme: t.theme, source: 'classifier' as const, confidence: t.confidence }));
      return { ...action, themes };
    }
    const scores = classifyThemes(text);
    const stated = new Set(action.themes.map((t) => t.theme));
    const confident = scores.filter((s) => s.score >= CONFIDENT && !stated.has(s.theme));
    const statedScores = scores.filter((s) => stated.has(s.theme));
    if (confident.length > 0 && statedScores.every((s) => s.score < MODEST)) {
      diagnostics.push({
        severity: 'info',
        code: 'theme-disagreement',
        message: `action ${action.id}: the plan gives ${[...stated].join(', ')}; the classifier reads ${confident.map((s) => `${s.theme} (${round(s.score)})`).join(', ')}`,
        at: action.provenance[0] ?? null,
      });
    }
    return action;
  });
  return { ...plan, actions, diagnostics: [...plan.diagnostics, ...diagnostics] };
}
