import { z } from 'zod';
import { Action, THEME_IDS, type ThemeId, type ThemeSource } from '@tc/model';

/** A labelled action text for training or evaluation. */
export interface Example {
  institution: string;
  ref: string | null;
  text: string;
  themes: readonly ThemeId[];
  /** True when the plan gives each action exactly one theme (a section or a code), so absent themes are weak negatives. */
  singleLabel: boolean;
}

/** The part of a Plan that training reads; expected.json files are validated against it. */
export const TrainingPlan = z.object({
  actions: z.array(Action.pick({ ref: true, title: true, description: true, supportingActions: true, themes: true })),
});
export type TrainingPlan = z.infer<typeof TrainingPlan>;

/** Theme sources a plan states itself; `classifier` themes are never training labels. */
export const STATED_SOURCES: ReadonlySet<ThemeSource> = new Set(['tick', 'column', 'section', 'label', 'code']);
const SINGLE_LABEL_SOURCES: ReadonlySet<ThemeSource> = new Set(['section', 'code']);

/** The text the classifier sees for an action: title, description and supporting actions. */
export function actionText(action: Pick<Action, 'title' | 'description' | 'supportingActions'>): string {
  return [action.title, action.description ?? '', ...action.supportingActions].filter((s) => s.trim() !== '').join('\n');
}

/** The labelled examples of one plan: actions with at least one stated theme. */
export function examplesFromPlan(institution: string, plan: TrainingPlan): Example[] {
  const out: Example[] = [];
  for (const action of plan.actions) {
    const stated = action.themes.filter((t) => STATED_SOURCES.has(t.source));
    if (stated.length === 0) continue;
    const themes = THEME_IDS.filter((id) => stated.some((t) => t.theme === id));
    const text = actionText(action);
    if (text === '') continue;
    out.push({ institution, ref: action.ref, text, themes, singleLabel: stated.every((t) => SINGLE_LABEL_SOURCES.has(t.source)) });
  }
  return out;
}

// Scripts at the repository root cannot resolve @tc/model themselves; they take the theme order from here.
export { THEME_IDS, type ThemeId } from '@tc/model';
