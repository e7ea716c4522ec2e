import { describe, expect, it } from 'vitest';
import { stem } from '../src/stem.ts';
import { tokenise } from '../src/tokenise.ts';

describe('stem', () => {
  it.each([
    ['caresses', 'caress'], ['ponies', 'poni'], ['agreed', 'agre'], ['hopping', 'hop'], ['hoping', 'hope'],
    ['falling', 'fall'], ['happy', 'happi'], ['relational', 'relat'], ['mentoring', 'mentor'], ['mentors', 'mentor'],
    ['apprenticeships', 'apprenticeship'], ['recognise', 'recogn'], ['recognize', 'recogn'], ['registration', 'registr'],
    ['succession', 'succession'], ['successful', 'success'], ['progression', 'progression'], ['progress', 'progress'],
    ['community', 'communiti'], ['communications', 'commun'], ['is', 'is'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});

describe('tokenise', () => {
  it('drops markup, entities, stop words, numbers and possessives', () => {
    const tokens = tokenise('<p>The Technicians’ Network &amp; 20 technician\'s awards</p>');
    expect(tokens.map((t) => t.surface)).toEqual(['technicians', 'network', 'technician', 'awards']);
    expect(tokens.map((t) => t.stem)).toEqual(['technician', 'network', 'technician', 'award']);
  });

  it('folds accents and case and keeps the T of T Levels', () => {
    expect(tokenise('Café T Levels').map((t) => t.stem)).toEqual(['cafe', 't', 'level']);
  });
});
