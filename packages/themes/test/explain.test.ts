import { describe, expect, it } from 'vitest';
import { classifyThemes } from '../src/classify.ts';
import { explainThemes } from '../src/explain.ts';

describe('explainThemes', () => {
  const text = 'Support technicians through the professional registration process and nominate them for awards';

  it('agrees with classifyThemes', () => {
    const explained = explainThemes(text);
    expect(explained.map(({ theme, score, selected }) => ({ theme, score, selected }))).toEqual(classifyThemes(text));
  });

  it('names the phrases that drove a theme, largest first', () => {
    const recognition = explainThemes(text).find((e) => e.theme === 'recognition')!;
    const top = recognition.terms[0]!;
    expect(top.contribution).toBeGreaterThan(0);
    expect(recognition.terms.some((t) => t.term === 'professional registration' && t.source === 'lexicon:recognition')).toBe(true);
    const sizes = recognition.terms.map((t) => Math.abs(t.contribution));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it('accounts for the whole decision value when nothing is cut', () => {
    for (const e of explainThemes(text, { limit: Number.POSITIVE_INFINITY })) {
      const sum = e.intercept + e.terms.reduce((s, t) => s + t.contribution, 0);
      expect(sum).toBeCloseTo(e.decision, 9);
    }
  });

  it('respects the limit and gives no terms for empty text', () => {
    expect(explainThemes(text, { limit: 2 }).every((e) => e.terms.length <= 2)).toBe(true);
    expect(explainThemes('   ').every((e) => e.terms.length === 0 && !e.selected)).toBe(true);
  });
});
