import { describe, expect, it } from 'vitest';
import type { SparseVector } from '../src/features.ts';
import { decision, fitLogistic, sigmoid } from '../src/logistic-regression.ts';
import { calibrate, fitPlatt } from '../src/platt.ts';
import { examplesFromPlan } from '../src/training/examples.ts';
import { figures, mcc } from '../src/training/metrics.ts';
import { chooseThreshold } from '../src/training/thresholds.ts';

const x = (a: number, b: number): SparseVector => ({ indices: [0, 1], values: [a, b] });

describe('logistic regression', () => {
  const rows = [x(1, 0), x(0.9, 0.1), x(0.8, 0), x(0, 1), x(0.1, 0.9), x(0, 0.8)];
  const labels = [1, 1, 1, 0, 0, 0];
  const weights = rows.map(() => 1);

  it('learns the separating direction and is deterministic', () => {
    const a = fitLogistic(rows, labels, weights, 2, { lambda: 0.01, iterations: 500 });
    const b = fitLogistic(rows, labels, weights, 2, { lambda: 0.01, iterations: 500 });
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    expect(a.intercept).toBe(b.intercept);
    expect(a.weights[0]).toBeGreaterThan(0);
    expect(a.weights[1]).toBeLessThan(0);
    expect(sigmoid(decision(a, x(1, 0)))).toBeGreaterThan(0.5);
    expect(sigmoid(decision(a, x(0, 1)))).toBeLessThan(0.5);
  });

  it('shrinks weights harder as lambda grows', () => {
    const loose = fitLogistic(rows, labels, weights, 2, { lambda: 0.001, iterations: 500 });
    const tight = fitLogistic(rows, labels, weights, 2, { lambda: 1, iterations: 500 });
    expect(Math.abs(tight.weights[0]!)).toBeLessThan(Math.abs(loose.weights[0]!));
  });
});

describe('Platt scaling', () => {
  it('maps larger decisions to larger probabilities within (0, 1)', () => {
    const platt = fitPlatt([-2, -1, -0.5, 0.2, 1, 2], [false, false, true, false, true, true]);
    expect(platt.a).toBeGreaterThan(0);
    const p = [-3, 0, 3].map((d) => calibrate(platt, d));
    expect(p[0]).toBeLessThan(p[1]!);
    expect(p[1]).toBeLessThan(p[2]!);
    expect(p.every((v) => v > 0 && v < 1)).toBe(true);
  });
});

describe('metrics', () => {
  it('computes MCC', () => {
    expect(mcc(5, 0, 0, 5)).toBe(1);
    expect(mcc(0, 5, 5, 0)).toBe(-1);
    expect(mcc(5, 5, 0, 0)).toBe(0);
    expect(mcc(6, 2, 1, 3)).toBeCloseTo((6 * 3 - 2 * 1) / Math.sqrt(8 * 7 * 5 * 4), 12);
  });

  it('pools predictions into per-theme and set figures', () => {
    const f = figures([
      { institution: 'a', singleLabel: true, truth: ['visibility'], selected: ['visibility', 'recognition'], probabilities: [1, 1, 0, 0], top: 'visibility' },
      { institution: 'b', singleLabel: false, truth: ['sustainability', 'career-development'], selected: ['sustainability', 'career-development'], probabilities: [0, 0, 1, 1], top: 'sustainability' },
    ]);
    expect(f.subsetAccuracy).toBe(0.5);
    expect(f.hammingLoss).toBe(1 / 8);
    expect(f.brier).toBe(1 / 8);
    expect(f.top1).toEqual({ n: 1, accuracy: 1 });
    expect(f.perTheme.find((t) => t.theme === 'recognition')).toMatchObject({ tp: 0, fp: 1, fn: 0, tn: 1 });
    expect(f.microF1).toBeCloseTo(6 / 7, 12);
  });

  it('chooses the threshold that separates held-out probabilities', () => {
    const t = chooseThreshold([0.1, 0.2, 0.3, 0.7, 0.8, 0.9], [false, false, false, true, true, true]);
    expect(t).toBeGreaterThan(0.3);
    expect(t).toBeLessThanOrEqual(0.7);
  });
});

describe('training examples', () => {
  it('keeps only themes the plan states, never classifier themes', () => {
    const action = (ref: string, themes: Array<{ theme: 'visibility' | 'recognition'; source: 'tick' | 'section' | 'classifier' }>) => ({
      ref, title: `Action ${ref}`, description: 'More detail', supportingActions: ['Support it'],
      themes: themes.map((t) => ({ ...t, confidence: 1 })),
    });
    const examples = examplesFromPlan('x', {
      actions: [
        action('1', [{ theme: 'recognition', source: 'tick' }, { theme: 'visibility', source: 'tick' }]),
        action('2', [{ theme: 'visibility', source: 'classifier' }]),
        action('3', [{ theme: 'recognition', source: 'section' }]),
      ],
    });
    expect(examples.map((e) => [e.ref, e.themes, e.singleLabel])).toEqual([
      ['1', ['visibility', 'recognition'], false],
      ['3', ['recognition'], false],
    ]);
    expect(examples[0]!.text).toBe('Action 1\nMore detail\nSupport it');
  });

  it('calls a plan single-label when each action has one section, code or column theme', () => {
    const plan = (source: 'column' | 'tick') => ({
      actions: ['visibility', 'sustainability'].map((theme, i) => ({
        ref: String(i), title: `Action ${i}`, description: null, supportingActions: [],
        themes: [{ theme: theme as 'visibility' | 'sustainability', source, confidence: 1 }],
      })),
    });
    expect(examplesFromPlan('c', plan('column')).every((e) => e.singleLabel)).toBe(true);
    expect(examplesFromPlan('t', plan('tick')).some((e) => e.singleLabel)).toBe(false);
  });
});
