// Builds the layout zoo into fixtures/zoo/ (see fixtures/zoo/README.md).
// Run from the repository root: scripts/with-node pnpm zoo:build [--family ID] [--no-pdf] [--jobs N]
import { fileURLToPath } from 'node:url';
import { buildZoo, parseArgs } from './build-zoo.ts';
import { FAMILIES, NOT_PLANS } from './families/index.ts';

const outDir = fileURLToPath(new URL('../../../fixtures/zoo/', import.meta.url));
const log = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

try {
  const failed = await buildZoo(FAMILIES, NOT_PLANS, parseArgs(process.argv.slice(2), outDir, log));
  process.exitCode = failed > 0 ? 1 : 0;
} catch (error) {
  process.stderr.write(`zoo:build: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
