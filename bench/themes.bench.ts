// Theme classification throughput on one core (Node runs it on one thread): lines of the fixture
// plans' text stand in for action texts. The goal is ≥ 10,000 actions/s.
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export const name = 'themes: classifyThemes / explainThemes / tagTopics / chooseThemes (goal: topics and themes together ≥ 10,000 actions/s)';

async function actionTexts(): Promise<string[]> {
  const dir = fileURLToPath(new URL('../fixtures/plans', import.meta.url));
  const texts: string[] = [];
  for (const slug of (await readdir(dir)).sort()) {
    const text = await readFile(join(dir, slug, 'plan.txt'), 'utf8').catch(() => '');
    for (const line of text.split('\n')) if (line.trim().length >= 40) texts.push(line.trim().slice(0, 600));
  }
  return texts;
}

function measure(texts: readonly string[], fn: (t: string) => unknown, minMs: number): { count: number; ms: number } {
  let count = 0;
  const start = performance.now();
  let now = start;
  while (now - start < minMs) {
    for (const t of texts) fn(t);
    count += texts.length;
    now = performance.now();
  }
  return { count, ms: now - start };
}

export async function run(): Promise<Array<Record<string, string | number>>> {
  const texts = await actionTexts();
  const meanChars = Math.round(texts.reduce((s, t) => s + t.length, 0) / texts.length);
  const loadStart = performance.now();
  const { classifyThemes, explainThemes, tagTopics } = await import('../packages/themes/src/index.ts');
  classifyThemes('warm the model');
  const coldMs = performance.now() - loadStart;
  measure(texts, classifyThemes, 300);
  const rows: Array<Record<string, string | number>> = [];
  // What a parse does for an action its plan leaves unthemed: topics tagged, then themes chosen by
  // the plan's convention (one theme, or several through the topics).
  const { chooseThemes } = await import('../packages/themes/src/select-themes.ts');
  const both = (t: string): unknown => [classifyThemes(t), tagTopics(t)];
  const one = (t: string): unknown => [tagTopics(t), chooseThemes(t, 1)];
  const several = (t: string): unknown => {
    const topics = tagTopics(t);
    return [topics, chooseThemes(t, 2, classifyThemes, topics)];
  };
  tagTopics('warm the taxonomy');
  for (const [label, fn] of [['classifyThemes', classifyThemes], ['explainThemes', explainThemes], ['tagTopics', tagTopics], ['classifyThemes + tagTopics', both], ['tagTopics + chooseThemes (one per action)', one], ['tagTopics + chooseThemes (several)', several]] as const) {
    const { count, ms } = measure(texts, fn, 2000);
    rows.push({ function: label, texts: texts.length, 'chars/text': meanChars, 'actions/s': Math.round((count / ms) * 1000), 'µs/action': Number(((ms * 1000) / count).toFixed(1)) });
  }
  rows.push({ function: 'import + first call (model load)', texts: 1, 'chars/text': 14, 'actions/s': '—', 'µs/action': Number((coldMs * 1000).toFixed(0)) });
  return rows;
}
