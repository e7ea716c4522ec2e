import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { PlanSource } from '@tc/model';
import { recognisePlan } from '@tc/recognise';
import { parseDocx } from '../src/index.ts';

function source(name: string, format: PlanSource['format'], bytes: Uint8Array): PlanSource {
  return { name, format, sha256: createHash('sha256').update(bytes).digest('hex'), pages: null };
}

test('a .docx with no plan in it gives zero actions and a warning', async () => {
  const bytes = new Uint8Array(readFileSync(new URL('../../../fixtures/bad/no-plan.docx', import.meta.url)));
  const plan = recognisePlan(await parseDocx(bytes), source('no-plan.docx', 'docx', bytes));
  expect(plan.actions).toEqual([]);
  expect(plan.diagnostics.some((d) => d.severity === 'warning')).toBe(true);
});
