import type { Action } from '@tc/model';

/** The text the classifier sees for an action: title, description and supporting actions. */
export function actionText(action: Pick<Action, 'title' | 'description' | 'supportingActions'>): string {
  return [action.title, action.description ?? '', ...action.supportingActions].filter((s) => s.trim() !== '').join('\n');
}
