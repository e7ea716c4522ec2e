import { describe, expect, it } from 'vitest';
import { buildComparison, parseInstitutionMap } from '../src/index.ts';
import { fixturePlan, variant } from './plans.ts';

const chester = fixturePlan('chester');
const brighton = fixturePlan('brighton');

describe('renditions', () => {
  it('counts files with the same actions once, the best read one, and says which it merged', () => {
    const worse = variant(chester, { confidence: 0.5, institution: null });
    const c = buildComparison([
      { file: 'b/plan.pdf', plan: worse },
      { file: 'a/plan.txt', plan: chester },
    ]);
    expect(c.totals).toMatchObject({ institutions: 1, plans: 1, files: 2, actions: 35 });
    expect(c.plans[0]).toMatchObject({ institution: 'University of Chester', institutionFrom: 'plan', file: 'a/plan.txt', files: ['a/plan.txt', 'b/plan.pdf'], mergedBy: ['actions'] });
    expect(c.notes[0]).toMatch(/^University of Chester: 2 files read as one plan \(same actions\); counted a\/plan.txt, merged b\/plan.pdf\.$/);
  });

  it('merges the same institution and period even when the actions were read differently', () => {
    const fewer = variant(chester, { actions: chester.actions.slice(0, 30) });
    const c = buildComparison([
      { file: 'x.txt', plan: chester },
      { file: 'y.pdf', plan: fewer },
    ]);
    expect(c.plans.map((p) => [p.files, p.mergedBy])).toEqual([[['x.txt', 'y.pdf'], ['institution-period']]]);
  });

  it('keeps two periods of one institution as two plans of one institution', () => {
    const later = variant(chester, { period: { raw: '2024-2026', start: '2024-01', end: '2026-12', ongoing: false }, actions: chester.actions.slice(3) });
    const c = buildComparison([
      { file: 'old.txt', plan: chester },
      { file: 'new.txt', plan: later },
    ]);
    expect(c.totals).toMatchObject({ institutions: 1, plans: 2, actions: 35 + 32 });
    expect(c.institutions[0]!.periods).toEqual(['2021-01 to 2023-12', '2024-01 to 2026-12']);
  });

  it('never merges unnamed plans with different actions, nor plans without actions', () => {
    const other = variant(brighton, { actions: brighton.actions.slice(1) });
    const empty = variant(brighton, { actions: [] });
    const c = buildComparison([
      { file: 'one.txt', plan: brighton },
      { file: 'two.txt', plan: other },
      { file: 'e1.txt', plan: empty },
      { file: 'e2.txt', plan: empty },
    ]);
    expect(c.plans.map((p) => p.institution).sort()).toEqual(['unnamed: e1.txt', 'unnamed: e2.txt', 'unnamed: one.txt', 'unnamed: two.txt']);
    expect(c.notes.at(-1)).toMatch(/^4 plan\(s\) name no institution/);
  });

  it('names plans from the institutions map, which then merge by institution and period', () => {
    const rules = parseInstitutionMap('pattern,institution,period\nbrighton/*,Example University,2022-2024\n');
    const other = variant(brighton, { actions: brighton.actions.slice(2) });
    const c = buildComparison([
      { file: 'brighton/plan.txt', plan: brighton },
      { file: 'brighton/plan.pdf', plan: other },
    ], { institutions: rules });
    expect(c.plans).toHaveLength(1);
    expect(c.plans[0]).toMatchObject({ institution: 'Example University', institutionFrom: 'map', period: { start: '2022-01', end: '2024-12' } });
    expect(c.institutions[0]).toMatchObject({ named: true, actions: 15 });
  });
});
