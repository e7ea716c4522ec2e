import { describe, expect, it } from 'vitest';
import { THEME_IDS } from '@tc/model';
import { classifyThemes } from '../src/classify.ts';

const selected = (text: string): string[] => classifyThemes(text).filter((s) => s.selected).map((s) => s.theme);

describe('classifyThemes', () => {
  it('returns the four themes in canonical order with probabilities', () => {
    const scores = classifyThemes('Create a webpage featuring technician profiles');
    expect(scores.map((s) => s.theme)).toEqual(THEME_IDS);
    for (const s of scores) {
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(1);
    }
  });

  it('is deterministic', () => {
    const text = 'Promote degree apprenticeships and mentoring for technical staff';
    expect(classifyThemes(text)).toEqual(classifyThemes(text));
  });

  it.each([
    ['Encourage technicians to gain professional registration with the Science Council', 'recognition'],
    ['Nominate technicians for the Papin Prizes and the VC awards', 'recognition'],
    ['Ensure technicians are named as co-authors on research papers', 'recognition'],
    ['Create a dedicated webpage with technician profiles and photos', 'visibility'],
    ['Showcase technical staff at open days and outreach events', 'visibility'],
    ['Define clear career pathways and progression routes for technicians', 'career-development'],
    ['Establish a mentoring scheme and discuss training at annual PDRs', 'career-development'],
    ['Host T Level students and recruit apprentices to support succession planning', 'sustainability'],
    ['Build a skills matrix so that knowledge is transferred to junior staff before retirements', 'sustainability'],
  ])('selects the obvious theme: %s', (text, theme) => {
    expect(selected(text)).toContain(theme);
  });

  it.each([
    'Reduce carbon emissions and energy use in laboratories through LEAF',
    'Improve environmental sustainability: recycling, green labs and lower energy use',
    'Technicians to lead the sustainable labs programme, cutting plastic waste and freezer energy',
  ])('does not read environmental sustainability as the Sustainability theme: %s', (text) => {
    const result = classifyThemes(text);
    expect(result.some((s) => s.selected)).toBe(true);
    expect(selected(text)).not.toContain('sustainability');
  });

  it('selects at least one theme for any text with words', () => {
    for (const text of ['Steering group', 'x', 'Le personnel technique doit être reconnu et valorisé', '技术人员的职业发展', 'zzzz qqqq']) {
      expect(selected(text).length).toBeGreaterThanOrEqual(1);
    }
  });

  it.each(['', '   ', '\n\t\n', '!!! — ...'])('selects nothing for text without words (%j) and still scores every theme', (text) => {
    const result = classifyThemes(text);
    expect(result.map((s) => s.theme)).toEqual(THEME_IDS);
    expect(result.every((s) => !s.selected && Number.isFinite(s.score))).toBe(true);
  });

  it('copes with a megabyte of text', () => {
    const unit = 'Technicians will be supported to gain professional registration and to share skills with apprentices. ';
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const result = classifyThemes(big);
    expect(result).toHaveLength(4);
    expect(result.some((s) => s.selected)).toBe(true);
  });

  it('copes with markup, odd characters and non-string input', () => {
    expect(() => classifyThemes('<p>Award &amp; recognition</p>\u0000\uFFFD')).not.toThrow();
    expect(selected('<p>Award &amp; recognition</p>')).toContain('recognition');
    expect(classifyThemes(undefined as unknown as string).every((s) => !s.selected)).toBe(true);
  });
});
