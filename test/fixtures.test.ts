// One loop over every fixture folder: the plan from plan.txt equals the reviewed expected.json,
// keeps ≥ 99 % of the document's text and matches the counts stated for the real plans; every
// other rendition (Word, LibreOffice-saved Word, PDF) gives the same actions through parsePlan, and
// so does each rendition of the producer matrix (its figures recorded in test/matrix-figures.json).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Plan, type LayoutDocument } from '@tc/model';
import { parsePlan } from '@tc/parse';
import { recognisePlan } from '@tc/recognise';
import { decodeText, parseText } from '@tc/text';
import { parseDocx } from '@tc/docx';
import { parsePdf } from '@tc/pdf';
import { planCoverage } from './support/coverage.ts';
import { fixtureFolders } from './support/fixtures.ts';
import { comparable, exact, matrixFigures, type MatrixFigures } from './support/matrix-score.ts';

// Facts read off the real plans, independent of the golden files.
const STATED: Record<string, { count: number; refs: Array<string | null>; withoutThemes?: number }> = {
  portsmouth: { count: 21, refs: Array.from({ length: 21 }, (_, i) => String(i + 1)) },
  brighton: { count: 15, refs: ['1', '2', '3', '4', '5', '6', '7', '8', '10', '11', '12', '13', '14', '15', '16'] },
  chester: {
    count: 35,
    refs: [
      ...Array.from({ length: 9 }, (_, i) => `V${i + 1}`), ...Array.from({ length: 9 }, (_, i) => `R${i + 1}`),
      ...Array.from({ length: 6 }, (_, i) => `C${i + 1}`), ...Array.from({ length: 8 }, (_, i) => `S${i + 1}`), null, null, null,
    ],
    withoutThemes: 3,
  },
  plymouth: { count: 17, refs: Array.from({ length: 17 }, () => null) },
  leicester: {
    count: 32,
    refs: ['V1', 'V1a', 'V1b', 'V1c', 'V1d', 'V2', 'V3', 'V3a', 'V3b', 'V4', 'R1', 'R1a', 'R1b', 'R2', 'R3', null, null, null,
      'CD1', 'CD1a', 'CD1b', 'CD1c', 'CD2', 'CD2a', 'CD2b', 'CD2c', 'CD3', 'S1', 'S2', 'S3', 'S4', 'S5'],
  },
};

const layoutOf: Record<string, (bytes: Uint8Array) => Promise<LayoutDocument>> = {
  docx: (bytes) => parseDocx(bytes),
  pdf: (bytes) => parsePdf(bytes),
};

// The producer matrix's figures as `pnpm eval:matrix` recorded them: every rendition is recorded,
// and recorded exact, so the file cannot hold a drop that the test would not see.
const MATRIX = JSON.parse(readFileSync(new URL('./matrix-figures.json', import.meta.url), 'utf8')) as Record<string, MatrixFigures>;

