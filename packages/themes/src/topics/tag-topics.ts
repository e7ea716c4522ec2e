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

interface Entry {
  topic: number;
  stems: string[];
  phrase: string;
  weight: number;
}

interface Compiled {
  ids: string[];
  /** every topic's phrases by their first stem, longest first */
  byFirst: Map<string, Entry[]>;
}

/** A topic is tagged at or above this phrase weight: one typical phrase, or two supporting ones. */
const TOPIC_THRESHOLD = 2;

const compiledFor = new WeakMap<Taxonomy, Compiled>();

function compile(taxonomy: Taxonomy): Compiled {
  let out = compiledFor.get(taxonomy);
  if (out) return out;
  const byFirst: Compiled['byFirst'] = new Map();
  taxonomy.topics.forEach((topic, index) => {
    for (const [phrase, weight] of topic.phrases) {
      const stems = tokenise(phrase).map((t) => t.stem);
      if (stems.length === 0) continue;
      const list = byFirst.get(stems[0]!) ?? [];
      list.push({ topic: index, stems, phrase, weight });
      byFirst.set(stems[0]!, list);
    }
  });
  for (const list of byFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  out = { ids: taxonomy.topics.map((t) => t.id), byFirst };
  compiledFor.set(taxonomy, out);
  return out;
}

type Evidence = TopicExplanation['evidence'];

// One pass over the text for all topics. Within a topic, the longest phrase wins at each place and
// takes its words; each phrase counts once per text.
function scan(tokens: readonly Token[], compiled: Compiled): Evidence[] {
  const found = compiled.ids.map(() => new Map<string, Evidence[number]>());
  const free = compiled.ids.map(() => 0);
  for (let i = 0; i < tokens.length; i++) {
    const candidates = compiled.byFirst.get(tokens[i]!.stem);
    if (!candidates) continue;
    for (const c of candidates) {
      if (i < free[c.topic]! || !c.stems.every((s, k) => tokens[i + k]?.stem === s)) continue;
      free[c.topic] = i + c.stems.length;
      const seen = found[c.topic]!;
      if (!seen.has(c.phrase)) seen.set(c.phrase, { phrase: c.phrase, words: tokens.slice(i, i + c.stems.length).map((t) => t.surface).join(' '), weight: c.weight });
    }
  }
  return found.map((m) => [...m.values()]);
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
  const compiled = compile(taxonomy);
  const inTitle = scan(title, compiled);
  const inDetail = scan(detail, compiled);
  return compiled.ids
    .map((topic, k) => {
      const evidence = [...inTitle[k]!];
      for (const e of inDetail[k]!) if (!evidence.some((x) => x.phrase === e.phrase)) evidence.push({ ...e, weight: e.weight * DETAIL_WEIGHT });
      const score = evidence.reduce((s, e) => s + e.weight, 0);
      return { topic, score, selected: score >= TOPIC_THRESHOLD, confidence: confidenceOf(score), evidence };
    })
    .sort((a, b) => b.score - a.score || (a.topic < b.topic ? -1 : 1));
}

/** The topics an action text is about: those whose phrases reach the threshold, most evident first. */
export function tagTopics(text: string, taxonomy: Taxonomy = topicTaxonomy()): ActionTopic[] {
  return explainTopics(text, taxonomy)
    .filter((t) => t.selected)
    .map((t) => ({ topic: t.topic, confidence: t.confidence, evidence: t.evidence.map((e) => e.words) }));
}
