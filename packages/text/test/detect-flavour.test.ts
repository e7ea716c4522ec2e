import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectTextFlavour } from '../src/index.ts';

describe('detectTextFlavour', () => {
  it('says markdown for a GFM table', () => {
    expect(detectTextFlavour('Plan\n\n| No. | Action |\n|---|:---:|\n| 1 | x |\n')).toBe('markdown');
  });
  it('says markdown for two kinds of markdown construct', () => {
    expect(detectTextFlavour('# Plan\n\nSee [the site](https://x.org).\n')).toBe('markdown');
    expect(detectTextFlavour('- [x] done\n- [ ] to do\n\n```\ncode\n```\n')).toBe('markdown');
  });
  it('counts escaped punctuation as markdown', () => {
    expect(detectTextFlavour('# Plan\n\n1\\. Not a list item\n')).toBe('markdown');
  });
  it('says text for one construct only', () => {
    expect(detectTextFlavour('# Plan\n\nJust text.\n')).toBe('text');
  });
  it('says text when tab-separated rows are present', () => {
    expect(detectTextFlavour('# Plan\n\n**Key**\n\nNo.\tAction\n1\tDo it\n')).toBe('text');
  });
  it('says text for a thematic break with no pipes', () => {
    expect(detectTextFlavour('a\n---\nb\n')).toBe('text');
  });
  it.each(['brighton', 'chester', 'leicester', 'plymouth', 'portsmouth'])('says text for the %s fixture', (slug) => {
    const text = readFileSync(new URL(`../../../fixtures/plans/${slug}/plan.txt`, import.meta.url), 'utf8');
    expect(detectTextFlavour(text)).toBe('text');
  });
});
