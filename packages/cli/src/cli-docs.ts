import { CLUSTER_COLUMNS, INSTITUTION_COLUMNS, THEME_COLUMNS, TOPIC_COLUMNS } from '@tc/compare';
import type { OptionSpec } from './command-spec.ts';
import { COMMANDS, EXIT_CODES, GLOBAL_OPTIONS } from './command-table.ts';
import { ACTION_COLUMNS } from './normalise/action-columns.ts';
import type { Column } from './normalise/csv.ts';
import { INPUT_COLUMNS } from './normalise/input-columns.ts';
import { optionSignature, usageLine } from './usage.ts';

/** docs/cli.md, generated from the command table and the CSV column tables. */
export function renderCliDocs(): string {
  const out: string[] = [
    '# The `tc` command line',
    '',
    '<!-- Generated from packages/cli/src/command-table.ts and the column tables; do not edit by hand.',
    '     Regenerate: scripts/with-node node --conditions=@tc/source packages/cli/scripts/write-cli-docs.ts -->',
    '',
    'Run `pnpm exec tc <command>` from any folder of the checkout (paths are relative to it; standard output is the command\'s alone), or `pnpm tc <command>` from the repository root — through `scripts/with-node` when the machine\'s Node is older than 22.13.',
    '',
    '| command | what it does |',
    '| --- | --- |',
    ...COMMANDS.map((c) => `| [\`tc ${c.name}\`](#tc-${c.name}) | ${c.summary} |`),
    '',
    '## Options of every command',
    '',
    ...optionTable(GLOBAL_OPTIONS),
    '',
    '## Exit status',
    '',
    '| status | meaning |',
    '| --- | --- |',
    ...EXIT_CODES.map((e) => `| ${e.code} | ${e.meaning} |`),
    '',
    '## Compile cache',
    '',
    "`tc` turns on Node's module compile cache (`module.enableCompileCache()`, in `$NODE_COMPILE_CACHE` or the system's temporary folder under `node-compile-cache/`), so a run does not compile tc's and pdf.js's modules again. Set `NODE_DISABLE_COMPILE_CACHE=1` to turn it off.",
    '',
  ];
  for (const command of COMMANDS) {
    out.push(`## tc ${command.name}`, '', '```', usageLine(command), '```', '', command.description, '');
    if (command.options.length > 0) out.push(...optionTable(command.options), '');
    out.push('Examples:', '', '```sh', ...command.examples, '```', '');
    if (command.name === 'normalise') out.push(...normaliseFiles());
    if (command.name === 'compare') out.push(...compareFiles());
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function optionTable(options: readonly OptionSpec[]): string[] {
  return [
    '| option | default | description |',
    '| --- | --- | --- |',
    ...options.map((o) => `| \`${optionSignature(o)}\` | ${o.required ? 'required' : (o.default ?? '')} | ${escape(o.description)} |`),
  ];
}

function normaliseFiles(): string[] {
  return [
    '### Files written by `tc normalise`',
    '',
    '| file | contents |',
    '| --- | --- |',
    '| `DIR/plans/<name>.plan.json` | the validated Plan of each input that could be read (2-space JSON) |',
    '| `DIR/actions.jsonl` | one JSON object per action: `source`, `institution`, then every Action field |',
    '| `DIR/actions.csv` | one row per action, columns below |',
    '| `DIR/inputs.csv` | one row per input, columns below |',
    '| `DIR/.tc/inputs/<name>.json` | what `--resume` needs to know about each input (hash, tool version, outcome) |',
    '| `DIR/.tc/lock` | held while a run writes to DIR (host and pid of the run); a second run is refused with TC_OUT_LOCKED, a lock whose process has gone is taken over |',
    '',
    'Rows are in the order of the input names, whatever order the workers finish in. CSV files are UTF-8 with a header row and `\\n` line ends; a cell that starts with `=`, `+`, `-`, `@`, `\'`, a tab or a carriage return is written with a leading `\'` so that spreadsheets show it as text; removing one leading `\'` from such a cell gives the exact value (so `source` matches `plans/<source>.plan.json`). actions.jsonl and the plan files hold every value exactly.',
    '',
    '#### actions.csv',
    '',
    ...columnTable(ACTION_COLUMNS),
    '',
    '#### inputs.csv',
    '',
    ...columnTable(INPUT_COLUMNS),
    '',
  ];
}

function compareFiles(): string[] {
  return [
    '### Files written by `tc compare --out DIR`',
    '',
    '| file | contents |',
    '| --- | --- |',
    '| `DIR/report.html` | the report: one self-contained page (no network; opens from disk) with the overview, theme balance and topic coverage charts, common and distinctive actions, gaps, the timeline and every action linked to its plan file and place; tables sort and filter |',
    '| `DIR/charts/<name>.vl.json` | the Vega-Lite spec of each chart (theme-balance, topic-coverage, timeline), rendered to the inline SVG at build time |',
    '| `DIR/compare.json` | everything the comparison shows: totals, notes (merged renditions, unnamed plans), plans with the files merged into each, per-institution figures, sector topic figures, clusters of common actions, every counted action (with its cluster, or null when distinctive) with its file and place, skipped inputs |',
    '| `DIR/institutions.csv` | one row per institution, columns below |',
    '| `DIR/themes.csv` | one row per institution and theme, columns below |',
    '| `DIR/topics.csv` | one row per institution and topic of the taxonomy, columns below |',
    '| `DIR/clusters.csv` | one row per cluster of similar actions across institutions (common actions), columns below |',
    '',
    'docs/compare.md says what each figure means and how it is computed.',
    '',
    '#### institutions.csv',
    '',
    ...columnTable(INSTITUTION_COLUMNS),
    '',
    '#### themes.csv',
    '',
    ...columnTable(THEME_COLUMNS),
    '',
    '#### topics.csv',
    '',
    ...columnTable(TOPIC_COLUMNS),
    '',
    '#### clusters.csv',
    '',
    ...columnTable(CLUSTER_COLUMNS),
    '',
  ];
}

function columnTable<Row>(columns: readonly Column<Row>[]): string[] {
  return ['| column | contents |', '| --- | --- |', ...columns.map((c) => `| \`${c.name}\` | ${escape(c.description)} |`)];
}

function escape(text: string): string {
  return text.replaceAll('|', '\\|');
}
