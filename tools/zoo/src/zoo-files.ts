// The committed zoo on disk: fixtures/zoo/<family>/<variant>/document.{txt,md,docx,pdf} + gold.json,
// and fixtures/zoo/not-plans/<kind>-<variant>/… with kind "not-plan" gold.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Gold } from './gold.ts';

export const ZOO_FORMATS = ['txt', 'md', 'docx', 'pdf'] as const;
export type ZooFormat = (typeof ZOO_FORMATS)[number];

export interface ZooFile {
  /** Family id, or "not-plans". */
  family: string;
  /** Folder name under the family: "00", "01" … or "minutes-0". */
  variant: string;
  format: ZooFormat;
  path: string;
  gold: Gold;
}

/** Every document of the zoo under `root`, in a stable order. */
export function zooFiles(root: string): ZooFile[] {
  const out: ZooFile[] = [];
  if (!existsSync(root)) return out;
  for (const family of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const variant of readdirSync(join(root, family), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
      const dir = join(root, family, variant);
      const goldPath = join(dir, 'gold.json');
      if (!existsSync(goldPath)) continue;
      const gold = Gold.parse(JSON.parse(readFileSync(goldPath, 'utf8')));
      for (const format of ZOO_FORMATS) {
        const path = join(dir, `document.${format}`);
        if (existsSync(path)) out.push({ family, variant, format, path, gold });
      }
    }
  }
  return out;
}

/**
 * The CI sample: one variant of every family in every format, the variant turning with the
 * family's place so that all variants are sampled across families; and every not-plan.
 */
export function ciSample(files: readonly ZooFile[]): ZooFile[] {
  const families = [...new Set(files.filter((f) => f.gold.kind === 'plan').map((f) => f.family))].sort();
  const chosen = new Map<string, string>();
  families.forEach((family, i) => {
    const variants = [...new Set(files.filter((f) => f.family === family).map((f) => f.variant))].sort();
    chosen.set(family, variants[i % variants.length]!);
  });
  return files.filter((f) => f.gold.kind === 'not-plan' || chosen.get(f.family) === f.variant);
}
