// The cross-format test: the Plan read from plan.docx and from plan.lo.docx equals the
// Plan read from plan.txt in everything a plan says about its actions (provenance and
// format-specific diagnostics aside).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Action, Plan, PlanSource } from '@tc/model';
import { recognisePlan } from '@tc/recognise';
import { decodeText, detectTextFlavour, parseText } from '@tc/text';
import { parseDocx } from '../src/index.ts';

const SLUGS = ['portsmouth', 'brighton', 'chester', 'plymouth', 'leicester'] as const;
const RENDITIONS = ['plan.docx', 'plan.lo.docx'] as const;

const read = (slug: string, file: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../../fixtures/plans/${slug}/${file}`, import.meta.url)));

function source(name: string, format: PlanSource['format'], bytes: Uint8Array): PlanSource {
  return { name, format, sha256: createHash('sha256').update(bytes).digest('hex'), pages: null };
}

function textPlan(slug: string): Plan {
  const bytes = read(slug, 'plan.txt');
  const { text } = decodeText(bytes);
  return recognisePlan(parseText(text, { format: detectTextFlavour(text) }), source('plan.txt', 'text', bytes));
}

async function docxPlan(slug: string, file: string): Promise<Plan> {
  const bytes = read(slug, file);
  return recognisePlan(await parseDocx(bytes), source(file, 'docx', bytes));
}

// A line break inside a Word cell and a space in the text are the same thing to a reader.
const fold = (s: string | null): string | null => (s === null ? null : s.replace(/\s+/g, ' ').trim());

function comparable(a: Action, themes: boolean) {
  return {
    id: a.id,
    ref: a.ref,
    parentRef: a.parentRef,
    title: fold(a.title),
    ...(themes ? { themes: a.themes.map((t) => `${t.theme}:${t.source}`) } : {}),
    timeframe: a.timeframe && { ...a.timeframe, raw: fold(a.timeframe.raw) },
    owners: a.owners.map((o) => ({ raw: fold(o.raw), name: o.name })),
    successMeasures: a.successMeasures.map(fold),
  };
}

describe.each(SLUGS)('%s', (slug) => {
  const expected = textPlan(slug);
  // Plymouth's text lost its tick columns (its themes come from the classifier); the Word
  // rendition has real columns, so its themes come from the ticks recorded beside the fixture.
  const themesFromText = slug !== 'plymouth';

  test('the text plan has actions to compare', () => {
    expect(expected.actions.length).toBeGreaterThan(0);
  });

  test.each(RENDITIONS)('%s gives the same actions as plan.txt', async (file) => {
    const plan = await docxPlan(slug, file);
    expect(plan.actions.map((a) => comparable(a, themesFromText))).toEqual(expected.actions.map((a) => comparable(a, themesFromText)));
    if (!themesFromText) {
      const ticks = JSON.parse(readFileSync(new URL(`../../../fixtures/plans/${slug}/docx-ticks.json`, import.meta.url), 'utf8')) as string[][];
      expect(plan.actions.map((a) => a.themes.map((t) => `${t.theme}:${t.source}`))).toEqual(ticks.map((row) => row.map((t) => `${t}:tick`)));
    }
  });
});

test('a .docx with no plan in it gives zero actions and a warning', async () => {
  const bytes = new Uint8Array(readFileSync(new URL('../../../fixtures/bad/no-plan.docx', import.meta.url)));
  const plan = recognisePlan(await parseDocx(bytes), source('no-plan.docx', 'docx', bytes));
  expect(plan.actions).toEqual([]);
  expect(plan.diagnostics.some((d) => d.severity === 'warning')).toBe(true);
});
