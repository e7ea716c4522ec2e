import * as z from 'zod';
import { Action, THEME_IDS, type ActionTheme, type ThemeId, type ThemeSource } from '@tc/model';
import { actionText } from '../action-text.ts';

/** A labelled action text for training or evaluation. */
export interface Example {
  institution: string;
  ref: string | null;
  text: string;
  themes: readonly ThemeId[];
  /** True when the plan gives each action exactly one theme (a section, code or theme column), so absent themes are weak negatives. */
  singleLabel: boolean;
}

/** The part of a Plan that training reads; expected.json files are validated against it. */
export const TrainingPlan = z.object({
  actions: z.array(Action.pick({ ref: true, title: true, description: true, supportingActions: true, themes: true })),
});
export type TrainingPlan = z.infer<typeof TrainingPlan>;

/** Theme sources a plan states itself; `classifier` themes are never training labels. */
export const STATED_SOURCES: ReadonlySet<ThemeSource> = new Set(['tick', 'column', 'section', 'label', 'code']);
// A theme column, section or code gives one theme per action when the plan uses it that way; ticks
// and label lists name every theme that applies, so their absent themes are real negatives.
const ONE_THEME_SOURCES: ReadonlySet<ThemeSource> = new Set(['section', 'code', 'column']);

export { actionText } from '../action-text.ts';

/**
 * The labelled examples of one plan: actions with at least one stated theme. The plan counts as
 * single-label when every labelled action has exactly one theme, from a section, code or theme column.
 */
export function examplesFromPlan(institution: string, plan: TrainingPlan): Example[] {
  const labelled = plan.actions
    .map((action) => ({ action, stated: action.themes.filter((t) => STATED_SOURCES.has(t.source)) }))
    .filter((x) => x.stated.length > 0);
  const singleLabel = labelled.every(({ stated }) => stated.length === 1 && ONE_THEME_SOURCES.has((stated[0] as ActionTheme).source));
  const out: Example[] = [];
  for (const { action, stated } of labelled) {
    const themes = THEME_IDS.filter((id) => stated.some((t) => t.theme === id));
    const text = actionText(action);
    if (text === '') continue;
    out.push({ institution, ref: action.ref, text, themes, singleLabel });
  }
  return out;
}

// Scripts at the repository root cannot resolve @tc/model themselves; they take the theme order from here.
export { THEME_IDS, type ThemeId } from '@tc/model';
