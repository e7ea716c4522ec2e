// Plans for compare's tests: the fixtures' expected Plans, and variants of them.
import { readFileSync } from 'node:fs';
import { Plan } from '@tc/model';

export const FIXTURES = ['brighton', 'chester', 'leicester', 'plymouth', 'portsmouth'] as const;

/** The expected Plan of fixtures/plans/<slug>/plan.txt. */
export function fixturePlan(slug: string): Plan {
  return Plan.parse(JSON.parse(readFileSync(new URL(`../../../fixtures/plans/${slug}/expected.json`, import.meta.url), 'utf8')));
}

/** A copy of a plan with some fields changed. */
export function variant(plan: Plan, change: Partial<Plan>): Plan {
  return { ...structuredClone(plan), ...change };
}
