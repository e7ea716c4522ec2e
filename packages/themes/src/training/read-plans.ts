import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { examplesFromPlan, TrainingPlan, type Example } from './examples.ts';

/**
 * The plans whose stated themes are training labels. Plymouth is left out on purpose: its text states
 * no themes, and the tick positions in its Word and PDF renditions were invented for the fixtures.
 */
export const TRAINING_INSTITUTIONS: readonly string[] = ['portsmouth', 'brighton', 'chester', 'leicester'];

/** Reads `<plansDir>/<slug>/expected.json` for each training institution and returns its examples. */
export async function readTrainingExamples(plansDir: string, institutions: readonly string[] = TRAINING_INSTITUTIONS): Promise<Example[]> {
  const all: Example[] = [];
  for (const slug of institutions) {
    const path = join(plansDir, slug, 'expected.json');
    const plan = TrainingPlan.parse(JSON.parse(await readFile(path, 'utf8')));
    all.push(...examplesFromPlan(slug, plan));
  }
  return all;
}
