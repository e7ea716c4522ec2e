import { describe, expect, it } from 'vitest';
import { leadingThemeLabel, normaliseThemeLabel } from '../src/index.ts';

const theme = (t: string) => ({ kind: 'theme', theme: t });

describe('normaliseThemeLabel', () => {
  it.each([
    ['Visibility', theme('visibility')],
    ['VISIBILITY', theme('visibility')],
    [' visibility: ', theme('visibility')],
    ['Visiblity', theme('visibility')],
    ['V', theme('visibility')],
    ['Recognition', theme('recognition')],
    ['Recogntion', theme('recognition')],
    ['R', theme('recognition')],
    ['Career Development', theme('career-development')],
    ['Career\nDevelopment', theme('career-development')],
    ['CAREER DEVELOPMENT:', theme('career-development')],
    ['Career Dev.', theme('career-development')],
    ['Careers development', theme('career-development')],
    ['Carreer Developement', theme('career-development')],
    ['development', theme('career-development')],
    ['CD', theme('career-development')],
    ['Sustainability', theme('sustainability')],
    ['Sustainabilty', theme('sustainability')],
    ['sustainability theme', theme('sustainability')],
    ['S', theme('sustainability')],
    ['Evaluating impact', { kind: 'impact' }],
    ['EVALUATING\nIMPACT', { kind: 'impact' }],
    ['Impact', { kind: 'impact' }],
    ['Overarching Actions:', { kind: 'overarching' }],
    ['Action', null],
    ['Target Date', null],
    ['Success Measures', null],
    ['', null],
    ['Technicians', null],
  ])('%j', (input, expected) => {
    expect(normaliseThemeLabel(input)).toEqual(expected);
  });
});

describe('leadingThemeLabel', () => {
  it('splits a label from its definition after a colon', () => {
    const found = leadingThemeLabel('VISIBILITY: Ensure that all technicians are identifiable');
    expect(found?.label).toEqual(theme('visibility'));
    expect(found?.rest).toBe('Ensure that all technicians are identifiable');
  });
  it('reads "Workstream: X" headings', () => {
    expect(leadingThemeLabel('Workstream: Career Development')?.label).toEqual(theme('career-development'));
  });
  it('reads an upper-case label run into its definition', () => {
    const found = leadingThemeLabel('CAREER DEVELOPMENT Enable career progression');
    expect(found?.label).toEqual(theme('career-development'));
    expect(found?.rest).toBe('Enable career progression');
  });
  it('does not read ordinary sentences as labels', () => {
    expect(leadingThemeLabel('Enable career progression opportunities for technicians')).toBeNull();
    expect(leadingThemeLabel('Recognise that time is needed for AV/LIS to do their jobs')).toBeNull();
    expect(leadingThemeLabel('Development of a skills matrix: phase one')).toBeNull();
    expect(leadingThemeLabel('S1 Create a contact point')).toBeNull();
  });
});
