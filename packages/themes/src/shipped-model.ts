import { ThemeModelFile } from './model-schema.ts';
import { loadModel, type LoadedModel } from './predict.ts';
import modelJson from './model.json' with { type: 'json' };

let shipped: LoadedModel | null = null;

/** The model shipped in `model.json`, validated and indexed on first use only (keeps CLI start-up cheap). */
export function shippedModel(): LoadedModel {
  shipped ??= loadModel(ThemeModelFile.parse(modelJson));
  return shipped;
}
