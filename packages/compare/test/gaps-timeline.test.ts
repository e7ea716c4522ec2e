import { describe, expect, it } from 'vitest';
import type { Action } from '@tc/model';
import { buildComparison } from '../src/index.ts';
import { fixturePlan, variant } from './plans.ts';

const base = fixturePlan('chester');
const action = (id: string, change: Partial<Action>): Action => ({ ...base.actions[0]!, id, ref: id, ...change });
const topic = (t: string) => [{ topic: t, confidence: 0.9, evidence: [t] }];
const theme = (t: Action['themes'][number]['theme']) => [{ theme: t, source: 'column' as const, confidence: 1 }];
const plan = (institution: string, actions: Action[]) => ({ file: `${institution}.txt`, plan: variant(base, { institution, actions }) });

const comparison = buildComparison([
  plan('A', [action('1', { title: 'a1', topics: topic('mentoring'), themes: theme('visibility'), timeframe: { raw: '2022', start: '2022-01', end: '2022-12', ongoing: false } })]),
  plan('B', [action('1', { title: 'b1', topics: topic('mentoring'), themes: theme('visibility'), timeframe: { raw: 'ongoing', start: null, end: null, ongoing: true } })]),
  plan('C', [action('1', { title: 'c1', topics: topic('apprenticeships'), themes: theme('recognition'), timeframe: null }), action('2', { title: 'c2', topics: [], themes: theme('recognition'), timeframe: { raw: 'from 2023', start: '2023-03', end: null, ongoing: false } })]),
]);

describe('gaps', () => {
  it('lists the themes and topics at least half of the others cover that an institution does not', () => {
    // A and B: C alone of the two others has recognition and apprenticeships (1/2, at the threshold).
    expect(comparison.institutions.map((i) => [i.institution, i.gaps])).toEqual([
      ['A', { themes: ['recognition'], topics: ['apprenticeships'] }],
      ['B', { themes: ['recognition'], topics: ['apprenticeships'] }],
      ['C', { themes: ['visibility'], topics: ['mentoring'] }],
    ]);
  });
});

describe('timeline', () => {
  it('counts actions by the year they fall due, then ongoing, then undated', () => {
    expect(comparison.timeline).toEqual([
      { institution: 'A', due: '2022', actions: 1 },
      { institution: 'B', due: 'ongoing', actions: 1 },
      { institution: 'C', due: '2023', actions: 1 },
      { institution: 'C', due: 'none', actions: 1 },
    ]);
  });
});
