// `pnpm eval:clusters`: precision and recall of compare's action-similarity rule on the hand-labelled
// pairs, per threshold, with document frequencies from the fixture plans' action titles.
import { readFileSync } from 'node:fs';
import { evaluatePairs, SIMILAR_COSINE, type LabelledPair } from '../packages/compare/src/cluster-evaluation-entry.ts';

const pairs = (JSON.parse(readFileSync(new URL('../packages/compare/test/pairs/similar-actions.json', import.meta.url), 'utf8')) as { pairs: LabelledPair[] }).pairs;
const corpus = ['brighton', 'chester', 'leicester', 'plymouth', 'portsmouth'].flatMap(
  (slug) => (JSON.parse(readFileSync(new URL(`../fixtures/plans/${slug}/expected.json`, import.meta.url), 'utf8')) as { actions: Array<{ title: string }> }).actions.map((a) => a.title),
);
const thresholds = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6];
process.stdout.write(`${pairs.length} pairs (${pairs.filter((p) => p.same).length} same); shipped threshold ${SIMILAR_COSINE}\n`);
console.table(evaluatePairs(pairs, thresholds, corpus));
