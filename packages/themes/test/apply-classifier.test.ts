import { describe, expect, it } from 'vitest';
import type { Action, Plan } from '@tc/model';
import { applyClassifier, classifyThemes } from '../src/index.ts';

const action = (id: string, title: string, themes: Action['themes'] = []): Action => ({
  id, ref: null, parentRef: null, title, description: null, themes, topics: [], timeframe: null, owners: [], successMeasures: [],
  supportingActions: [], status: null, comments: null, footnotes: [], extra: {}, provenance: [], confidence: 1,
});
const plan = (actions: Action[]): Plan => ({
  schemaVersion: '1.0', institution: null, title: null, period: null, layout: 'list', confidence: 1, themes: [], sections: [], glossary: [],
  footnotes: [], diagnostics: [], source: { name: 'x', format: 'text', sha256: '0'.repeat(64), pages: null }, actions,
});

describe('applyClassifier', () => {
  it('gives unthemed actions classifier themes with their scores', () => {
    const out = applyClassifier(plan([action('a', 'Support technicians to apply for professional registration with the Science Council')]));
    const themes = out.actions[0]!.themes;
    expect(themes.length).toBeGreaterThan(0);
    expect(themes.every((t) => t.source === 'classifier' && t.confidence > 0 && t.confidence <= 1)).toBe(true);
    expect(themes.map((t) => t.theme)).toContain('recognition');
  });

  it('never changes stated themes', () => {
    const stated = [{ theme: 'sustainability' as const, source: 'tick' as const, confidence: 1 }];
    const out = applyClassifier(plan([action('b', 'Publish technician profiles on the public website', stated)]));
    expect(out.actions[0]!.themes).toEqual(stated);
  });

  it('says when a stated theme strongly disagrees with the classifier', () => {
    const stated = [{ theme: 'sustainability' as const, source: 'label' as const, confidence: 1 }];
    const out = applyClassifier(plan([action('c', 'Nominate technicians for national awards and support professional registration applications', stated)]));
    const codes = out.diagnostics.map((d) => d.code);
    const agreeing = applyClassifier(plan([action('d', 'Nominate technicians for national awards and support professional registration applications', [{ theme: 'recognition', source: 'label', confidence: 1 }])]));
    expect(agreeing.diagnostics).toEqual([]);
    expect(codes).toEqual(['theme-disagreement']);
  });
  it('keeps to the plan\'s convention: one theme where the plan states one theme per action', () => {
    const one = (theme: 'visibility' | 'recognition' | 'sustainability') => [{ theme, source: 'section' as const, confidence: 1 }];
    const text = 'Publish profiles of technicians on the website and nominate them for national awards';
    const single = applyClassifier(plan([action('a', 'Run a showcase', one('visibility')), action('b', 'Fund fees', one('recognition')), action('c', 'Map skills', one('sustainability')), action('d', text)]));
    const several = applyClassifier(plan([action('d', text)]));
    expect(several.actions[0]!.themes.map((t) => t.theme).sort()).toEqual(['recognition', 'visibility']);
    expect(single.actions[3]!.themes).toHaveLength(1);
  });

  it('asks the trained classifier where no lexicon phrase hits', () => {
    const text = 'Quarterly update for the board';
    const out = applyClassifier(plan([action('e', text)]));
    const classifier = classifyThemes(text).filter((s) => s.selected);
    expect(classifier.length).toBeGreaterThan(0);
    expect(out.actions[0]!.themes).toEqual(classifier.map((s) => ({ theme: s.theme, source: 'classifier', confidence: Math.round(s.score * 1000) / 1000 })));
  });
});
