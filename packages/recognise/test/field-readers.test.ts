import { describe, expect, it } from 'vitest';
import { splitInlineLabels } from '../src/fields/inline-labels.ts';
import { themeByDefinition, themesInText } from '../src/fields/theme-text.ts';

describe('inline labels', () => {
  it('splits fields written after the title, in brackets or run on', () => {
    expect(splitInlineLabels('Open the workshops to schools (Lead: Outreach Officer; By: July 2026)')).toEqual({
      lead: 'Open the workshops to schools',
      fields: [{ label: 'Lead', role: 'owner', value: 'Outreach Officer' }, { label: 'By', role: 'timeframe', value: 'July 2026' }],
    });
    expect(splitInlineLabels('Open the workshops Owner: Estates Target date: Q3 2025').fields.map((f) => [f.role, f.value])).toEqual([
      ['owner', 'Estates'], ['timeframe', 'Q3 2025'],
    ]);
  });
  it('reads a known word closing a longer capitalised label as part of it', () => {
    expect(splitInlineLabels('Name of Institutional Lead: Professor Ada Marsh, Dean').fields).toEqual([]);
    expect(splitInlineLabels('Deputy Lead: Dr Sam Reed').fields).toEqual([]);
    expect(splitInlineLabels('Run a showcase. Lead: Dr Sam Reed').fields.map((f) => f.value)).toEqual(['Dr Sam Reed']);
  });
  it('leaves colons that name no field alone', () => {
    expect(splitInlineLabels('Share expertise: bring teams together').fields).toEqual([]);
    expect(splitInlineLabels('Doors open: 10:30').fields).toEqual([]);
  });
});

describe('themes in free text', () => {
  it.each([
    ['Mainly recognition, also visibility', ['recognition', 'visibility'], true],
    ['All four themes', ['visibility', 'recognition', 'career-development', 'sustainability'], false],
    ['V, R', ['visibility', 'recognition'], false],
    ['Career dev.', ['career-development'], false],
    ['Sustainability; Career Development', ['sustainability', 'career-development'], false],
  ])('%j → %j', (text, themes, hedged) => {
    expect(themesInText(text)).toEqual({ themes, hedged });
  });
  it('names no theme in unrelated text', () => {
    expect(themesInText('Budget holder')).toBeNull();
  });
  it('reads a theme from its definition used as a heading', () => {
    expect(themeByDefinition('Support technicians to gain recognition through professional registration and external awards schemes')).toBe('recognition');
    expect(themeByDefinition('Theme 3: Enable career progression opportunities for technicians through clear, documented career pathways.')).toBe('career-development');
    expect(themeByDefinition('Technicians in every faculty took part in the survey this spring')).toBeNull();
  });
});
