import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/plans/', import.meta.url));

/** Every fixture folder, with its renditions (plan.txt, plan.docx, plan.lo.docx, plan.pdf …). */
export function fixtureFolders(): Array<{ slug: string; dir: string; renditions: string[]; matrix: string[] }> {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(FIXTURES, d.name, 'expected.json')))
    .map((d) => ({
      slug: d.name,
      dir: join(FIXTURES, d.name),
      renditions: readdirSync(join(FIXTURES, d.name)).filter((f) => /^plan\.(?:[a-z]+\.)?(?:txt|md|docx|pdf)$/.test(f)).sort(),
      // The producer matrix (tools/fixtures/src/pdf-matrix.ts): the plan printed by other programs.
      matrix: existsSync(join(FIXTURES, d.name, 'matrix'))
        ? readdirSync(join(FIXTURES, d.name, 'matrix')).filter((f) => f.endsWith('.pdf')).sort().map((f) => `matrix/${f}`)
        : [],
    }));
}
