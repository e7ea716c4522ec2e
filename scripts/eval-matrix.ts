// `pnpm eval:matrix`: every rendition of the producer matrix (fixtures/plans/<slug>/matrix, built by
// tools/fixtures build:matrix) through parsePlan, scored against the plan's text; prints the table
// and records the figures in test/matrix-figures.json, which the fixture loop holds them to. A
// figure below the recorded one is refused (exit 1) unless --accept-drop says the drop is understood.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Plan } from '@tc/model';
import { parsePlan } from '@tc/parse';
import { fixtureFolders } from '../test/support/fixtures.ts';
import { exact, matrixFigures, type MatrixFigures } from '../test/support/matrix-score.ts';

const { values } = parseArgs({ options: { 'accept-drop': { type: 'boolean', default: false }, 'dry-run': { type: 'boolean', default: false } } });
const path = new URL('../test/matrix-figures.json', import.meta.url);
const recorded = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, MatrixFigures>) : {};
const figures: Record<string, MatrixFigures> = {};
const drops: string[] = [];
const KEYS = ['same', 'refs', 'themes', 'timeframes'] as const;
const total = { actions: 0, same: 0, refs: 0, themes: 0, timeframes: 0, exact: 0, renditions: 0 };

for (const { slug, dir, matrix } of fixtureFolders()) {
  const want = (JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Plan).actions;
  const ticksFile = join(dir, 'rendition-ticks.json');
  const ticks = existsSync(ticksFile) ? (JSON.parse(readFileSync(ticksFile, 'utf8')) as string[][]) : null;
  for (const rendition of matrix) {
    const key = `${slug}/${rendition}`;
    const { plan } = await parsePlan(readFileSync(join(dir, rendition)), { name: rendition });
    const f = matrixFigures(want, plan.actions, ticks);
    figures[key] = f;
    const before = recorded[key];
    if (before && (KEYS.some((k) => f[k] < before[k]) || Math.abs(f.found - f.actions) > Math.abs(before.found - before.actions))) drops.push(key);
    total.renditions++;
    total.actions += f.actions;
    for (const k of KEYS) total[k] += f[k];
    if (exact(f)) total.exact++;
    process.stdout.write(`${key.padEnd(52)} actions ${String(f.found).padStart(3)}/${String(f.actions).padEnd(3)} same ${String(f.same).padStart(3)} refs ${String(f.refs).padStart(3)} themes ${String(f.themes).padStart(3)} timeframes ${String(f.timeframes).padStart(3)}${exact(f) ? '  exact' : ''}\n`);
  }
}
const pct = (n: number) => `${((100 * n) / total.actions).toFixed(1)} %`;
process.stdout.write(`\n${total.exact}/${total.renditions} renditions exact; over ${total.actions} actions: same ${pct(total.same)}, refs ${pct(total.refs)}, themes ${pct(total.themes)}, timeframes ${pct(total.timeframes)}\n`);
if (drops.length && !values['accept-drop']) {
  process.stderr.write(`figures below the recorded ones (not recorded): ${drops.join(', ')}\n`);
  process.exit(1);
}
if (!values['dry-run']) writeFileSync(path, `${JSON.stringify(figures, null, 2)}\n`);
