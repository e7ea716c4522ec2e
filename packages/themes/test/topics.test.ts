import { describe, expect, it } from 'vitest';
import { THEME_IDS } from '@tc/model';
import { Taxonomy, explainTopics, tagTopics, topicTaxonomy } from '../src/index.ts';

const ids = (text: string) => tagTopics(text).map((t) => t.topic);

describe('the topic taxonomy', () => {
  it('holds at least the 26 topics of the published sector analysis, each defined and mapped to themes', () => {
    const { topics } = topicTaxonomy();
    expect(topics.length).toBeGreaterThanOrEqual(26);
    for (const t of topics) {
      expect(t.definition.length).toBeGreaterThan(40);
      expect(t.phrases.length).toBeGreaterThan(3);
      for (const theme of t.themes) expect(THEME_IDS).toContain(theme);
    }
    expect(topics.find((t) => t.id === 'professional-registration')?.themes).toEqual(['recognition']);
  });

  it('refuses a file with a repeated topic id', () => {
    const topic = topicTaxonomy().topics[0]!;
    expect(Taxonomy.safeParse({ version: 1, topics: [topic, topic] }).success).toBe(false);
  });
});

describe('tagTopics', () => {
  it('tags what an action is about, most evident first, with the words that show it', () => {
    expect(ids('Fund professional registration fees for technicians')).toEqual(['professional-registration', 'technician-funding']);
    expect(tagTopics('Survey technical staff every two years')).toEqual([{ topic: 'technician-voice', confidence: expect.any(Number), evidence: ['survey'] }]);
    expect(ids('Run leadership training for technical managers')).toContain('technician-leadership');
  });

  it('matches stems, so other forms of a phrase count', () => {
    expect(ids('Mentoring for new technicians')).toContain('mentoring');
    expect(ids('Mentors appointed in every school')).toContain('mentoring');
  });

  it('counts a phrase in the detail for less than in the title', () => {
    const inTitle = explainTopics('Teaching qualifications for technicians').find((t) => t.topic === 'teaching')!;
    const inDetail = explainTopics('Launch an internal award\nCategories include teaching support.').find((t) => t.topic === 'teaching')!;
    expect(inTitle.selected).toBe(true);
    expect(inDetail.selected).toBe(false);
    expect(inDetail.score).toBeLessThan(inTitle.score);
  });

  it('does not read "internal" as an internship or "university" as a partner', () => {
    expect(ids('Hold an internal university conference for technicians')).toEqual(['networking']);
  });

  it('gives no topic to text without words, and never throws', () => {
    expect(tagTopics('')).toEqual([]);
    expect(tagTopics('— 12 —')).toEqual([]);
    expect(tagTopics(undefined as unknown as string)).toEqual([]);
  });
});
