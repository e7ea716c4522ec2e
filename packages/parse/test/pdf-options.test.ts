// parsePlan hands its `pdf` options to @tc/pdf, also through a worker thread (where URL objects,
// which cannot be posted, go as their strings).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { pdfjsFolder } from '@tc/pdf/assets';
import { parsePlan } from '../src/index.ts';
import { parsePlanInWorker } from '../src/node.ts';

const bytes = new Uint8Array(readFileSync(new URL('../../../fixtures/plans/plymouth/plan.pdf', import.meta.url)));
const boxes = (plan: { actions: Array<{ provenance: unknown }> }) => JSON.stringify(plan.actions.map((a) => a.provenance));

it('passes the pdf options on, in this thread and in a worker', async () => {
  const { plan } = await parsePlan(bytes, { name: 'plan.pdf' });
  const elsewhere = await parsePlan(bytes, { name: 'plan.pdf', pdf: { standardFontDataUrl: '/nonexistent/fonts/' } });
  expect(elsewhere.plan.actions.map((a) => a.title)).toEqual(plan.actions.map((a) => a.title));
  expect(boxes(elsewhere.plan)).not.toBe(boxes(plan));
  const inWorker = await parsePlanInWorker(bytes, { name: 'plan.pdf', pdf: { assetsUrl: pathToFileURL(`${pdfjsFolder()}/`) } });
  expect(inWorker.plan).toEqual(plan);
});
