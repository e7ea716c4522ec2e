import { describe, expect, it } from 'vitest';
import type { Action, ThemeId } from '@tc/model';
import { chooseThemes, DEFAULT_THEMES_PER_ACTION, lexiconSums, planThemesPerAction } from '../src/select-themes.ts';
import { openingClause } from '../src/opening-clause.ts';
import type { ThemeScore } from '../src/model-schema.ts';

const stated = (id: string, themes: ThemeId[], source: 'tick' | 'section' | 'classifier' = 'tick'): Pick<Action, 'id' | 'themes'> => ({
  id, themes: themes.map((theme) => ({ theme, source, confidence: 1 })),
});

describe('planThemesPerAction', () => {
  it('reads one theme per action from a sectioned plan', () => {
    const plan = { actions: ['a', 'b', 'c', 'd'].map((id, i) => stated(id, [i % 2 ? 'visibility' : 'sustainability'], 'section')) };
    expect(planThemesPerAction(plan)).toBe(1);
  });

  it('reads a tick grid\'s mean number of themes, at least two', () => {
    const grid = { actions: [stated('a', ['visibility', 'recognition', 'sustainability']), stated('b', ['visibility', 'recognition', 'career-development']), stated('c', ['recognition', 'sustainability', 'visibility']), stated('d', ['visibility'])] };
    expect(planThemesPerAction(grid)).toBe(3);
    const sparse = { actions: [stated('a', ['visibility', 'recognition']), stated('b', ['visibility']), stated('c', ['recognition']), stated('d', ['sustainability'])] };
    expect(planThemesPerAction(sparse)).toBe(2);
  });

  it('leaves out the action asked about, and the classifier\'s own themes', () => {
    const plan = { actions: [stated('a', ['visibility'], 'section'), stated('b', ['recognition'], 'section'), stated('c', ['sustainability'], 'section'), stated('x', ['visibility', 'recognition', 'sustainability', 'career-development'])] };
    expect(planThemesPerAction(plan, 'x')).toBe(1);
    expect(planThemesPerAction({ actions: [...plan.actions.slice(0, 2), stated('c', ['visibility', 'recognition'], 'classifier')] })).toBe(DEFAULT_THEMES_PER_ACTION);
  });

  it('falls back to the default for a plan that states no themes', () => {
    expect(planThemesPerAction({ actions: [stated('a', []), stated('b', [])] })).toBe(DEFAULT_THEMES_PER_ACTION);
  });
});

describe('chooseThemes', () => {
  const never = (): ThemeScore[] => { throw new Error('the classifier should not be asked'); };
  const text = 'Appoint mentors to support technicians through professional registration';

  it('gives one theme, the lexicon\'s strongest, where the plan gives one per action', () => {
    expect(chooseThemes(text, 1, never).map((t) => t.theme)).toEqual(['recognition']);
  });

  it('counts the opening clause\'s phrases for more when it gives one theme: the aim outweighs the means', () => {
    const aimAndMeans = 'Share knowledge and best practice between teams – through an event, a webpage and the newsletter';
    const [v, , , s] = lexiconSums(aimAndMeans);
    expect(v).toBeGreaterThan(s!); // the means name Visibility more
    expect(chooseThemes(aimAndMeans, 1, never).map((t) => t.theme)).toEqual(['sustainability']);
    expect(chooseThemes('An event, a webpage and the newsletter to share knowledge and best practice', 1, never).map((t) => t.theme)).toEqual(['visibility']);
  });

  it('gives the themes of the action\'s topics, up to the plan\'s number, where it gives several', () => {
    // mentoring serves career development, professional registration recognition (taxonomy.json)
    expect(chooseThemes(text, 2, never).map((t) => t.theme)).toEqual(['recognition', 'career-development']);
    expect(chooseThemes(text, 1, never)).toHaveLength(1);
  });

  it('gives no theme without evidence, however many the plan gives', () => {
    const chosen = chooseThemes('Publish technician profiles on the website', 4, never);
    expect(chosen.map((t) => t.theme)).toEqual(['visibility']);
    expect(chosen[0]!.confidence).toBeGreaterThan(0);
    expect(chosen[0]!.confidence).toBeLessThanOrEqual(1);
  });

  it('asks the classifier only where neither lexicon nor topics find anything, keeping to the count', () => {
    const scores: ThemeScore[] = [
      { theme: 'visibility', score: 0.6, selected: true }, { theme: 'recognition', score: 0.7, selected: true },
      { theme: 'career-development', score: 0.9, selected: true }, { theme: 'sustainability', score: 0.1, selected: false },
    ];
    expect(chooseThemes('Quarterly update', 2, () => scores)).toEqual([{ theme: 'recognition', confidence: 0.7 }, { theme: 'career-development', confidence: 0.9 }]);
    expect(chooseThemes('Quarterly update', 1, () => scores)).toEqual([{ theme: 'career-development', confidence: 0.9 }]);
  });
});

describe('openingClause', () => {
  it('ends at sentence or list punctuation, a spaced dash or a roman-numeral item', () => {
    expect(openingClause('Recruitment and retention focus: i) Working with Careers Services')).toBe('Recruitment and retention focus');
    expect(openingClause('Expanding skills – workload was a barrier')).toBe('Expanding skills ');
    expect(openingClause('Mentoring - a pilot')).toBe('Mentoring');
    expect(openingClause('Annual review ii) report')).toBe('Annual review ');
    expect(openingClause('Title\nDescription')).toBe('Title');
    expect(openingClause('Well-being and co-authorship')).toBe('Well-being and co-authorship');
  });
});
