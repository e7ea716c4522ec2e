import { Plan, TcError } from '@tc/model';

// Loaded with the recogniser rather than with parsePlan: zod and the schemas are most of what a
// page would otherwise download before its first plan.

/** The plan checked against the Plan schema; a mismatch is a bug in tc (TC_INVALID_PLAN). */
export function validatePlan(plan: Plan): Plan {
  const result = Plan.safeParse(plan);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  const where = first ? `${first.path.join('.')}: ${first.message}` : 'unknown field';
  throw new TcError('TC_INVALID_PLAN', `The recognised plan does not match the Plan schema (${where}); this is a bug in tc.`, {
    cause: result.error,
  });
}

