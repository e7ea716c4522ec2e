// Scores one recognised plan against its gold file. Actions are matched one to one by the words
// of their titles (a reader may print the ref, a trailing bracket or the detail into the title, so
// matching asks that most gold title words are found, and most predicted title words belong to the
// gold action); the field figures are then read over the matched pairs only, where gold states them.
import type { Action, Plan } from '@tc/model';
import type { Gold, GoldAction } from './gold.ts';

/** Counts for one document (or summed over several). */
export interface Tally {
  documents: number;
  gold: number;
  predicted: number;
  matched: number;
  refs: Ratio;
  themes: Ratio;
  timeframes: Ratio;
  owners: Ratio;
  /** Actions found in not-plans (all false positives). */
  falseOnNotPlans: number;
  /** Documents that failed to parse (a TcError), by code. */
  errors: Record<string, number>;
}
export interface Ratio {
  right: number;
  total: number;
}

export const emptyTally = (): Tally => ({
  documents: 0, gold: 0, predicted: 0, matched: 0,
  refs: { right: 0, total: 0 }, themes: { right: 0, total: 0 }, timeframes: { right: 0, total: 0 }, owners: { right: 0, total: 0 },
  falseOnNotPlans: 0, errors: {},
});

const STOP = new Set(['the', 'and', 'for', 'with', 'all', 'our', 'its', 'into', 'from', 'that', 'this', 'are', 'will', 'each', 'their', 'per']);

/** Lower-case word tokens of three letters or more, stop words out; digits kept. */
export function words(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => (w.length >= 3 || /\d/.test(w)) && !STOP.has(w));
}

function share(part: readonly string[], whole: ReadonlySet<string>): number {
  if (part.length === 0) return 0;
  return part.filter((w) => whole.has(w)).length / part.length;
}

/** How well a predicted action stands for a gold action (0 when it does not). */
export function matchScore(gold: GoldAction, action: Pick<Action, 'title' | 'description'>): number {
  const goldTitle = words(gold.title);
  const predTitle = words(action.title);
  if (goldTitle.length === 0 || predTitle.length === 0) return 0;
  const predAll = new Set([...predTitle, ...words(action.description)]);
  const goldAll = new Set([...goldTitle, ...words(gold.description), ...words(gold.ref), ...words(gold.timeframe), ...(gold.owners ?? []).flatMap(words), 'action', 'objective', 'theme', 'themes', 'lead', 'owner', 'visibility', 'recognition', 'career', 'development', 'sustainability']);
  const found = share(goldTitle, predAll);
  const belongs = share(predTitle, goldAll);
  return found >= 0.8 && belongs >= 0.6 ? found + belongs : 0;
}

/** Gold and predicted actions paired greedily by score, one to one. */
export function matchActions(gold: readonly GoldAction[], predicted: readonly Action[]): Array<[GoldAction, Action]> {
  const candidates: Array<[number, number, number]> = [];
  gold.forEach((g, i) => predicted.forEach((p, j) => {
    const s = matchScore(g, p);
    if (s > 0) candidates.push([s, i, j]);
  }));
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const pairs: Array<[GoldAction, Action]> = [];
  for (const [, i, j] of candidates) {
    if (usedGold.has(i) || usedPred.has(j)) continue;
    usedGold.add(i);
    usedPred.add(j);
    pairs.push([gold[i]!, predicted[j]!]);
  }
  return pairs;
}

const flat = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[‐-―]/g, '-').replace(/[^\p{L}\p{N}-]+/gu, ' ').trim();

/** The field checks of one matched pair, where gold states the field. */
export function fieldChecks(gold: GoldAction, action: Action): Partial<Record<'refs' | 'themes' | 'timeframes' | 'owners', boolean>> {
  const out: Partial<Record<'refs' | 'themes' | 'timeframes' | 'owners', boolean>> = {};
  if (gold.ref !== null) out.refs = action.ref === gold.ref;
  if (gold.themes !== null) {
    const stated = new Set(action.themes.filter((t) => t.source !== 'classifier').map((t) => t.theme));
    out.themes = stated.size === gold.themes.length && gold.themes.every((t) => stated.has(t));
  }
  if (gold.timeframe !== null) {
    const raw = action.timeframe ? flat(action.timeframe.raw) : '';
    const want = flat(gold.timeframe);
    out.timeframes = raw.length > 0 && (raw === want || (raw.includes(want) && raw.length <= want.length + 12));
  }
  if (gold.owners !== null) {
    const got = words(action.owners.map((o) => o.raw).join(' ')).sort().join(' ');
    out.owners = got === words(gold.owners.join(' ')).sort().join(' ');
  }
  return out;
}

/** Scores one document's plan against its gold file. */
export function scoreDocument(gold: Gold, plan: Plan): Tally {
  const t = emptyTally();
  t.documents = 1;
  t.predicted = plan.actions.length;
  if (gold.kind === 'not-plan') {
    t.falseOnNotPlans = plan.actions.length;
    return t;
  }
  t.gold = gold.actions.length;
  const pairs = matchActions(gold.actions, plan.actions);
  t.matched = pairs.length;
  for (const [g, p] of pairs) {
    for (const [field, ok] of Object.entries(fieldChecks(g, p)) as Array<[keyof ReturnType<typeof fieldChecks>, boolean]>) {
      t[field].total++;
      if (ok) t[field].right++;
    }
  }
  return t;
}

/** A document that did not parse: every gold action missed. */
export function scoreFailure(gold: Gold, code: string): Tally {
  const t = emptyTally();
  t.documents = 1;
  t.gold = gold.kind === 'plan' ? gold.actions.length : 0;
  t.errors[code] = 1;
  return t;
}

export function addTally(into: Tally, t: Tally): Tally {
  into.documents += t.documents;
  into.gold += t.gold;
  into.predicted += t.predicted;
  into.matched += t.matched;
  for (const k of ['refs', 'themes', 'timeframes', 'owners'] as const) {
    into[k].right += t[k].right;
    into[k].total += t[k].total;
  }
  into.falseOnNotPlans += t.falseOnNotPlans;
  for (const [code, n] of Object.entries(t.errors)) into.errors[code] = (into.errors[code] ?? 0) + n;
  return into;
}

/** Action F1 (matched counted against gold and predicted); null when there is nothing to score. */
export function f1(t: Tally): number | null {
  const denominator = t.gold + (t.predicted - t.falseOnNotPlans);
  return denominator === 0 ? null : (2 * t.matched) / denominator;
}

export const ratio = (r: Ratio): number | null => (r.total === 0 ? null : r.right / r.total);
