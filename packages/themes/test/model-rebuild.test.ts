import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ThemeModelFile } from '../src/model-schema.ts';
import { serialiseModel, trainSelectedModel } from '../src/training/fit-model.ts';
import { readTrainingExamples, TRAINING_INSTITUTIONS } from '../src/training/read-plans.ts';

const plansDir = fileURLToPath(new URL('../../../fixtures/plans', import.meta.url));
const modelPath = fileURLToPath(new URL('../src/model.json', import.meta.url));

describe('shipped model', () => {
  it('is a valid model file trained without Plymouth', async () => {
    const model = ThemeModelFile.parse(JSON.parse(await readFile(modelPath, 'utf8')));
    expect(model.training.institutions).toEqual([...TRAINING_INSTITUTIONS].sort());
    expect(model.training.institutions).not.toContain('plymouth');
  });

  it('is rebuilt bit for bit from the fixtures by the training code', async () => {
    const examples = await readTrainingExamples(plansDir);
    expect(serialiseModel(trainSelectedModel(examples))).toBe(await readFile(modelPath, 'utf8'));
  });
});
