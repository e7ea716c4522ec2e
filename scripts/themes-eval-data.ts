// What every candidate of `pnpm eval:themes` reads about an action: its labels, the plan's
// convention read from the plan's other actions, lexicon sums, topic votes, word-vector similarity
// to the theme definitions, the hand-labelled topics' votes, and the held-out classifier's scores.
// Everything learned is fitted inside the leave-one-institution-out folds.
import { readFileSync } from 'node:fs';
import { THEME_IDS, TrainingPlan, actionText, type Example } from '../packages/themes/src/training/examples.ts';
import { analyse } from '../packages/themes/src/features.ts';
import { loadModel, scoreAnalysis, type LoadedModel } from '../packages/themes/src/predict.ts';
import type { ThemeScore, TrainingOptions } from '../packages/themes/src/model-schema.ts';
import { selectOptions, trainThemeModel } from '../packages/themes/src/training/fit-model.ts';
import { decodeWordVectors, definitionSimilarity, WORD_VECTORS_PATH } from './themes-word-vectors.ts';
import { lexiconSums, planThemesPerAction, topicVotes } from '../packages/themes/src/select-themes.ts';
import { topicTaxonomy } from '../packages/themes/src/index.ts';
import { readCsv } from '../test/support/read-csv.ts';

/** One labelled action with everything the candidates read. */
export interface Row {
  e: Example;
  index: number;
  /** the action's id in its plan's expected.json */
  id: string;
  /** themes per action the plan gives, read from its other actions (1: one per action) */
  perAction: number;
  lexicon: number[];
  votes: number[];
  /** zero-shot similarity to each theme definition, less its mean over the fold's training texts (set per fold) */
  similarity: number[];
  /** votes of the topics a person gave the action (fixtures/topics/labels.csv), through the taxonomy */
  handVotes: number[];
  /** the topics a person gave the action */
  handTopics: string[];
}

/** One fold: the held-out institution, its classifier and the training rows' out-of-fold classifier scores. */
export interface Fold {
  held: string;
  options: TrainingOptions;
  model: LoadedModel;
  /** classifier scores of every row: held-out rows from this fold's model; training rows from a model without their institution or the held-out one */
  scores: Map<number, ThemeScore[]>;
  /** each theme's mean raw similarity over the training rows, subtracted from every row's */
  similarityMean: number[];
}

const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);

// Hand-labelled topics are keyed by action id; training examples know their text, so match on it.
function handLabels(root: string, examples: readonly Example[]): Array<{ id: string; topics: string[]; votes: number[] }> {
  const [header, ...rows] = readCsv(readFileSync(`${root}fixtures/topics/labels.csv`, 'utf8')).filter((r) => r.some((f) => f !== ''));
  const col = (n: string): number => header!.indexOf(n);
  const labels = new Map(rows.map((r) => [`${r[col('institution')]}/${r[col('action')]}`, r[col('topics')]!.split(';').filter(Boolean)]));
  const themesOf = new Map(topicTaxonomy().topics.map((t) => [t.id, t.themes]));
  const idOf = new Map<string, string>();
  for (const inst of new Set(examples.map((e) => e.institution))) {
    const plan = JSON.parse(readFileSync(`${root}fixtures/plans/${inst}/expected.json`, 'utf8')) as { actions: Array<{ id: string }> };
    const parsed = TrainingPlan.parse(plan);
    parsed.actions.forEach((a, i) => idOf.set(`${inst}\n${actionText(a)}`, plan.actions[i]!.id));
  }
  return examples.map((e) => {
    const id = idOf.get(`${e.institution}\n${e.text}`);
    const topics = id === undefined ? undefined : labels.get(`${e.institution}/${id}`);
    if (id === undefined || !topics) throw new Error(`no topic labels for ${e.institution} action ${e.ref ?? '(no ref)'}`);
    const votes = THEME_IDS.map(() => 0);
    for (const t of topics) for (const theme of themesOf.get(t) ?? []) votes[THEME_IDS.indexOf(theme)]! += 1;
    return { id, topics, votes };
  });
}

/** The rows, with the plan's convention read leaving each action out. */
export function buildRows(root: string, examples: readonly Example[]): { rows: Row[]; rawSimilarity: number[][]; coverage: { words: number; found: number } } {
  const vectors = decodeWordVectors(readFileSync(`${root}${WORD_VECTORS_PATH}`, 'utf8'));
  const { similarity, coverage } = definitionSimilarity(vectors);
  const hand = handLabels(root, examples);
  const pseudo = examples.map((e, i) => ({ id: String(i), institution: e.institution, themes: e.themes.map((theme) => ({ theme, source: 'tick' as const, confidence: 1 })) }));
  const rows = examples.map((e, index): Row => ({
    e,
    index,
    id: hand[index]!.id,
    perAction: planThemesPerAction({ actions: pseudo.filter((p) => p.institution === e.institution) }, String(index)),
    lexicon: lexiconSums(e.text),
    votes: topicVotes(e.text),
    similarity: [],
    handVotes: hand[index]!.votes,
    handTopics: hand[index]!.topics,
  }));
  return { rows, rawSimilarity: examples.map((e) => similarity(e.text)), coverage: coverage(examples.map((e) => e.text)) };
}

const scoresOf = (model: LoadedModel, text: string): ThemeScore[] => scoreAnalysis(model, analyse(text)).scores;

/**
 * The leave-one-institution-out folds. In each, the classifier's settings are chosen and it is
 * trained on the other institutions; for stacking, each training institution's rows are also scored
 * by a classifier trained without it (and without the held-out one), with the fold's settings.
 */
export function buildFolds(rows: readonly Row[], rawSimilarity: readonly number[][], options: TrainingOptions): Fold[] {
  const institutions = [...new Set(rows.map((r) => r.e.institution))].sort();
  return institutions.map((held) => {
    const train = rows.filter((r) => r.e.institution !== held);
    const selected = selectOptions(train.map((r) => r.e), options);
    const model = loadModel(trainThemeModel(train.map((r) => r.e), selected));
    const scores = new Map<number, ThemeScore[]>();
    for (const r of rows) if (r.e.institution === held) scores.set(r.index, scoresOf(model, r.e.text));
    for (const inner of institutions.filter((i) => i !== held)) {
      const innerModel = loadModel(trainThemeModel(train.filter((r) => r.e.institution !== inner).map((r) => r.e), selected));
      for (const r of train) if (r.e.institution === inner) scores.set(r.index, scoresOf(innerModel, r.e.text));
    }
    const similarityMean = THEME_IDS.map((_, k) => sum(train.map((r) => rawSimilarity[r.index]![k]!)) / train.length);
    return { held, options: selected, model, scores, similarityMean };
  });
}

/** The rows as one fold sees them: similarities centred on the fold's training mean. */
export function foldRows(rows: readonly Row[], rawSimilarity: readonly number[][], fold: Fold): Row[] {
  return rows.map((r) => ({ ...r, similarity: rawSimilarity[r.index]!.map((s, k) => s - fold.similarityMean[k]!) }));
}
