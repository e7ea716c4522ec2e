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
    'From the repository root run `pnpm tc <command>` (through `scripts/with-node` when the machine\'s Node is older than 22.13).',
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
  ];
  for (const command of COMMANDS) {
    out.push(`## tc ${command.name}`, '', '```', usageLine(command), '```', '', command.description, '');
    if (command.options.length > 0) out.push(...optionTable(command.options), '');
    out.push('Examples:', '', '```sh', ...command.examples, '```', '');
    if (command.name === 'normalise') out.push(...normaliseFiles());
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

function columnTable<Row>(columns: readonly Column<Row>[]): string[] {
  return ['| column | contents |', '| --- | --- |', ...columns.map((c) => `| \`${c.name}\` | ${escape(c.description)} |`)];
}

function escape(text: string): string {
  return text.replaceAll('|', '\\|');
}
