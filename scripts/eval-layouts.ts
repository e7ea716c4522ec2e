// `pnpm eval:layouts`: every document of the layout zoo through the real parsePlan, scored against
// its gold file; writes docs/layouts.md and the recorded figures (fixtures/zoo/scoreboard.json) the
// ratchet test holds the CI sample to, and prints the F1 table. A figure below the recorded one is
// refused (exit 1) unless --accept-drop says the drop is understood.
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  FAMILIES, NOT_PLANS, Scoreboard, addTally, cellKey, ciSample, compareFigures, emptyTally, evaluateFile, layoutsReport, overall,
  tableOf, zooFiles, type Cells, type Tally, type ZooFile,
} from '@tc/zoo';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    zoo: { type: 'string', default: `${root}fixtures/zoo` },
    family: { type: 'string' },
    'accept-drop': { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
  },
});
const boardPath = `${values.zoo}/scoreboard.json`;
const all = zooFiles(values.zoo!);
const files = values.family ? all.filter((f) => f.family === values.family) : all;
const sample = new Set(ciSample(all).map((f) => f.path));

const full: Cells = {};
const sampled: Cells = {};
const add = (cells: Cells, file: ZooFile, t: Tally): void => {
  const row = (cells[cellKey(file)] ??= {});
  row[file.format] = addTally(row[file.format] ?? emptyTally(), t);
};
const started = performance.now();
let done = 0;
for (const file of files) {
  const tally = await evaluateFile(file);
  add(full, file, tally);
  if (sample.has(file.path)) add(sampled, file, tally);
  if (++done % 50 === 0) process.stderr.write(`eval:layouts ${done}/${files.length}\n`);
}
const seconds = (performance.now() - started) / 1000;

const board: Scoreboard = { full: tableOf(full), sample: tableOf(sampled) };
const pct = (x: number | null): string => (x === null ? '   –' : (x * 100).toFixed(1).padStart(5));
const formats = ['txt', 'md', 'docx', 'pdf'] as const;
process.stdout.write(`${'family'.padEnd(28)} ${formats.map((f) => f.padStart(5)).join(' ')}   refs themes  time owners\n`);
for (const [family, row] of Object.entries(board.full).sort()) {
  const top = family.startsWith('not-plans:') ? overall({ [family]: row }).notPlans! : overall({ [family]: row }).all;
  process.stdout.write(`${family.padEnd(28)} ${formats.map((f) => pct(row[f]?.f1 ?? null)).join(' ')}  ${pct(top.refs)} ${pct(top.themes)} ${pct(top.timeframes)} ${pct(top.owners)}${top.falseOnNotPlans ? `  false actions ${top.falseOnNotPlans}` : ''}\n`);
}
const o = overall(board.full);
process.stdout.write(`\nall plans: F1 ${pct(o.all.f1)}  refs ${pct(o.all.refs)}  themes ${pct(o.all.themes)}  timeframe ${pct(o.all.timeframes)}  owners ${pct(o.all.owners)}; not-plans: ${o.notPlans?.falseOnNotPlans ?? 0} false actions; ${files.length} documents in ${seconds.toFixed(1)} s\n`);

if (values.family || values['dry-run']) process.exit(0);
if (existsSync(boardPath)) {
  const before = Scoreboard.parse(JSON.parse(readFileSync(boardPath, 'utf8')));
  const drops = [...compareFigures(before.full, board.full), ...compareFigures(before.sample, board.sample).map((d) => `sample: ${d}`)];
  if (drops.length > 0) {
    process.stderr.write(`eval:layouts: ${drops.length} figures fell below the recorded ones:\n  ${drops.join('\n  ')}\n`);
    if (!values['accept-drop']) {
      process.stderr.write('nothing written; rerun with --accept-drop once each drop is understood (and say why in the commit)\n');
      process.exit(1);
    }
  }
}
await writeFile(boardPath, `${JSON.stringify(board, null, 1)}\n`);
await writeFile(`${root}docs/layouts.md`, layoutsReport(board, FAMILIES, NOT_PLANS));
process.stderr.write(`eval:layouts: wrote docs/layouts.md and ${boardPath}\n`);
