import { describe, expect, it } from 'vitest';
import { THEME_IDS } from '@tc/model';
import { analyse } from '../src/features.ts';
import { matchLexicon, THEME_LEXICON } from '../src/lexicon.ts';
import { tokenise } from '../src/tokenise.ts';

describe('lexicon', () => {
  it('has phrases for every theme', () => {
    for (const theme of THEME_IDS) expect(THEME_LEXICON[theme].length).toBeGreaterThan(10);
  });

  it('matches inflected forms and prefers the longest phrase', () => {
    const { themes } = matchLexicon(tokenise('Mentoring and clear career progression pathways'));
    expect(themes['career-development'].map((h) => h.phrase)).toEqual(['mentor', 'career progression', 'pathway']);
  });

  it('flags environmental text and drops the sustainability words there', () => {
    const green = matchLexicon(tokenise('A sustainable approach to energy and recycling'));
    expect(green.environmental).toBe(true);
    expect(green.themes.sustainability).toEqual([]);
    const skills = matchLexicon(tokenise('A sustainable technical workforce'));
    expect(skills.environmental).toBe(false);
    expect(skills.themes.sustainability.map((h) => h.phrase)).toEqual(['sustainability', 'workforce']);
  });

  it('keeps environmental "sustainability" apart from the theme words', () => {
    expect([...analyse('environmental sustainability').terms.keys()]).toContain('sustain~env');
    expect([...analyse('sustainability of skills').terms.keys()]).toContain('sustain');
  });
});