describe.each(fixtureFolders())('fixture $slug', ({ slug, dir, renditions, matrix }) => {
  const textName = renditions.find((r) => r === 'plan.txt' || r === 'plan.md');
  if (!textName) throw new Error(`fixture ${slug} has no plan.txt or plan.md`);
  const bytes = readFileSync(join(dir, textName));
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as unknown;

  it('expected.json is a valid Plan', () => {
    expect(Plan.safeParse(expected).success).toBe(true);
  });

  it(`${textName} parses to expected.json`, async () => {
    const { plan } = await parsePlan(bytes, { name: textName });
    expect(plan).toEqual(expected);
  });

  it('keeps at least 99 % of the text', () => {
    const doc = parseText(decodeText(bytes).text, { format: textName.endsWith('.md') ? 'markdown' : 'text' });
    const plan = recognisePlan(doc, { name: textName, format: 'text', sha256: '0'.repeat(64), pages: null });
    const { share, missing } = planCoverage(doc, plan);
    expect(share, `lost words: ${missing.slice(0, 20).join(' ')}`).toBeGreaterThanOrEqual(0.99);
  });

  // A rendition whose ticks sit in real columns where the text lost them (plymouth): its themes
  // are the ones recorded beside the fixture, read from ticks.
  const ticksFile = join(dir, 'rendition-ticks.json');
  const renditionTicks = existsSync(ticksFile) ? (JSON.parse(readFileSync(ticksFile, 'utf8')) as string[][]) : null;
  const others = renditions.filter((r) => r !== textName);

  it.each(others)('%s gives the same actions as the text', async (rendition) => {
    const { plan } = await parsePlan(readFileSync(join(dir, rendition)), { name: rendition });
    const want = (expected as Plan).actions.map((a) => comparable(a, renditionTicks === null));
    expect(plan.actions.map((a) => comparable(a, renditionTicks === null))).toEqual(want);
    if (renditionTicks) {
      expect(plan.actions.map((a) => a.themes.map((t) => `${t.theme}:${t.source}`).sort())).toEqual(
        renditionTicks.map((row) => row.map((t) => `${t}:tick`).sort()),
      );
    }
  });

  it.each(others)('%s keeps at least 99 %% of its text', async (rendition) => {
    const bytes = new Uint8Array(readFileSync(join(dir, rendition)));
    const format = rendition.endsWith('.pdf') ? 'pdf' : 'docx';
    const doc = await layoutOf[format]!(bytes);
    const plan = recognisePlan(doc, { name: rendition, format, sha256: '0'.repeat(64), pages: doc.pages });
    const { share, missing } = planCoverage(doc, plan);
    expect(share, `lost words: ${missing.slice(0, 20).join(' ')}`).toBeGreaterThanOrEqual(0.99);
  });

  it.each(matrix)('%s reads like the text (producer matrix)', async (rendition) => {
    const recorded = MATRIX[`${slug}/${rendition}`];
    expect(recorded, `no figures recorded for ${slug}/${rendition}`).toBeDefined();
    expect(recorded && exact(recorded), `figures recorded for ${slug}/${rendition} are not exact`).toBe(true);
    const { plan } = await parsePlan(readFileSync(join(dir, rendition)), { name: rendition });
    const want = (expected as Plan).actions;
    expect(plan.actions.map((a) => comparable(a, renditionTicks === null))).toEqual(want.map((a) => comparable(a, renditionTicks === null)));
    expect(exact(matrixFigures(want, plan.actions, renditionTicks)), 'actions, refs, stated themes and timeframes all as the text').toBe(true);
  });

  const stated = STATED[slug];
  if (stated) {
    it('has the actions the plan states', async () => {
      const { plan } = await parsePlan(bytes, { name: textName, classify: false });
      expect(plan.actions).toHaveLength(stated.count);
      expect(plan.actions.map((a) => a.ref)).toEqual(stated.refs);
      expect(new Set(plan.actions.map((a) => a.id)).size).toBe(plan.actions.length);
      if (stated.withoutThemes !== undefined) {
        expect(plan.actions.filter((a) => a.themes.length === 0)).toHaveLength(stated.withoutThemes);
      }
    });
  }
});

describe('the coverage measure', () => {
  it('falls below 99 % when the plan drops a block of text', () => {
    const [first] = fixtureFolders().filter((f) => f.slug === 'plymouth');
    if (!first) throw new Error('plymouth fixture missing');
    const doc = parseText(decodeText(readFileSync(join(first.dir, 'plan.txt'))).text, { format: 'text' });
    const plan = recognisePlan(doc, { name: 'plan.txt', format: 'text', sha256: '0'.repeat(64), pages: null });
    expect(planCoverage(doc, plan).share).toBeGreaterThanOrEqual(0.99);
    const dropped = { ...plan, sections: plan.sections.slice(0, -1) };
    expect(planCoverage(doc, dropped).share).toBeLessThan(0.99);
  });
});
