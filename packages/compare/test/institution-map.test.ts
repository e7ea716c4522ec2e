import { describe, expect, it } from 'vitest';
import { matchInstitution, parseInstitutionMap, parsePeriod } from '../src/index.ts';

describe('parseInstitutionMap', () => {
  it('reads patterns, institutions and periods, quoted commas included', () => {
    const rules = parseInstitutionMap('pattern,institution,period\nplans/brighton/*,"Brighton, University of",2021-2023\n**/x.pdf,X College,\n');
    expect(rules.map((r) => [r.pattern, r.institution, r.period?.start ?? null, r.period?.end ?? null])).toEqual([
      ['plans/brighton/*', 'Brighton, University of', '2021-01', '2023-12'],
      ['**/x.pdf', 'X College', null, null],
    ]);
  });

  it('refuses a map without its header or with an empty institution', () => {
    expect(() => parseInstitutionMap('a,b\n1,2\n')).toThrow(/header row "pattern,institution,period"/);
    expect(() => parseInstitutionMap('pattern,institution\nx,\n')).toThrow(/row 2 needs a pattern and an institution/);
  });
});

describe('matchInstitution', () => {
  const rules = parseInstitutionMap('pattern,institution\nbrighton/*.txt,B\n**/zoo/**,Z\nplan-?.pdf,Q\n');
  it.each([
    ['fixtures/plans/brighton/plan.txt', 'B'],
    ['brighton/plan.txt', 'B'],
    ['fixtures/plans/brighton/sub/plan.txt', null],
    ['fixtures/zoo/a/b/plan.md', 'Z'],
    ['x/plan-1.pdf', 'Q'],
    ['x/plan-12.pdf', null],
    ['xbrighton/plan.txt', null],
  ])('%s → %s', (path, institution) => {
    expect(matchInstitution(rules, path)?.institution ?? null).toBe(institution);
  });
});

describe('parsePeriod', () => {
  it('resolves years and months, and keeps other words as written', () => {
    expect(parsePeriod('2021-01 to 2023-06')).toMatchObject({ start: '2021-01', end: '2023-06' });
    expect(parsePeriod('2024')).toMatchObject({ start: '2024-01', end: '2024-12' });
    expect(parsePeriod('three years')).toEqual({ raw: 'three years', start: null, end: null, ongoing: false });
  });
});
