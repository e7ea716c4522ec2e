import type { ActionTopic } from '@tc/model';
import { tokenise, type Token } from '../tokenise.ts';
import { topicTaxonomy, type Taxonomy } from './taxonomy.ts';

/** Why a topic scored what it did for a text. */
export interface TopicExplanation {
  topic: string;
  score: number;
  selected: boolean;
  confidence: number;
  /** the phrases found, with the words as written and their weights */
  evidence: Array<{ phrase: string; words: string; weight: number }>;
}

interface Compiled {
  id: string;
  byFirst: Map<string, Array<{ stems: string[]; phrase: string; weight: number }>>;
}

/** A topic is tagged at or above this phrase weight: one typical phrase, or two supporting ones. */
export const TOPIC_THRESHOLD = 2;

const compiledFor = new WeakMap<Taxonomy, Compiled[]>();

function compile(taxonomy: Taxonomy): Compiled[] {
  let out = compiledFor.get(taxonomy);
  if (out) return out;
  out = taxonomy.topics.map((topic) => {
    const byFirst: Compiled['byFirst'] = new Map();
    for (const [phrase, weight] of topic.phrases) {
      const stems = tokenise(phrase).map((t) => t.stem);
      if (stems.length === 0) continue;
      const list = byFirst.get(stems[0]!) ?? [];
      list.push({ stems, phrase, weight });
      byFirst.set(stems[0]!, list);
    }
    for (const list of byFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length);
    return { id: topic.id, byFirst };
  });
  compiledFor.set(taxonomy, out);
  return out;
}

// Longest phrase wins at each place and takes its words; each phrase counts once per text.
function scan(tokens: readonly Token[], topic: Compiled): TopicExplanation['evidence'] {
  const found = new Map<string, TopicExplanation['evidence'][number]>();
  for (let i = 0; i < tokens.length; ) {
    const hit = topic.byFirst.get(tokens[i]!.stem)?.find((c) => c.stems.every((s, k) => tokens[i + k]?.stem === s));
    if (!hit) {
      i++;
      continue;
    }
    if (!found.has(hit.phrase)) found.set(hit.phrase, { phrase: hit.phrase, words: tokens.slice(i, i + hit.stems.length).map((t) => t.surface).join(' '), weight: hit.weight });
    i += hit.stems.length;
  }
  return [...found.values()];
}

const confidenceOf = (score: number): number => Math.round((1 - Math.exp(-score / TOPIC_THRESHOLD)) * 1000) / 1000;

// The first line (an action's title) says what the action is; the lines after it (its detail)
// mention much in passing, so their phrases count for less.
const DETAIL_WEIGHT = 0.6;

/**
 * Every topic's score for `text`, highest first, with the phrases behind it. The first line is
 * read as the action's title, the rest as its detail. Never throws on text.
 */
export function explainTopics(text: string, taxonomy: Taxonomy = topicTaxonomy()): TopicExplanation[] {
  const clean = typeof text === 'string' ? text : '';
  const cut = clean.indexOf('\n');
  const title = tokenise(cut < 0 ? clean : clean.slice(0, cut));
  const detail = cut < 0 ? [] : tokenise(clean.slice(cut + 1));
  return compile(taxonomy)
    .map((topic) => {
      const evidence = scan(title, topic);
      for (const e of scan(detail, topic)) if (!evidence.some((x) => x.phrase === e.phrase)) evidence.push({ ...e, weight: e.weight * DETAIL_WEIGHT });
      const score = evidence.reduce((s, e) => s + e.weight, 0);
      return { topic: topic.id, score, selected: score >= TOPIC_THRESHOLD, confidence: confidenceOf(score), evidence };
    })
    .sort((a, b) => b.score - a.score || (a.topic < b.topic ? -1 : 1));
}

/** The topics an action text is about: those whose phrases reach the threshold, most evident first. */
export function tagTopics(text: string, taxonomy: Taxonomy = topicTaxonomy()): ActionTopic[] {
  return explainTopics(text, taxonomy)
    .filter((t) => t.selected)
    .map((t) => ({ topic: t.topic, confidence: t.confidence, evidence: t.evidence.map((e) => e.words) }));
}
