import type { Action, Plan } from '@tc/model';
import { actionText } from '../action-text.ts';
import { tagTopics } from './tag-topics.ts';

/** Gives every action of the plan the topics its own words show (replacing any it had). */
export function applyTopics(plan: Plan): Plan {
  return { ...plan, actions: plan.actions.map((action): Action => ({ ...action, topics: tagTopics(actionText(action)) })) };
}
