// Made-up pages in shapes seen on real published plans and pages beside them (our own words and
// invented names; see docs/real-plans.md): what must be read as actions, and what must not.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText } from '@tc/text';
import { recognisePlan } from '../src/index.ts';

const read = (name: string, format: 'text' | 'markdown' = 'text') => {
  const text = readFileSync(new URL(`./shapes/${name}.txt`, import.meta.url), 'utf8');
  return recognisePlan(parseText(text, { format }), { name, format, sha256: '0'.repeat(64), pages: null }, { classify: false });
};

describe('shapes from real pages', () => {
  it('reads one sentence under each theme word, after "we are committed to:", as that theme\'s action', () => {
    const plan = read('theme-heading-gerund');
    expect(plan.actions.map((a) => [a.title.split(' ')[0], a.themes.map((t) => t.theme).join()])).toEqual([
      ['Featuring', 'visibility'], ['Paying', 'recognition'], ['Publishing', 'career-development'], ['Training', 'sustainability'],
    ]);
  });

  it('reads no actions in a briefing\'s agenda ("This session will cover:")', () => {
    expect(read('agenda-list').actions).toEqual([]);
    expect(read('agenda-list', 'markdown').actions).toEqual([]);
  });

  it('reads no actions in a list of strategy goals the plan aligns to', () => {
    expect(read('strategy-alignment').actions).toEqual([]);
    expect(read('strategy-alignment', 'markdown').actions).toEqual([]);
  });

  it('reads a form line "Name of Institutional Lead: …" as no action with owners', () => {
    expect(read('form-lead-field').actions).toEqual([]);
    expect(read('form-lead-field', 'markdown').actions).toEqual([]);
  });
  it('reads converter pipe rows with no leading pipe, the theme cell only on each theme\'s first row, and no header', () => {
    const plan = read('pipe-rows-no-leading-pipe');
    expect(plan.actions.map((a) => [a.ref, a.themes.map((t) => t.theme).join()])).toEqual([
      ['1', 'visibility'], ['2', 'visibility'], ['3', 'visibility'], ['4', 'visibility'],
      ['1', 'recognition'], ['2', 'recognition'], ['3', 'recognition'], ['1', 'career-development'], ['2', 'career-development'],
    ]);
    expect(plan.actions.every((a) => !a.title.includes('|'))).toBe(true);
  });
});
