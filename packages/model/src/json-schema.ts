import * as z from 'zod';
import { Plan } from './plan.ts';

/** The JSON Schema (draft 2020-12) of a Plan, generated from the zod schema. */
export function planJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Plan, { target: 'draft-2020-12', io: 'output' });
  return {
    title: 'Technician Commitment Plan',
    ...schema,
  };
}
